import { createServer, request as httpRequest } from 'node:http';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkStatus } from '../status/check-status.js';
import { listen, onCleanup, portal } from '../test-cleanup.js';
import { validInput } from '../test-portal.js';
import { createReportalClient, submitReport } from './index.js';

describe('createReportalClient from @reportal/client/node', () => {
  it('submits over undici, keeping connections alive between requests', async () => {
    const running = await portal();
    const upstream = new URL(running.url);
    let connections = 0;
    // A TCP pass-through in front of the portal, counting connections.
    const counter = createNetServer((downstream) => {
      connections++;
      const socket = connect(Number(upstream.port), upstream.hostname);
      downstream.pipe(socket).pipe(downstream);
      socket.on('error', () => downstream.destroy());
      downstream.on('error', () => socket.destroy());
      onCleanup(() => {
        socket.destroy();
      });
    });
    const client = createReportalClient({
      baseUrl: await listen(counter),
      portal: 'bz',
      locale: 'es',
    });
    onCleanup(() => client.close());
    const results = [];
    for (let index = 0; index < 6; index++) {
      results.push(await submitReport(client, validInput(`/${index}`)));
    }
    const first = results[0]!;
    if (!first.ok) throw first.error;
    expect(await checkStatus(client, first.receipt)).toMatchObject({ ok: true });
    // Seven requests one after the other; undici may open a second socket while the first is
    // being handed back to its pool, never one per request.
    expect(connections).toBeLessThanOrEqual(2);
    expect(running.storedReports).toBe(6);
  });

  it('finds the messages of the locale itself (es), with nothing sent', async () => {
    const client = createReportalClient({
      baseUrl: 'http://192.0.2.1:9',
      portal: 'bz',
      locale: 'es',
    });
    onCleanup(() => client.close());
    const result = await submitReport(client, { urls: [], goodFaith: true });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        attempts: 0,
        issues: [{ path: 'urls', message: 'Escriba la dirección web donde vio el material.' }],
      },
    });
  });

  it('goes through an HTTP proxy when given `proxy`', async () => {
    const running = await portal();
    const seen: string[] = [];
    // A minimal HTTP proxy: CONNECT tunnels, and absolute-form requests forwarded.
    const proxy = createServer((incoming, outgoing) => {
      seen.push(`${incoming.method} ${incoming.url}`);
      const target = new URL(incoming.url!);
      const forwarded = httpRequest(
        target,
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(forwarded);
    });
    proxy.on('connect', (incoming, socket: Socket, head: Buffer) => {
      seen.push(`CONNECT ${incoming.url}`);
      const [host, port] = incoming.url!.split(':');
      const upstream = connect(Number(port), host!, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
      onCleanup(() => {
        upstream.destroy();
        socket.destroy();
      });
    });
    const proxyUrl = await listen(proxy);
    const client = createReportalClient({
      baseUrl: running.url,
      portal: 'bz',
      locale: 'en',
      proxy: proxyUrl,
    });
    onCleanup(() => client.close());
    const result = await submitReport(client, validInput());
    expect(result.ok).toBe(true);
    const host = new URL(running.url).host;
    expect(seen.some((line) => line.includes(host))).toBe(true);
    expect(running.storedReports).toBe(1);
  });
});
