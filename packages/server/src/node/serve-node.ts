import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Reportal } from '../reportal.js';

/** Options of `serveNode`. */
export interface ServeNodeOptions {
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Stop gracefully on SIGTERM and SIGINT (default true). */
  handleSignals?: boolean;
  /** Longest wait for in-flight requests when stopping, in milliseconds (default 10,000). */
  shutdownTimeoutMs?: number;
}

/** A running node:http server. */
export interface NodeServer {
  server: Server;
  /** The address it listens on, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /**
   * Stops gracefully: stops accepting connections, lets in-flight requests finish (every report
   * acknowledged with 201 is committed), closes idle connections, then closes the store.
   */
  stop(): Promise<void>;
}

/** Turns a node:http request into a web `Request`. */
export function toWebRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    ...(hasBody && {
      body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>,
      duplex: 'half',
    }),
  } as RequestInit);
}

/** Writes a web `Response` to a node:http response. */
export async function writeWebResponse(
  response: Response,
  outgoing: ServerResponse,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  if (!response.body) {
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!outgoing.write(value)) await new Promise((resolve) => outgoing.once('drain', resolve));
    }
  } finally {
    outgoing.end();
  }
}

/**
 * Serves a Reportal handler with node:http. The client address is handed to the handler for
 * rate limiting only; nothing about the request is logged.
 *
 * @example
 * ```ts
 * const running = await serveNode(reportal, { port: 8080 });
 * console.log(`listening on ${running.url}`);
 * ```
 */
export async function serveNode(
  reportal: Reportal,
  options: ServeNodeOptions = {},
): Promise<NodeServer> {
  const host = options.host ?? '127.0.0.1';
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const server = createServer(async (incoming, outgoing) => {
    inFlight++;
    try {
      const origin = `http://${incoming.headers.host ?? host}`;
      let request: Request;
      try {
        request = toWebRequest(incoming, origin);
      } catch {
        outgoing.writeHead(400).end();
        return;
      }
      const clientAddress = incoming.socket.remoteAddress;
      const response = await reportal.fetch(request, clientAddress ? { clientAddress } : {});
      await writeWebResponse(response, outgoing);
    } catch {
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const displayHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          new Promise<void>((resolve) =>
            setTimeout(resolve, options.shutdownTimeoutMs ?? 10_000).unref(),
          ),
        ]);
      }
      server.closeAllConnections();
      await closed;
      await reportal.close();
    })();
    return stopping;
  };
  if (options.handleSignals ?? true) {
    const onSignal = () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      void stop();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  return { server, url: `http://${displayHost}:${address.port}`, stop };
}
