import { discardBody, type Incoming, incomingOf, takeBody } from './incoming.js';

/** A request to read a body from: a web `Request`, or the parts an adapter handed over. */
export type BodySource = Request | Incoming;

const partsOf = (source: BodySource): Incoming =>
  source instanceof Request ? incomingOf(source) : source;

/** The most bytes a request body may have (64 KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Why a body could not be read as JSON; each maps to one HTTP status. */
export type BodyProblem =
  | 'body_too_large' // 413
  | 'unsupported_media_type' // 415
  | 'invalid_encoding' // 400
  | 'bad_json'; // 400

/** The outcome of reading a request body. */
export type ReadBodyResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; text: string }
  | { ok: false; problem: BodyProblem };

/** The HTTP status for each body problem. */
export const bodyProblemStatus: Record<BodyProblem, number> = {
  body_too_large: 413,
  unsupported_media_type: 415,
  invalid_encoding: 400,
  bad_json: 400,
};

/**
 * Reads a body of at most `limit` bytes, refusing more as soon as it is exceeded (the rest is
 * never read), and decodes it as UTF-8, refusing invalid bytes rather than replacing them.
 */
export async function readBodyText(
  source: BodySource,
  limit = MAX_BODY_BYTES,
): Promise<ReadBodyResult> {
  const incoming = partsOf(source);
  const declared = incoming.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) {
    await discardBody(incoming);
    return { ok: false, problem: 'body_too_large' };
  }
  const body = takeBody(incoming);
  if (!(body instanceof ReadableStream)) return decodeBody(body ?? new Uint8Array(0), limit);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, problem: 'body_too_large' };
      }
      chunks.push(value as Uint8Array<ArrayBuffer>);
    }
  }
  return decodeBody(chunks.length === 1 ? chunks[0]! : concat(chunks, size), limit);
}

function decodeBody(bytes: Uint8Array<ArrayBuffer>, limit: number): ReadBodyResult {
  if (bytes.byteLength > limit) return { ok: false, problem: 'body_too_large' };
  try {
    return { ok: true, bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'invalid_encoding' };
  }
}

/** True for `application/json`, with no charset or `charset=utf-8`. */
export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value === 'utf-8' || value === '"utf-8"';
  });
}

/** The outcome of `readJsonBody`. */
export type ReadJsonResult =
  | { ok: true; value: unknown; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; problem: BodyProblem };

/**
 * Reads a JSON request body: media type `application/json` (415), at most 64 KiB (413), valid
 * UTF-8 (400) and valid JSON (400).
 */
export async function readJsonBody(
  source: BodySource,
  limit = MAX_BODY_BYTES,
): Promise<ReadJsonResult> {
  const incoming = partsOf(source);
  if (!isJsonMediaType(incoming.headers.get('Content-Type'))) {
    await discardBody(incoming);
    return { ok: false, problem: 'unsupported_media_type' };
  }
  const body = await readBodyText(incoming, limit);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(body.text), bytes: body.bytes };
  } catch {
    return { ok: false, problem: 'bad_json' };
  }
}

function concat(chunks: readonly Uint8Array<ArrayBuffer>[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
