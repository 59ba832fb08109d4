import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ReportalError } from '@reportal/core';
import type { Incoming } from '../http/incoming.js';
import { MAX_BODY_BYTES } from '../http/read-json-body.js';
import type { Reply } from '../http/reply.js';
import type { Reportal } from '../reportal.js';
import {
  createClientAddressResolver,
  type ForwardedHeaderName,
  type TrustProxy,
} from './client-address.js';

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
  /**
   * The reverse proxies in front of this server whose forwarded header is believed: addresses,
   * CIDR ranges, `loopback`, `linklocal`, `uniquelocal` (a list, or one comma-separated string),
   * or a function of an address and its hop. The client address (for the rate limits only) is
   * then the first address, from the right of the header, that is not a trusted proxy. Absent
   * (the default): the socket's peer is the client and no forwarded header is read. Invalid
   * entries throw a `ReportalError` before the server listens. See `createClientAddressResolver`.
   */
  trustProxy?: TrustProxy;
  /**
   * The one header trusted proxies are believed from (default `x-forwarded-for`, what nginx and
   * Caddy send; `forwarded` for RFC 7239). The other is never read, so a client cannot slip a
   * `Forwarded` header through a proxy that only appends to `X-Forwarded-For`.
   */
  forwardedHeader?: ForwardedHeaderName;
  /** Longest time for a request's headers to arrive, in milliseconds (default 10,000). */
  headersTimeoutMs?: number;
  /**
   * Longest time a connection may sit idle, in milliseconds (default 5,000): a kept-alive
   * connection between requests, and a new one that has not sent anything yet. A request being
   * answered is never cut by it.
   */
  idleTimeoutMs?: number;
  /**
   * Longest time for a whole request (headers and body) to arrive, in milliseconds (default
   * 30,000); at least `headersTimeoutMs`.
   */
  requestTimeoutMs?: number;
  /** Most connections open at once (default 1,024); more are closed as soon as they open. */
  maxConnections?: number;
}

/** A whole number of at least 1, or a `ReportalError` naming the option. */
function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ReportalError(
      'invalid_configuration',
      `serveNode: ${name} must be a whole number of at least 1, not ${String(value)}`,
    );
  }
  return value;
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

/** A node:http request's headers as web `Headers`. */
function headersOf(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  const all = incoming.headers;
  for (const name in all) {
    const value = all[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

/**
 * Reads a node:http request's body, up to `maxBodyBytes` and one byte more (so the handler sees
 * it is too large and answers 413); the rest is never read.
 */
async function readNodeBody(
  incoming: IncomingMessage,
  maxBodyBytes: number,
): Promise<{ body: Uint8Array<ArrayBuffer>; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const truncated = await new Promise<boolean>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBodyBytes) {
        // Stop reading (without destroying the socket, which the 413 still needs).
        incoming.off('data', onData);
        incoming.pause();
        resolve(true);
      }
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(false));
    incoming.once('error', reject);
  });
  const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  const body = whole.subarray(0, Math.min(size, maxBodyBytes + 1));
  return { body: body as Uint8Array<ArrayBuffer>, truncated };
}

/** Whether a request's Content-Length is above `maxBodyBytes`. */
function declaresTooLarge(incoming: IncomingMessage, maxBodyBytes: number): boolean {
  const declared = incoming.headers['content-length'];
  return declared !== undefined && Number(declared) > maxBodyBytes;
}

/** The parts of a request both readers share: method, URL, headers and the buffered body. */
async function readNodeRequest(
  incoming: IncomingMessage,
  origin: string,
  maxBodyBytes: number,
): Promise<{
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer> | null;
  truncated: boolean;
}> {
  const headers = headersOf(incoming);
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', origin).href;
  // A body declared too large is not read at all; the handler answers 413 from the Content-Length
  // it still sees (as for any oversize body: same problem, same language), and the connection
  // closes after the answer.
  if (declaresTooLarge(incoming, maxBodyBytes))
    return { method, url, headers, body: null, truncated: true };
  if (method === 'GET' || method === 'HEAD')
    return { method, url, headers, body: null, truncated: false };
  const { body, truncated } = await readNodeBody(incoming, maxBodyBytes);
  // The body is whole now: a declared length or chunked encoding no longer applies.
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  return { method, url, headers, body, truncated };
}

/**
 * Turns a node:http request into a web `Request`. The body is read here, up to `maxBodyBytes`
 * and one byte more (so the handler sees it is too large and answers 413); the rest is never
 * read. Buffering in Node is much cheaper than a web stream for bodies this small.
 */
export async function toWebRequest(
  incoming: IncomingMessage,
  origin: string,
  maxBodyBytes: number = MAX_BODY_BYTES,
): Promise<{ request: Request; truncated: boolean }> {
  const { method, url, headers, body, truncated } = await readNodeRequest(
    incoming,
    origin,
    maxBodyBytes,
  );
  const request = new Request(url, { method, headers, ...(body !== null && { body }) });
  return { request, truncated };
}

