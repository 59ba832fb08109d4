// The partner page in Chromium: served from one 127.0.0.1 port, submitting cross-origin through
// @reportal/client to a real portal on another port that allows the page's origin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReceipt } from '@reportal/core';
import { createReportal } from '@reportal/server';
import { serveNode } from '@reportal/server/node';
import { createMemoryStore, type ReportStore } from '@reportal/store';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../scripts/static-server.js';
import { buildWidget } from '../scripts/widget-build.js';

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface SeenRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

let browser: Browser;
let pageOrigin: string;
let portalUrl: string;
let storedReports = 0;
const seen: SeenRequest[] = [];
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'reportal-widget-'));
  const page = await serveFolder(outdir);
  stops.push(page.stop);
  pageOrigin = page.origin;

  const memory = createMemoryStore();
  const store: ReportStore = {
    ...memory,
    async submitReport(input) {
      const outcome = await memory.submitReport(input);
      if (outcome.kind === 'stored') storedReports++;
      return outcome;
    },
  };
  const reportal = createReportal({
    portal: 'bz',
    store,
    rateLimit: false,
    partnerOrigins: [pageOrigin],
  });
  // Record what reaches the portal, to prove what the browser did not send.
  const recording: typeof reportal = {
    ...reportal,
    // serveNode hands the server the request's parts through `handle`.
    handle(request, context) {
      seen.push({
        method: request.method,
        path: new URL(request.url).pathname,
        headers: Object.fromEntries(request.headers),
      });
      return reportal.handle(request, context);
    },
  };
  const portal = await serveNode(recording, { port: 0, handleSignals: false });
  stops.push(portal.stop);
  portalUrl = portal.url;
  await buildWidget({ outdir, portalUrl, portal: 'bz' });

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  stops.push(() => browser.close());
});

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

describe('the partner widget in Chromium', () => {
  it('shows the portal messages (es) without sending, then submits cross-origin and shows the receipt', async () => {
    expect(new URL(pageOrigin).port).not.toBe(new URL(portalUrl).port);
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${pageOrigin}/`);
    await page.waitForSelector('form');

    // A cookie of the partner's site: 127.0.0.1 cookies go to every port, so a request with
    // credentials would carry it to the portal (shown by the control request below).
    await page.evaluate(() => {
      // biome-ignore lint/suspicious/noDocumentCookie: the test plants a cookie on purpose
      document.cookie = 'partner_session=s3cret-session; path=/';
    });
    // (The portal's answer is then blocked by its same-origin resource policy; the request went.)
    await page.evaluate(
      (url) =>
        fetch(`${url}/healthz`, { credentials: 'include', mode: 'no-cors' }).catch(() => undefined),
      portalUrl,
    );
    const control = seen.find((request) => request.path === '/healthz');
    expect(control?.headers.cookie).toContain('partner_session=s3cret-session');

    // Invalid: a javascript: URL and no good-faith statement. Refused locally, in Spanish.
    await page.fill('#urls', 'javascript:alert(1)');
    await page.click('button[type=submit]');
    await page.waitForSelector('.error-summary:not([hidden])');
    expect(await page.textContent('.error-summary h2')).toBe('Hay 2 problemas en su denuncia');
    expect(await page.textContent('#urls-error')).toMatch(
      /^No se puede aceptar una dirección que empieza por javascript:/,
    );
    expect(await page.textContent('#goodFaith-error')).toBe(
      'Confirme la declaración para enviar su denuncia.',
    );
    expect(seen.filter((request) => request.path === '/v1/reports')).toHaveLength(0);

    // Valid: sent cross-origin, receipt shown.
    await page.fill('#urls', 'https://www.example.com/gallery/7\nhttps://forum.example.net/t/42');
    await page.selectOption('#whereFound', 'forum');
    await page.fill('#description', 'En la segunda página del hilo.');
    await page.check('#goodFaith');
    await page.click('button[type=submit]');
    const receipt = (await page.textContent('#receipt', { timeout: 15_000 })) ?? '';
    expect(parseReceipt(receipt).ok).toBe(true);
    expect(await page.textContent('.confirmation h2')).toBeTruthy();
    expect(storedReports).toBe(1);

    const posts = seen.filter((request) => request.path === '/v1/reports');
    const preflight = posts.find((request) => request.method === 'OPTIONS');
    const post = posts.find((request) => request.method === 'POST');
    expect(preflight?.headers['access-control-request-headers']).toMatch(/idempotency-key/);
    expect(post?.headers.origin).toBe(pageOrigin);
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(post?.headers.cookie).toBeUndefined();
    expect(post?.headers.referer).toBeUndefined();
    expect(post?.headers.authorization).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
