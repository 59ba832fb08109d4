import { connect, createServer, type Socket } from 'node:net';
import { parseReceipt } from '@reportal/core';
import { catalog as es } from '@reportal/core/locales/es';
import { describe, expect, it } from 'vitest';
import { createReportalClient } from '../client/reportal-client.js';
import { ReportalClientError } from '../errors/reportal-client-error.js';
import { checkStatus } from '../status/check-status.js';
import { listen, portal } from '../test-cleanup.js';
import { countingFetch, validInput } from '../test-portal.js';
import { submitReport } from './submit-report.js';

describe('submitReport against a real portal', () => {
  it('submits a report and answers its receipt, which finds its status', async () => {
    const { url, storedReports: before, ...running } = await portal();
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({ baseUrl: url, portal: 'bz', locale: 'es', fetch });
    const result = await submitReport(client, validInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(parseReceipt(result.receipt).ok).toBe(true);
    expect(result.replayed).toBe(false);
    expect(before).toBe(0);
    expect(running.store).toBeDefined();
    const status = await checkStatus(client, result.receipt);
    expect(status).toMatchObject({ ok: true, status: { status: 'received' } });
    expect(requests).toHaveLength(2);
  });

  it('sends no cookie or credential, no referrer, nothing cacheable, and a fresh Idempotency-Key', async () => {
    const { url } = await portal();
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({ baseUrl: url, portal: 'bz', locale: 'en', fetch });
    const first = await submitReport(client, validInput('/a'));
    const second = await submitReport(client, validInput('/b'));
    expect(first.ok && second.ok).toBe(true);
    const [one, two] = requests;
    expect(one!.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    const keyOf = (init: RequestInit) =>
      (init.headers as Record<string, string>)['Idempotency-Key'];
    expect(keyOf(one!.init)).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyOf(one!.init)).not.toBe(keyOf(two!.init));
    expect(keyOf(one!.init)).toBe(first.idempotencyKey);
    expect((one!.init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('answers localized issues (es) without a request when the report is invalid', async () => {
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: 'http://192.0.2.1:9',
      portal: 'bz',
      locale: 'es',
      catalog: es,
      fetch,
    });
    const result = await submitReport(client, {
      urls: ['javascript:alert(1)', 'https://example.com/ok'],
      description: 'x'.repeat(5001),
      goodFaith: true,
    });
    expect(requests).toHaveLength(0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.attempts).toBe(0);
    expect(result.error.message).toBe('Hay 2 problemas en su denuncia');
    expect(result.error.issues).toEqual([
      {
        path: 'urls/0',
        code: 'url_scheme_javascript',
        message:
          'No se puede aceptar una dirección que empieza por javascript:. Indique la dirección de la página web donde lo vio.',
      },
      {
        path: 'description',
        code: 'too_long',
        message: expect.stringMatching(/^Use como máximo 5000 caracteres\.$/),
      },
    ]);
  });

  it('retries after a dropped connection with the same key: one report stored, the first receipt answered', async () => {
    const running = await portal();
    const upstream = new URL(running.url);
    let connections = 0;
    let droppedAnswer = '';
    // A TCP proxy that lets the first request reach the portal, then drops the connection
    // instead of passing the answer back: the report is committed, the client never hears of it.
    const proxy = createServer((downstream: Socket) => {
      const first = connections++ === 0;
      const socket = connect(Number(upstream.port), upstream.hostname);
      downstream.pipe(socket);
      socket.on('error', () => downstream.destroy());
      downstream.on('error', () => socket.destroy());
      if (!first) {
        socket.pipe(downstream);
        return;
      }
      socket.on('data', (chunk: Buffer) => {
        droppedAnswer += chunk.toString('utf8');
        if (droppedAnswer.includes('\r\n\r\n') && droppedAnswer.includes('"receipt"')) {
          downstream.resetAndDestroy();
          socket.destroy();
        }
      });
    });
    const proxyUrl = await listen(proxy);
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: proxyUrl,
      portal: 'bz',
      locale: 'en',
      fetch,
      retry: { baseDelayMs: 20 },
    });
    const result = await submitReport(client, validInput());
    expect(droppedAnswer).toMatch(/^HTTP\/1\.1 201/);
    const firstReceipt = /"receipt":"([^"]+)"/.exec(droppedAnswer)![1];
    expect(result).toMatchObject({ ok: true, replayed: true, receipt: firstReceipt });
    expect(requests).toHaveLength(2);
    const keys = requests.map(
      ({ init }) => (init.headers as Record<string, string>)['Idempotency-Key'],
    );
    expect(keys[0]).toBe(keys[1]);
    expect(requests[0]!.init.body).toBe(requests[1]!.init.body);
    expect(running.storedReports).toBe(1);
  });

  it('waits as Retry-After asks when rate limited, then succeeds', async () => {
    const running = await portal({
      rateLimit: { perClient: { burst: 1, perMinute: 60 }, global: false },
    });
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      fetch,
    });
    expect((await submitReport(client, validInput('/1'))).ok).toBe(true);
    const started = Date.now();
    const second = await submitReport(client, validInput('/2'));
    expect(second.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    // 201, then 429 and 201 (a second 429 if the bucket refills a millisecond late).
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(running.storedReports).toBe(2);
  });

  it('answers rate_limited with retryAfterSeconds when Retry-After is beyond the budget', async () => {
    const running = await portal({
      rateLimit: { perClient: { burst: 1, perMinute: 1 }, global: false },
    });
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      retry: { budgetMs: 2_000 },
    });
    expect((await submitReport(client, validInput('/1'))).ok).toBe(true);
    const started = Date.now();
    const result = await submitReport(client, validInput('/2'));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'rate_limited', status: 429, attempts: 1 });
    expect(result.error.retryAfterSeconds).toBeGreaterThan(2);
    expect(ReportalClientError.isInstance(result.error)).toBe(true);
  });

  it('times out when the portal is too slow, after retrying within the budget', async () => {
    const running = await portal({ storeDelayMs: 1_500 });
    const { fetch, requests } = countingFetch();
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      fetch,
      timeoutMs: 200,
      retry: { maxAttempts: 2, baseDelayMs: 20 },
    });
    const started = Date.now();
    const result = await submitReport(client, validInput());
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout', attempts: 2 } });
    expect(requests).toHaveLength(2);
  });

  it('times out against a server that accepts connections and never answers', async () => {
    const silent = createServer(() => {});
    const url = await listen(silent);
    const client = createReportalClient({
      baseUrl: url,
      portal: 'bz',
      locale: 'en',
      timeoutMs: 100,
      retry: { budgetMs: 450, baseDelayMs: 20 },
    });
    const started = Date.now();
    const result = await submitReport(client, validInput());
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    if (!result.ok) expect(result.error.attempts).toBeGreaterThan(1);
  });

  it('answers network when nothing listens', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createReportalClient({
      baseUrl: url,
      portal: 'bz',
      locale: 'en',
      retry: { maxAttempts: 2, baseDelayMs: 10 },
    });
    const result = await submitReport(client, validInput());
    expect(result).toMatchObject({ ok: false, error: { code: 'network', attempts: 2 } });
    if (!result.ok) expect(result.error.cause).toBeInstanceOf(Error);
  });

  it('answers aborted when the caller aborts', async () => {
    const running = await portal({ storeDelayMs: 500 });
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'en' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await submitReport(client, validInput(), { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { code: 'aborted', attempts: 1 } });
  });

  it('refuses the same idempotency key with another report: conflict', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'es' });
    const idempotencyKey = 'partner-batch-7-row-1';
    expect((await submitReport(client, validInput('/1'), { idempotencyKey })).ok).toBe(true);
    const again = await submitReport(client, validInput('/1'), { idempotencyKey });
    expect(again).toMatchObject({ ok: true, replayed: true });
    const other = await submitReport(client, validInput('/2'), { idempotencyKey });
    expect(other).toMatchObject({ ok: false, error: { code: 'conflict', status: 422 } });
    expect(running.storedReports).toBe(1);
  });

  it('answers the portal validation issues it finds itself (a locale the portal does not serve)', async () => {
    const running = await portal();
    const client = createReportalClient({ baseUrl: running.url, portal: 'bz', locale: 'fr' });
    const result = await submitReport(client, validInput());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', status: 422, attempts: 1 },
    });
    if (!result.ok) expect(result.error.issues?.[0]).toMatchObject({ path: 'locale' });
  });

  it('submits as a partner with an API key, and answers unauthorized for a wrong one', async () => {
    const running = await portal();
    const { createAccessToken } = await import('@reportal/server');
    const { token } = await createAccessToken({
      store: running.store,
      role: 'partner',
      partnerId: 'ngo-example',
      label: 'test partner',
    });
    const partner = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      apiKey: token,
    });
    expect((await submitReport(partner, validInput())).ok).toBe(true);
    const wrong = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      apiKey: 'rpt_not-a-real-key',
    });
    expect(await submitReport(wrong, validInput('/x'))).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', status: 401 },
    });
  });
});
