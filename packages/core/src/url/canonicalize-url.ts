import { normalizeIpv4 } from './ipv4.js';

/** Options of `canonicalizeUrl`. */
export interface CanonicalizeUrlOptions {
  /**
   * `drop` (Safe Browsing, the default) removes any port; `keep-non-default` keeps a port other
   * than the scheme's default, as deduplication does (`example.com:8080` is another server).
   */
  port?: 'drop' | 'keep-non-default';
}

const defaultPorts: Record<string, string> = { http: '80', https: '443' };
const schemePrefix = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//;
const escapeSequence = /%([0-9a-fA-F]{2})/g;

/**
 * Canonicalizes a URL as Google Safe Browsing v4 does ("URLs and Hashing"), so that keys
 * interoperate with hash-list ecosystems: removes tab, CR and LF, the fragment, surrounding
 * spaces, user info and the port; percent-unescapes repeatedly; normalizes the host (dots, IPv4
 * in any notation, lower case; an internationalized host becomes its ASCII form); resolves `.`
 * and `..` and repeated slashes in the path; then percent-escapes bytes <= 0x20, >= 0x7F, `#`
 * and `%` in upper-case hex. A URL without a scheme is read as http.
 *
 * @example
 * ```ts
 * canonicalizeUrl('HTTP://www.Example.COM.../a/./b/../c#top'); // 'http://www.example.com/a/c'
 * canonicalizeUrl('http://3405803777/'); // 'http://203.0.113.1/'
 * ```
 */
export function canonicalizeUrl(input: string, options: CanonicalizeUrlOptions = {}): string {
  // Work on UTF-8 bytes, one char per byte, so escapes and unescapes are byte-exact.
  let text = toByteString(input).replace(/[\t\r\n]/g, '');
  text = trimSpaceAndControls(text);
  const hash = text.indexOf('#');
  if (hash !== -1) text = text.slice(0, hash);
  text = unescapeRepeatedly(text);

  const scheme = schemePrefix.exec(text);
  const schemeName = scheme ? scheme[1]!.toLowerCase() : 'http';
  const rest = scheme ? text.slice(scheme[0].length) : text;
  const authorityEnd = firstIndexOf(rest, '/?');
  const authority = rest.slice(0, authorityEnd);
  const afterAuthority = rest.slice(authorityEnd);
  const queryStart = afterAuthority.indexOf('?');
  const path = queryStart === -1 ? afterAuthority : afterAuthority.slice(0, queryStart);
  const query = queryStart === -1 ? '' : afterAuthority.slice(queryStart);

  const { host, port } = splitAuthority(authority);
  let canonicalAuthority = canonicalizeHost(host);
  if (options.port === 'keep-non-default' && port !== undefined) {
    const number = port.replace(/^0+(?=\d)/, '');
    if (number !== '' && number !== defaultPorts[schemeName]) canonicalAuthority += `:${number}`;
  }
  return escapeBytes(`${schemeName}://${canonicalAuthority}${canonicalizePath(path)}${query}`);
}

function toByteString(input: string): string {
  const bytes = new TextEncoder().encode(input);
  let result = '';
  for (const byte of bytes) result += String.fromCharCode(byte);
  return result;
}

function trimSpaceAndControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

function unescapeRepeatedly(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(escapeSequence, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (next === current) return current;
    current = next;
  }
}

function firstIndexOf(text: string, characters: string): number {
  for (let index = 0; index < text.length; index++) {
    if (characters.includes(text[index]!)) return index;
  }
  return text.length;
}

function splitAuthority(authority: string): { host: string; port?: string } {
  let rest = authority.slice(authority.lastIndexOf('@') + 1);
  const literal = /^(\[[0-9a-fA-F:.]*\])(?::(\d*))?$/.exec(rest);
  if (literal) {
    const [, host, port] = literal;
    return port ? { host: host!, port } : { host: host! };
  }
  // Peel trailing dots and ports until neither is left, so that `a.:.` and `a` end alike.
  let port: string | undefined;
  for (;;) {
    const stripped = rest.replace(/\.+$/, '');
    const portMatch = /:(\d*)$/.exec(stripped);
    if (!portMatch) {
      rest = stripped;
      break;
    }
    if (port === undefined && portMatch[1]) port = portMatch[1];
    rest = stripped.slice(0, portMatch.index);
  }
  return port === undefined ? { host: rest } : { host: rest, port };
}

function canonicalizeHost(rawHost: string): string {
  let host = rawHost.replace(/^\.+|\.+$/g, '').replace(/\.{2,}/g, '.');
  // ASCII only: the host is still a byte string, and toLowerCase would change bytes >= 0xC0.
  host = host.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  if (/^\[[0-9a-f:.]*\]$/.test(host)) return host;
  const ipv4 = normalizeIpv4(host);
  if (ipv4 !== undefined) return ipv4;
  if (/[\u0080-\u00ff]/.test(host)) return toAsciiHost(host) ?? host;
  return host;
}

// An internationalized host becomes its ASCII (punycode) form, the form that DNS and browsers use.
function toAsciiHost(byteHost: string): string | undefined {
  try {
    const bytes = Uint8Array.from(byteHost, (character) => character.charCodeAt(0));
    const unicode = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return new URL(`http://${unicode}/`).hostname;
  } catch {
    return undefined;
  }
}

function canonicalizePath(path: string): string {
  if (path === '') return '/';
  const segments: string[] = [];
  const parts = path.split('/');
  let endsWithSlash = false;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (part === '' || part === '.') {
      endsWithSlash = last;
    } else if (part === '..') {
      segments.pop();
      endsWithSlash = last;
    } else {
      segments.push(part);
      endsWithSlash = false;
    }
  }
  if (segments.length === 0) return '/';
  return `/${segments.join('/')}${endsWithSlash ? '/' : ''}`;
}

function escapeBytes(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code <= 0x20 || code >= 0x7f || character === '#' || character === '%') {
      result += `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    } else result += character;
  }
  return result;
}
