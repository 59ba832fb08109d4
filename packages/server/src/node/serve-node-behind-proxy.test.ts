// serveNode behind a real reverse proxy in a process of its own (reverse-proxy-fixture.mjs): the
// per-client rate limits must see each reporter, not the proxy, and a forwarded header must help
// nobody who sends it directly.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createReceipt, formatReceipt } from '@reportal/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createReportal, type Reportal } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { ForwardedHeaderName } from './client-address.js';
import { type ServeNodeOptions, serveNode } from './serve-node.js';

const fixture = fileURLToPath(new URL('./reverse-proxy-fixture.mjs', import.meta.url));
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts the reverse proxy in a child process, in front of `upstream`. */
async function startProxy(upstream: string, header: ForwardedHeaderName = 'x-forwarded-for') {
  const child = fork(fixture, [upstream, header], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('error', reject);
    void exited.then(() => reject(new Error('the proxy exited before listening')));
  });
  expect(child.pid).not.toBe(process.pid);
  return `http://127.0.0.1:${port}`;
}

/** serveNode on a free port of 127.0.0.1 with the default rate limits, stopped after the test. */
async function startServer(options: ServeNodeOptions = {}, reportal?: Reportal) {
  const running = await serveNode(
    reportal ?? createReportal({ portal: 'bz', store: createMemoryStore() }),
    { port: 0, handleSignals: false, ...options },
  );
  cleanups.push(() => running.stop());
  return running.url;
}

// A well-formed receipt no report has: every look-up is a 404 and draws on the rate limits.
const receipt = formatReceipt(createReceipt());

/** POST /v1/status; `headers` say who the reporter is (to the proxy) and what they claim. */
async function lookUp(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${url}/v1/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ receipt }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** The statuses of `count` look-ups in a row. */
async function lookUps(count: number, url: string, headers: Record<string, string> = {}) {
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) statuses.push(await lookUp(url, headers));
  return statuses;
}

const reporterA = { 'X-Test-Peer-Address': '192.0.2.10' };
const reporterB = { 'X-Test-Peer-Address': '198.51.100.20' };
const reporterC = { 'X-Test-Peer-Address': '2001:db8::20' };

describe('serveNode behind a reverse proxy (trustProxy)', () => {
  it('gives each reporter behind a trusted proxy a budget of their own', async () => {
    const proxy = await startProxy(await startServer({ trustProxy: 'loopback' }));
    // The default per-client limit is a burst of 10.
    expect(await lookUps(10, proxy, reporterA)).toEqual(Array(10).fill(404));
    expect(await lookUp(proxy, reporterA)).toBe(429);
    // A forwarded header of their own does not get reporter A a fresh budget: the proxy appends.
    expect(await lookUp(proxy, { ...reporterA, 'X-Forwarded-For': '203.0.113.5' })).toBe(429);
    expect(await lookUp(proxy, reporterB)).toBe(404);
    expect(await lookUp(proxy, reporterC)).toBe(404);
  });

  it('without trustProxy, everyone behind the proxy shares its one budget (the old problem)', async () => {
    const proxy = await startProxy(await startServer());
    expect(await lookUps(10, proxy, reporterA)).toEqual(Array(10).fill(404));
    expect(await lookUp(proxy, reporterB)).toBe(429);
  });

  it('believes nothing a client sends directly: spoofed X-Forwarded-For share one budget', async () => {
    // Only a documentation address is a trusted proxy; this test's client (loopback) is not.
    const url = await startServer({ trustProxy: '203.0.113.1' });
    const statuses: number[] = [];
    for (let index = 1; index <= 11; index++) {
      statuses.push(await lookUp(url, { 'X-Forwarded-For': `192.0.2.${index}` }));
    }
    expect(statuses).toEqual([...Array(10).fill(404), 429]);
    expect(await lookUp(url, { 'X-Forwarded-For': '203.0.113.1, 198.51.100.1' })).toBe(429);
  });

  it('walks past every trusted proxy of a chain', async () => {
    const server = await startServer({ trustProxy: 'loopback' });
    const front = await startProxy(await startProxy(server));
    expect(await lookUps(10, front, reporterA)).toEqual(Array(10).fill(404));
    expect(await lookUp(front, reporterA)).toBe(429);
    expect(await lookUp(front, reporterB)).toBe(404);
  });

  it('reads RFC 7239 Forwarded when told to, and then never X-Forwarded-For', async () => {
    const server = await startServer({ trustProxy: 'loopback', forwardedHeader: 'forwarded' });
    const proxy = await startProxy(server, 'forwarded');
    expect(await lookUps(10, proxy, reporterC)).toEqual(Array(10).fill(404));
    expect(await lookUp(proxy, { ...reporterC, 'X-Forwarded-For': '198.51.100.77' })).toBe(429);
    expect(await lookUp(proxy, reporterA)).toBe(404);
  });

  it('hands the handler the address the proxy saw, never the proxy', async () => {
    const seen: (string | undefined)[] = [];
    const recording = {
      handle: async (_request: unknown, context?: { clientAddress?: string }) => {
        seen.push(context?.clientAddress);
        return { status: 204, headers: {}, body: null };
      },
      close: async () => {},
    } as unknown as Reportal;
    const proxy = await startProxy(await startServer({ trustProxy: 'loopback' }, recording));
    await lookUp(proxy, reporterC);
    await lookUp(proxy, { 'X-Test-Peer-Address': '::ffff:192.0.2.10' });
    await lookUp(proxy);
    expect(seen).toEqual(['2001:db8::20', '192.0.2.10', '127.0.0.1']);
  });
});
