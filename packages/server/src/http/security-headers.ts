/** Features a Reportal page never needs: the Permissions-Policy denies them all. */
const deniedFeatures = [
  'accelerometer',
  'ambient-light-sensor',
  'autoplay',
  'battery',
  'bluetooth',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

const permissionsPolicy = deniedFeatures.map((feature) => `${feature}=()`).join(', ');

/** The Content-Security-Policy of API answers: nothing may load. */
export const apiContentSecurityPolicy =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Sets the security headers every Reportal response carries: a strict Content-Security-Policy,
 * no referrer, no sniffing, no caching, same-origin isolation and a Permissions-Policy that denies
 * every feature.
 */
export function applySecurityHeaders(
  headers: Headers,
  contentSecurityPolicy: string = apiContentSecurityPolicy,
): Headers {
  headers.set('Content-Security-Policy', contentSecurityPolicy);
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('X-Frame-Options', 'DENY');
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Permissions-Policy', permissionsPolicy);
  headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  headers.delete('Set-Cookie');
  return headers;
}

/** The same security headers on a reply's headers (names in lower case), as the server sends them. */
export function secureReplyHeaders(headers: Record<string, string>): void {
  headers['content-security-policy'] ??= apiContentSecurityPolicy;
  headers['referrer-policy'] = 'no-referrer';
  headers['x-content-type-options'] = 'nosniff';
  headers['x-frame-options'] = 'DENY';
  headers['cache-control'] ??= 'no-store';
  headers['cross-origin-opener-policy'] = 'same-origin';
  headers['cross-origin-resource-policy'] = 'same-origin';
  headers['cross-origin-embedder-policy'] = 'require-corp';
  headers['permissions-policy'] = permissionsPolicy;
  headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  delete headers['set-cookie'];
}
