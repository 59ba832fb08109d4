import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { ReportalError } from '@reportal/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';
import { testReportal, validReport } from '../test-reportal.js';
import { type NodeServer, type ServeNodeOptions, serveNode } from './serve-node.js';

/** A memory store whose writes take a while, so a shutdown finds them in flight. */
function slowStore(delayMs: number): ReportStore & { closedWith: number; started: number } {
  const inner = createMemoryStore();
  let stored = 0;
  const store = Object.assign(Object.create(inner) as ReportStore, {
    closedWith: -1,
    started: 0,
    async submitReport(...args: Parameters<ReportStore['submitReport']>) {
      store.started++;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const outcome = await inner.submitReport(...args);
      stored++;
      return outcome;
    },
    async close() {
      store.closedWith = stored;
      await inner.close();
    },
  });
  return store;
}

function post(url: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/json' } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

/** A raw connection to `url`, with everything the server sent and when it closed it. */
async function openConnection(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  const opened = Date.now();
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) =>
    socket.once('close', () => resolve(Date.now() - opened)),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    received: () => received,
    /** Milliseconds from opening to closing, or `undefined` if still open after `withinMs`. */
    closedWithin: (withinMs: number) =>
      Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(resolve, withinMs))]),
    /** Waits until what was received contains `text` `times` times (at most 5 s). */
    async waitFor(text: string, times = 1) {
      const deadline = Date.now() + 5_000;
      const seen = () => received.split(text).length - 1 >= times;
      while (!seen() && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return seen();
    },
  };
}

const healthCheck = 'GET /healthz HTTP/1.1\r\nHost: portal.test\r\n\r\n';

describe('serveNode', () => {
  it('serves the handler over node:http', async () => {
    const running = await serveNode(testReportal(), { port: 0, handleSignals: false });
    try {
      const response = await fetch(`${running.url}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const created = await post(`${running.url}/v1/reports`, validReport);
      expect(created.status).toBe(201);
    } finally {
      await running.stop();
    }
  });

  it('stops gracefully: in-flight reports finish and are stored before the store closes', async () => {
    const store = slowStore(150);
    const running = await serveNode(testReportal({ store }), { port: 0, handleSignals: false });
    const inFlight = Array.from({ length: 8 }, (_, index) =>
      post(`${running.url}/v1/reports`, {
        ...validReport,
        urls: [`https://www.example.com/item/${index}`],
      }),
    );
    // Stop once every report is inside the store, in flight.
    while (store.started < 8) await new Promise((resolve) => setTimeout(resolve, 5));
    await running.stop();
    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    expect(store.closedWith).toBe(8);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });

  it('answers an oversize body with 413 without reading it all, and closes that connection', async () => {
    const running = await serveNode(testReportal(), { port: 0, handleSignals: false });
    try {
      const answer = await new Promise<{ status: number; connection: string | undefined }>(
        (resolve, reject) => {
          const request = httpRequest(
            `${running.url}/v1/reports`,
            { method: 'POST', headers: { 'Content-Type': 'application/json' } },
            (response) => {
              response.resume();
              resolve({
                status: response.statusCode ?? 0,
                connection: response.headers.connection,
              });
            },
          );
          request.on('error', reject);
          // 8 MiB offered in chunks; the server stops reading after 64 KiB.
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          let sent = 0;
          const pump = () => {
            while (sent < 128) {
              sent++;
              if (!request.write(chunk)) return request.once('drain', pump);
            }
            request.end();
          };
          pump();
        },
      );
      expect(answer).toEqual({ status: 413, connection: 'close' });
      // The server still answers others.
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    } finally {
      await running.stop();
    }
  });
});

