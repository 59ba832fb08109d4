import type { AddressInfo } from 'node:net';
import { createMemoryStore, createReportal } from '@reportal/server';
import { createPortalPages } from '@reportal/server/pages';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

function listen(app: Express): Promise<{ base: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        base: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

const report = {
  schemaVersion: 1,
  portal: 'bz',
  locale: 'es',
  urls: ['https://www.example.com/gallery/7'],
  goodFaith: true,
};

describe('Reportal in Express', () => {
  let base = '';
  let close = async () => {};

  beforeAll(async () => {
    const reportal = createReportal({
      portal: 'bz',
      store: createMemoryStore(),
      routes: createPortalPages(),
    });
    ({ base, close } = await listen(createApp({ reportal })));
  });
  afterAll(() => close());

  it('keeps the application’s own routes', async () => {
    const response = await fetch(`${base}/about`);
    expect(await response.text()).toContain('hotline');
  });

  it('takes a report through the portal, and finds it by its receipt', async () => {
    const created = await fetch(`${base}/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-security-policy')).toContain("default-src 'none'");
    const { receipt } = (await created.json()) as { receipt: string };
    const status = await fetch(`${base}/v1/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ receipt }),
    });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ status: 'received' });
  });

  it('answers problems as the portal does', async () => {
    const refused = await fetch(`${base}/v1/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...report, urls: ['javascript:alert(1)'] }),
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('serves the report form with JavaScript off', async () => {
    const form = await fetch(`${base}/es/`);
    expect(form.status).toBe(200);
    expect(await form.text()).toMatch(/<form[^>]+method="post"/);
  });
});
