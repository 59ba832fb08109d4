import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store.js';
import type { ReportStore } from '../store/report-store.js';
import { testReportal, validReport } from '../test-reportal.js';
import { serveNode } from './serve-node.js';

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
