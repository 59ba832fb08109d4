import { describe, expect, it } from 'vitest';
import { createReportalClient } from '../client/reportal-client.js';
import { portal } from '../test-cleanup.js';
import { validInput } from '../test-portal.js';
import { type SubmitManyProgress, submitMany } from './submit-many.js';

describe('submitMany against a real portal', () => {
  it('answers one result per input, in order, with at most `concurrency` in flight', async () => {
    const running = await portal({ storeDelayMs: 20 });
    let inFlight = 0;
    let most = 0;
    const fetcher = (async (input: string, init: RequestInit) => {
      most = Math.max(most, ++inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    }) as typeof fetch;
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      fetch: fetcher,
    });
    const inputs = Array.from({ length: 12 }, (_, index) => validInput(`/many/${index}`));
    inputs[5] = { urls: ['file:///etc/passwd'], goodFaith: true };
    const progress: SubmitManyProgress[] = [];
    const results = await submitMany(client, inputs, {
      concurrency: 3,
      onProgress: (step) => progress.push(step),
    });
    expect(results.map((result) => result.index)).toEqual(inputs.map((_, index) => index));
    expect(results.filter((result) => result.ok)).toHaveLength(11);
    expect(results[5]).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(most).toBe(3);
    expect(progress.at(-1)).toMatchObject({
      done: 12,
      total: 12,
      accepted: 11,
      failed: 1,
      etaMs: 0,
    });
    expect(progress.every((step) => step.perSecond >= 0)).toBe(true);
    expect(running.storedReports).toBe(11);
  });

  it('stores nothing twice when the same run is repeated (keys from runId)', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'en' });
    const inputs = Array.from({ length: 5 }, (_, index) => validInput(`/again/${index}`));
    const runId = 'run-0f6b1c2e-example';
    const first = await submitMany(client, inputs, { runId });
    const second = await submitMany(client, inputs, { runId });
    expect(first.every((result) => result.ok && !result.replayed)).toBe(true);
    expect(second.every((result) => result.ok && result.replayed)).toBe(true);
    expect(second.map((result) => result.ok && result.receipt)).toEqual(
      first.map((result) => result.ok && result.receipt),
    );
    expect(second.map((result) => result.idempotencyKey)).toEqual(
      inputs.map((_, index) => `${runId}-${index}`),
    );
    expect(running.storedReports).toBe(5);
  });

  it('answers aborted for the reports not sent when the run is stopped', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'en' });
    const controller = new AbortController();
    const inputs = Array.from({ length: 6 }, (_, index) => validInput(`/stop/${index}`));
    const progress: SubmitManyProgress[] = [];
    const results = await submitMany(client, inputs, {
      concurrency: 1,
      signal: controller.signal,
      onProgress: (step) => progress.push(step),
      onResult: (result) => {
        if (result.index === 1) controller.abort();
      },
    });
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'ok',
      'ok',
      'aborted',
      'aborted',
      'aborted',
      'aborted',
    ]);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 6, accepted: 2, failed: 0 });
    expect(running.storedReports).toBe(2);
  });
});
