import { appendHeader, type Reply } from './reply.js';

/** Headers a partner page may send cross-origin. */
const allowedRequestHeaders = 'Content-Type, Authorization, Idempotency-Key';

/**
 * Adds CORS headers for a configured partner origin: never with credentials, so a partner page
 * can submit reports but cookies never travel with them.
 */
export function applyCors(
  headers: Record<string, string>,
  origin: string | null,
  partnerOrigins: ReadonlySet<string>,
): void {
  appendHeader(headers, 'vary', 'Origin');
  if (!origin || !partnerOrigins.has(origin)) return;
  headers['access-control-allow-origin'] = origin;
  headers['access-control-expose-headers'] = 'Retry-After, Content-Language';
}

/** The answer to a CORS preflight (`OPTIONS`) from a partner origin; `undefined` for others. */
export function preflightReply(
  headers: Headers,
  partnerOrigins: ReadonlySet<string>,
  methods: readonly string[],
): Reply | undefined {
  const origin = headers.get('Origin');
  if (!origin || !partnerOrigins.has(origin)) return undefined;
  return {
    status: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': methods.join(', '),
      'access-control-allow-headers': allowedRequestHeaders,
      'access-control-max-age': '600',
      vary: 'Origin',
    },
    body: null,
  };
}