/**
 * Writes a server's reply to a node:http response: a text or byte body in one write with its
 * length (node:http then sends head and body together), a stream as it comes.
 */
export async function writeReply(reply: Reply, outgoing: ServerResponse): Promise<void> {
  const { body } = reply;
  if (body instanceof ReadableStream) {
    outgoing.writeHead(reply.status, reply.headers);
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      outgoing.write(value);
    }
    outgoing.end();
    return;
  }
  const headers: string[] = [];
  for (const name in reply.headers) headers.push(name, reply.headers[name]!);
  if (body !== null) {
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    headers.push('content-length', String(length));
  }
  outgoing.writeHead(reply.status, headers);
  outgoing.end(body ?? undefined);
}

/** Writes a web `Response` to a node:http response, in one write with its length. */
export async function writeWebResponse(
  response: Response,
  outgoing: ServerResponse,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) headers['content-length'] = String(body.byteLength);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

/**
 * Serves a Reportal handler with node:http. The client address (the socket's peer, or behind
 * `trustProxy` the address the trusted proxies forwarded) is handed to the handler for rate
 * limiting only; nothing about the request is logged. Slow and idle connections are closed
 * (`headersTimeoutMs`, `idleTimeoutMs`, `requestTimeoutMs`), connections are capped
 * (`maxConnections`), and a body declared larger than 64 KiB is answered 413 unread.
 *
 * @example
 * ```ts
 * const running = await serveNode(reportal, { port: 8080, trustProxy: 'loopback' });
 * console.log(`listening on ${running.url}`);
 * ```
 */
export async function serveNode(
  reportal: Reportal,
  options: ServeNodeOptions = {},
): Promise<NodeServer> {
  const host = options.host ?? '127.0.0.1';
  // Every option is checked here, so that a mistake shows before the server listens.
  const clientAddressOf = createClientAddressResolver({
    ...(options.trustProxy !== undefined && { trustProxy: options.trustProxy }),
    ...(options.forwardedHeader !== undefined && { forwardedHeader: options.forwardedHeader }),
  });
  const headersTimeout = positiveInteger('headersTimeoutMs', options.headersTimeoutMs, 10_000);
  const idleTimeout = positiveInteger('idleTimeoutMs', options.idleTimeoutMs, 5_000);
  const requestTimeout = positiveInteger('requestTimeoutMs', options.requestTimeoutMs, 30_000);
  const maxConnections = positiveInteger('maxConnections', options.maxConnections, 1_024);
  if (headersTimeout > requestTimeout) {
    throw new ReportalError(
      'invalid_configuration',
      `serveNode: headersTimeoutMs (${headersTimeout}) must not exceed requestTimeoutMs (${requestTimeout})`,
    );
  }
  // The server's replies are written as they are, without building a web Response.
  const handler = reportal.handle.bind(reportal);
  let inFlight = 0;
  let idle: (() => void) | undefined;
  // Requests being answered per connection: the idle timeout spares those connections.
  const answering = new WeakMap<Socket, number>();
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    inFlight++;
    const { socket } = incoming;
    answering.set(socket, (answering.get(socket) ?? 0) + 1);
    try {
      const origin = `http://${incoming.headers.host ?? host}`;
      let request: Incoming;
      let truncated: boolean;
      try {
        // The parts as read, handed to the server as they are: no web Request to build.
        const parts = await readNodeRequest(incoming, origin, MAX_BODY_BYTES);
        ({ truncated } = parts);
        request = parts;
      } catch {
        if (!outgoing.headersSent) outgoing.writeHead(400, { connection: 'close' });
        outgoing.end();
        return;
      }
      // An oversize body is not read to its end: close the connection after the 413.
      if (truncated) outgoing.shouldKeepAlive = false;
      const clientAddress = clientAddressOf(socket.remoteAddress, incoming.headers);
      const reply = await handler(request, clientAddress ? { clientAddress } : {});
      await writeReply(reply, outgoing);
    } catch {
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    } finally {
      const left = (answering.get(socket) ?? 1) - 1;
      if (left === 0) answering.delete(socket);
      else answering.set(socket, left);
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  };
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      keepAliveTimeout: idleTimeout,
      // How often Node looks for connections past headersTimeout or requestTimeout (every 30 s
      // by default: such a connection stayed open up to 30 s longer).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))),
    },
    handle,
  );
  server.maxConnections = maxConnections;
  // A connection that stays silent that long is closed, unless one of its requests is being
  // answered (a slow store is not the client's fault; requestTimeout bounds what the client sends).
  server.timeout = idleTimeout;
  server.on('timeout', (socket: Socket) => {
    if (!answering.has(socket)) socket.destroy();
  });
  // `Expect: 100-continue` with a body declared too large: the 413 without asking for the body.
  server.on('checkContinue', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (!declaresTooLarge(incoming, MAX_BODY_BYTES)) outgoing.writeContinue();
    void handle(incoming, outgoing);
  });
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
