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
  const text = needsCleaning(input)
    ? input.replace(ignoredByUrlParser, '').replace(trimmedByUrlParser, '')
    : input;
  if (text === '') return { ok: false, code: 'url_invalid' };
  // Most reported URLs start with http(s)://, which needs no scheme analysis.
  const scheme = httpPrefix.test(text) ? null : schemePrefix.exec(text);
  // "example.com:8080/x" looks like a scheme to the parser; a dot followed by a port number says it is a host.
  const schemeLess =
    scheme !== null && scheme[1]!.includes('.') && /^\d/.test(text.slice(scheme[0].length));
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
