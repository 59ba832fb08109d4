/** Most characters a reported URL may have, as typed or pasted. */
export const MAX_URL_LENGTH = 2048;

/** Why a reported URL was refused; each is a submission issue code. */
export type ReportedUrlRefusal =
  | 'url_invalid'
  | 'url_too_long'
  | 'url_scheme_data'
  | 'url_scheme_blob'
  | 'url_scheme_file'
  | 'url_scheme_javascript'
  | 'url_scheme_unsupported';

/** The outcome of checking one reported URL. */
export type ReportedUrlResult = { ok: true; url: string } | { ok: false; code: ReportedUrlRefusal };

const refusedSchemes: Record<string, ReportedUrlRefusal> = {
  'data:': 'url_scheme_data',
  'blob:': 'url_scheme_blob',
  'file:': 'url_scheme_file',
  'javascript:': 'url_scheme_javascript',
};

// What the WHATWG URL parser itself ignores: tab and newlines anywhere, C0 controls and spaces at the ends.
const ignoredByUrlParser = /[\t\n\r]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: C0 controls are what the URL parser trims.
const trimmedByUrlParser = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const schemePrefix = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const httpPrefix = /^https?:\/\//i;

/**
 * Checks one URL as a reporter gave it: http or https only (a URL typed without a scheme, like
 * `example.com/page`, is read as http), at most 2,048 characters, parsed with the WHATWG URL
 * parser. Returns the parsed URL's serialization, or the reason for refusing it.
 *
 * @example
 * ```ts
 * checkReportedUrl('example.com/a b'); // { ok: true, url: 'http://example.com/a%20b' }
 * checkReportedUrl('data:image/png;base64,AAAA'); // { ok: false, code: 'url_scheme_data' }
 * ```
 */
export function checkReportedUrl(input: string): ReportedUrlResult {
  if (input.length > MAX_URL_LENGTH) return { ok: false, code: 'url_too_long' };
  if (isSerializedHttpUrl(input)) return { ok: true, url: input };
  return checkUnserializedUrl(input);
}

/**
 * `checkReportedUrl` for a URL of at most `MAX_URL_LENGTH` characters that `isSerializedHttpUrl`
 * already turned down (so the check is not made twice).
 */
export function checkUnserializedUrl(input: string): ReportedUrlResult {
  return refusedScheme(input) ?? parseReportedUrl(input);
}

// A URL that names another scheme than http(s) (`javascript:...`) is refused for its scheme
// whether or not the parser takes it; only text the parser would clean first needs the parser.
function refusedScheme(input: string): ReportedUrlResult | undefined {
  const colon = input.indexOf(':');
  if (colon < 1 || needsCleaning(input)) return undefined;
  const scheme = input.slice(0, colon);
  if (!schemeName.test(scheme)) return undefined;
  const protocol = `${scheme.toLowerCase()}:`;
  if (protocol === 'http:' || protocol === 'https:') return undefined;
  if (scheme.includes('.') && isDigit(input.charCodeAt(colon + 1))) return undefined;
  return { ok: false, code: refusedSchemes[protocol] ?? 'url_scheme_unsupported' };
}

const schemeName = /^[a-zA-Z][a-zA-Z0-9+.-]*$/;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

// "example.com:8080/x" looks like a scheme to the parser; a dot followed by a port number says
// it is a host.
function isHostAndPort(text: string, scheme: RegExpExecArray): boolean {
  return scheme[1]!.includes('.') && /^\d/.test(text.slice(scheme[0].length));
}

// Most reported URLs are already what the WHATWG parser would serialize: http(s), a lowercase
// host of letters, digits and hyphens whose last label starts with a letter (so never an IPv4
// form) and no label is punycode (`xn--`, which the parser checks), no user, no port, and a
// path, query and fragment of characters the parser never escapes, with no path segment that
// starts with "." or "%" (so no dot segment, plain or escaped, which the parser resolves). Those
// need no parse: the parser would hand them back unchanged. A property test holds this to the
// parser's own answer.
const serializedHttpUrl =
  /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?:\/(?:[\w\-~!$&()*+,;=:@][\w\-.~!$&()*+,;=:@%]*)?)+(?:\?[\w\-.~!$&()*+,;=:@/%?]*)?(?:#[\w\-.~!$&()*+,;=:@/%?#]*)?$/;

/** True when `input` is an http(s) URL the WHATWG parser would return unchanged (see above). */
export function isSerializedHttpUrl(input: string): boolean {
  return serializedHttpUrl.test(input);
}

/** `checkReportedUrl` by the WHATWG parser, for any input (exported for tests). */
export function parseReportedUrl(input: string): ReportedUrlResult {
  if (input.length > MAX_URL_LENGTH) return { ok: false, code: 'url_too_long' };
  const text = needsCleaning(input)
    ? input.replace(ignoredByUrlParser, '').replace(trimmedByUrlParser, '')
    : input;
  if (text === '') return { ok: false, code: 'url_invalid' };
  // Most reported URLs start with http(s)://, which needs no scheme analysis.
  const scheme = httpPrefix.test(text) ? null : schemePrefix.exec(text);
  const schemeLess = scheme !== null && isHostAndPort(text, scheme);
  const withoutScheme = !httpPrefix.test(text) && (scheme === null || schemeLess);
  let url: URL;
  try {
    url = new URL(withoutScheme ? `http://${text}` : text);
  } catch {
    return {
      ok: false,
      code: !withoutScheme && scheme ? (schemeRefusal(scheme[1]!) ?? 'url_invalid') : 'url_invalid',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, code: refusedSchemes[url.protocol] ?? 'url_scheme_unsupported' };
  }
  if (url.hostname === '') return { ok: false, code: 'url_invalid' };
  return { ok: true, url: url.href };
}

// Whether the text has what the URL parser would strip: tab or newline anywhere, controls or
// spaces at either end.
function needsCleaning(text: string): boolean {
  return (
    text.charCodeAt(0) <= 0x20 ||
    text.charCodeAt(text.length - 1) <= 0x20 ||
    text.includes('\t') ||
    text.includes('\n') ||
    text.includes('\r')
  );
}

function schemeRefusal(scheme: string): ReportedUrlRefusal | undefined {
  const protocol = `${scheme.toLowerCase()}:`;
  if (protocol === 'http:' || protocol === 'https:') return undefined;
  return refusedSchemes[protocol] ?? 'url_scheme_unsupported';
}