describe('serveNode against oversize, slow and too many connections', () => {
  const servers: NodeServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
  });
  /** serveNode on a free port, stopped after the test; gives its URL. */
  async function start(options: ServeNodeOptions, reportal = testReportal()): Promise<string> {
    const server = await serveNode(reportal, { port: 0, handleSignals: false, ...options });
    servers.push(server);
    return server.url;
  }

  it('answers a body declared too large with 413 at once, unread, and closes the connection', async () => {
    const reportal = testReportal();
    const connection = await openConnection(await start({}, reportal));
    // Ten megabytes declared; a few bytes sent; the rest never comes.
    connection.socket.write(
      'POST /v1/reports?locale=es HTTP/1.1\r\nHost: portal.test\r\n' +
        'Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"urls":',
    );
    expect(await connection.closedWithin(3_000)).toBeDefined();
    const [head, body] = connection.received().split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toMatch(/\r\nconnection: close(\r\n|$)/i);
    expect(head).toMatch(/\r\ncontent-type: application\/problem\+json/i);
    expect(head).toMatch(/\r\ncontent-language: es\r\n/i);
    // The very answer the handler gives any oversize body, in the same language.
    const oversize = await reportal.fetch(
      new Request('http://portal.test/v1/reports?locale=es', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: `"${'x'.repeat(70 * 1024)}"`,
      }),
    );
    expect(oversize.status).toBe(413);
    expect(body).toBe(await oversize.text());
  });

  it('does not ask for a body declared too large with Expect: 100-continue', async () => {
    const url = await start({});
    const answer = await new Promise<{ status: number; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const request = httpRequest(`${url}/v1/reports`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': '10000000',
          Expect: '100-continue',
        },
      });
      request.on('continue', () => {
        continued = true;
      });
      request.on('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, continued });
        request.destroy();
      });
      request.on('error', reject);
      request.flushHeaders();
    });
    expect(answer).toEqual({ status: 413, continued: false });
  });

  it('closes a connection that sends nothing after idleTimeoutMs', async () => {
    const silent = await openConnection(await start({ idleTimeoutMs: 200 }));
    const closedAfter = await silent.closedWithin(4_000);
    expect(closedAfter).toBeDefined();
    expect(closedAfter).toBeGreaterThanOrEqual(150);
    expect(silent.received()).toBe('');
  });

  it('closes a kept-alive connection idle after its answer', async () => {
    const kept = await openConnection(await start({ idleTimeoutMs: 200 }));
    kept.socket.write(healthCheck);
    expect(await kept.waitFor('"status":"ok"')).toBe(true);
    expect(kept.received()).toMatch(/keep-alive/i);
    // Node closes it a second after the advertised idle time (its margin against races).
    expect(await kept.closedWithin(4_000)).toBeDefined();
  });

  it('closes a connection that trickles its headers after headersTimeoutMs (slowloris)', async () => {
    const slow = await openConnection(await start({ idleTimeoutMs: 300, headersTimeoutMs: 800 }));
    // A byte every 50 ms: never idle, never done.
    const trickle = setInterval(() => {
      if (!slow.socket.destroyed) slow.socket.write('X');
    }, 50);
    try {
      slow.socket.write('GET /healthz HTTP/1.1\r\nHost: portal.test\r\nX-Slow: ');
      const closedAfter = await slow.closedWithin(4_000);
      expect(closedAfter).toBeDefined();
      expect(closedAfter).toBeGreaterThanOrEqual(700);
      expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(trickle);
    }
  });

  it('does not cut a request the server is still answering, however long the idle time passes', async () => {
    const url = await start({ idleTimeoutMs: 100 }, testReportal({ store: slowStore(600) }));
    expect((await post(`${url}/v1/reports`, validReport)).status).toBe(201);
  });

  it('refuses connections beyond maxConnections, and takes new ones when some close', async () => {
    const url = await start({ maxConnections: 2 });
    const sockets: Socket[] = [];
    try {
      const open = [await openConnection(url), await openConnection(url)];
      sockets.push(...open.map((connection) => connection.socket));
      for (const connection of open) {
        connection.socket.write(healthCheck);
        expect(await connection.waitFor('"status":"ok"')).toBe(true);
      }
      const third = await openConnection(url);
      sockets.push(third.socket);
      third.socket.write(healthCheck);
      expect(await third.closedWithin(3_000)).toBeDefined();
      expect(third.received()).toBe('');
      // The first two are still served.
      open[0]!.socket.write(healthCheck);
      expect(await open[0]!.waitFor('HTTP/1.1 200 OK\r\n', 2)).toBe(true);

      open[1]!.socket.destroy();
      await open[1]!.closedWithin(1_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const next = await openConnection(url);
      sockets.push(next.socket);
      next.socket.write(healthCheck);
      expect(await next.waitFor('"status":"ok"')).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it.each([
    [{ trustProxy: 'proxy.example.com' }, /"proxy.example.com" is not an IP address/],
    [{ trustProxy: [] as string[] }, /trustProxy is empty/],
    [{ forwardedHeader: 'x-real-ip' as 'forwarded' }, /forwardedHeader must be/],
    [{ headersTimeoutMs: 0 }, /headersTimeoutMs must be a whole number of at least 1/],
    [{ idleTimeoutMs: 1.5 }, /idleTimeoutMs must be/],
    [{ maxConnections: -1 }, /maxConnections must be/],
    [{ headersTimeoutMs: 40_000 }, /headersTimeoutMs \(40000\) must not exceed requestTimeoutMs/],
  ])('refuses %j before it listens', async (options, message) => {
    const error = await start(options).catch((caught: unknown) => caught);
    expect(ReportalError.isInstance(error)).toBe(true);
    expect((error as ReportalError).code).toBe('invalid_configuration');
    expect((error as Error).message).toMatch(message);
    expect(servers).toHaveLength(0);
  });
});
