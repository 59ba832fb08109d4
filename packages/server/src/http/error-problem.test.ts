import { createReceipt, formatReceipt } from '@reportal/core';
import { StoreError } from '@reportal/store';
import { describe, expect, it } from 'vitest';
import type { LogFields } from '../logging/logger.js';
import { pagesReportal } from '../pages/pages-test-support.js';
import { createReportal } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';

/** A logger that keeps what it is told, to show that no request detail reaches it. */
const recordingLogger = () => {
  const lines: { level: string; message: string; fields?: LogFields }[] = [];
  const at = (level: string) => (message: string, fields?: LogFields) => {
    lines.push({ level, message, ...(fields && { fields }) });
  };
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
};

const receipt = formatReceipt(createReceipt());

const statusLookup = (locale: string) =>
  new Request(`http://127.0.0.1/v1/status?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ receipt }),
  });

describe('a thrown error becomes an answer in one place', () => {
  it('answers 503 with Retry-After and a localized problem when the store cannot be reached', async () => {
    const store = createMemoryStore();
    const { lines, logger } = recordingLogger();
    const reportal = createReportal({ portal: 'bz', store, logger, retention: false });
    store.findReportByReceipt = () =>
      Promise.reject(new StoreError('unavailable', 'The database cannot be reached now'));
    const response = await reportal.fetch(statusLookup('es'), {
      clientAddress: '192.0.2.10',
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(response.headers.get('Content-Language')).toBe('es');
    const english = await createReportal({ portal: 'bz', store, retention: false }).fetch(
      statusLookup('en'),
    );
    expect((await english.json()).title).not.toBe((await response.clone().json()).title);
    const problem = await response.json();
    expect(problem.type).toMatch(/\/problems\/unavailable$/);
    expect(problem.title).toMatch(/no está disponible/);
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'request failed: store unavailable',
        fields: { code: 'unavailable', error: 'The database cannot be reached now' },
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('192.0.2.10');
  });

  it('answers a closed store the same way (a process shutting down)', async () => {
    const store = createMemoryStore();
    const reportal = createReportal({ portal: 'bz', store, retention: false });
    await store.close();
    const response = await reportal.fetch(statusLookup('en'));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
  });

  it('answers any other error 500 internal, without Retry-After, and logs it as an error', async () => {
    for (const thrown of [new Error('bug'), new StoreError('write_refused', 'clash'), 'text']) {
      const store = createMemoryStore();
      const { lines, logger } = recordingLogger();
      const reportal = createReportal({ portal: 'bz', store, logger, retention: false });
      store.findReportByReceipt = () => Promise.reject(thrown);
      const response = await reportal.fetch(statusLookup('en'));
      expect(response.status).toBe(500);
      expect(response.headers.get('Retry-After')).toBeNull();
      expect((await response.json()).type).toMatch(/\/problems\/internal$/);
      expect(lines.map((line) => line.level)).toEqual(['error']);
    }
  });

  it('gives the reporter’s form the same judgement, as an HTML page', async () => {
    const store = createMemoryStore();
    const reportal = pagesReportal({ store, retention: false });
    await store.close();
    const response = await reportal.fetch(
      new Request('http://127.0.0.1/en/status', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'http://127.0.0.1',
        },
        body: new URLSearchParams({ receipt }).toString(),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
  });
});
