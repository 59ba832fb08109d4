// The request as the server's handlers read it. A web `Request` costs tens of microseconds to
// build (and its `headers` as much again on first use), more than validating a report; the node
// adapter already holds the method, URL, headers and whole body, so it hands those over as they
// are, and a `Request` is built only for a route that asks for one.

/** A request's parts: method, URL, headers, and what is left of its body. */
export interface Incoming {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /**
   * The body: the bytes an adapter already read, a stream, or `null` (none, or taken by a
   * reader: see `takeBody`).
   */
  body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array> | null;
}

/** The parts of a web `Request` (its body stays a stream, read only when asked). */
export function incomingOf(request: Request): Incoming {
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
  };
}

/** Takes the body out of a request, once: later readers find none. */
export function takeBody(incoming: Incoming): Incoming['body'] {
  const { body } = incoming;
  incoming.body = null;
  return body;
}

/** Throws away what is left of a body, without reading it. */
export async function discardBody(incoming: Incoming): Promise<void> {
  const body = takeBody(incoming);
  if (body instanceof ReadableStream) await body.cancel().catch(() => {});
}

/** A web `Request` with the parts' method, URL, headers and what is left of the body. */
export function requestOf(incoming: Incoming): Request {
  const body = takeBody(incoming);
  const hasBody = body !== null && incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(incoming.url, {
    method: incoming.method,
    headers: incoming.headers,
    ...(hasBody && { body, duplex: 'half' }),
  } as RequestInit);
}
