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
 * The security headers whose value never depends on the answer (names in lower case); the
 * Content-Security-Policy and a `Cache-Control` the answer did not set are added beside them.
 */
const fixedSecurityHeaders: Readonly<Record<string, string>> = {
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'permissions-policy': permissionsPolicy,
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

/**
 * The same security headers on a reply's headers (names in lower case), as the server sends
 * them; a Content-Security-Policy the reply set (the pages') is kept.
 */
export function secureReplyHeaders(headers: Record<string, string>): void {
  headers['content-security-policy'] ??= apiContentSecurityPolicy;
  headers['cache-control'] ??= 'no-store';
  Object.assign(headers, fixedSecurityHeaders);
  delete headers['set-cookie'];
}
