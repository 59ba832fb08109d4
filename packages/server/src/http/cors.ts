/** Headers a partner page may send cross-origin. */
const allowedRequestHeaders = 'Content-Type, Authorization, Idempotency-Key';

/**
 * Adds CORS headers for a configured partner origin: never with credentials, so a partner page
 * can submit reports but cookies never travel with them.
 */
export function applyCors(
  headers: Headers,
  origin: string | null,
  partnerOrigins: ReadonlySet<string>,
): void {
  headers.append('Vary', 'Origin');
  if (!origin || !partnerOrigins.has(origin)) return;
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Expose-Headers', 'Retry-After, Content-Language');
}

/** The answer to a CORS preflight (`OPTIONS`) from a partner origin; `undefined` for others. */
export function preflightResponse(
  request: Request,
  partnerOrigins: ReadonlySet<string>,
  methods: readonly string[],
): Response | undefined {
  const origin = request.headers.get('Origin');
  if (!origin || !partnerOrigins.has(origin)) return undefined;
  const headers = new Headers({
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': methods.join(', '),
    'Access-Control-Allow-Headers': allowedRequestHeaders,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  });
  return new Response(null, { status: 204, headers });
}
