// The one answer type of the server. Handlers answer a `Reply`: plain data, cheap to build (no
// web stream, no undici object). It becomes a web `Response` in exactly one place, `toResponse`,
// which `Reportal.fetch` uses for every runtime; the node adapter writes a reply directly.

/** The body of a reply: text (sent as UTF-8), bytes, a stream of bytes, or none. */
export type ReplyBody = string | Uint8Array | ReadableStream<Uint8Array> | null;

/** An answer: status, headers (names in lower case) and body. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: ReplyBody;
}

/** Options of the reply builders. */
export interface ReplyInit {
  status?: number;
  headers?: Record<string, string> | Headers;
}

/** Header names in lower case, so a reply has each header once whatever its spelling. */
function lowerCased(headers: ReplyInit['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  if (!headers) return result;
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      result[name] = value;
    });
    return result;
  }
  for (const name in headers) result[name.toLowerCase()] = headers[name]!;
  return result;
}

/** A reply with a text body (or none). */
export function textReply(body: string | null, init: ReplyInit = {}): Reply {
  return { status: init.status ?? 200, headers: lowerCased(init.headers), body };
}

/** A JSON reply (`application/json` unless the headers say otherwise). */
export function jsonReply(value: unknown, init: ReplyInit = {}): Reply {
  const reply = textReply(JSON.stringify(value), init);
  reply.headers['content-type'] ??= 'application/json';
  return reply;
}

/** Adds a value to a list header (`Vary`), keeping what is there. */
export function appendHeader(headers: Record<string, string>, name: string, value: string): void {
  const key = name.toLowerCase();
  const existing = headers[key];
  headers[key] = existing === undefined || existing === '' ? value : `${existing}, ${value}`;
}

/** A web `Response` an extra route answered, as a reply (its body stays a stream). */
export function replyOfResponse(response: Response): Reply {
  return {
    status: response.status,
    headers: lowerCased(response.headers),
    body: response.body,
  };
}

/** True for a web `Response` (of this realm or of another copy of undici). */
export function isResponse(value: Reply | Response): value is Response {
  return value instanceof Response;
}

/** The web `Response` of a reply: the one place where the server builds one. */
export function toResponse(reply: Reply): Response {
  const body =
    reply.body === null || reply.status === 204 || reply.status === 304 ? null : reply.body;
  return new Response(body as BodyInit | null, { status: reply.status, headers: reply.headers });
}
