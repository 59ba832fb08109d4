// The client's address behind trusted reverse proxies: for the rate limits only (through a keyed
// hash, never stored or logged).
//
// Only the socket's peer is known for sure. A forwarded header is a list of addresses each proxy
// appended, and anyone may send one: it is believed only hop by hop from the right, and only while
// the address that wrote the next entry is a trusted proxy. The first address that is not trusted
// is the client. An entry that is not an IP address (`unknown`, an obfuscated `_hidden`, garbage)
// ends the walk at the last address known good, the view of the proxy that wrote it: believing
// garbage could give an attacker a fresh budget per request, and the proxy's own address cannot.
import { ReportalError } from '@reportal/core';
import parseForwarded from 'forwarded-parse';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/**
 * Which reverse proxies to believe: addresses and CIDR ranges (`10.0.0.0/8`, `2001:db8::/32`),
 * the names `loopback`, `linklocal` and `uniquelocal`, a comma-separated list of those, or a
 * function of a normalised address (IPv4-mapped IPv6 as IPv4, no port) and its hop: 0 is the
 * socket's peer, 1 the rightmost entry of the forwarded header, 2 the one left of it, and so on.
 */
export type TrustProxy = string | readonly string[] | ((address: string, hop: number) => boolean);

/**
 * The one header a trusted proxy's word is taken from: `x-forwarded-for` (what nginx's
 * `$proxy_add_x_forwarded_for` and Caddy's `reverse_proxy` send) or `forwarded` (RFC 7239).
 */
export type ForwardedHeaderName = 'x-forwarded-for' | 'forwarded';

/** Options of `createClientAddressResolver`. */
export interface ClientAddressOptions {
  /** The proxies to believe; none when absent (the socket's peer is the client). */
  trustProxy?: TrustProxy;
  /**
   * The header to read (default `x-forwarded-for`). The other one is ignored entirely: a client
   * could send a `Forwarded` header through a proxy that only appends to `X-Forwarded-For`.
   */
  forwardedHeader?: ForwardedHeaderName;
}

/** A request's headers as node:http (`incoming.headers`) or the web (`Headers`) hold them. */
export type RequestHeaders =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Gives a request's client address from the socket's peer and the request's headers; undefined
 * when the peer is unknown (a socket already closed).
 */
export type ClientAddressResolver = (
  peerAddress: string | undefined,
  headers: RequestHeaders,
) => string | undefined;

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);
const digits = /^\d{1,3}$/;

/** Whether one `trustProxy` entry is a name, an address, `address/prefix` or `IPv4/netmask`. */
function isTrustEntry(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const slash = entry.lastIndexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const ipv4 = ipaddr.IPv4.isValidFourPartDecimal(address);
  if (!ipv4 && (!ipaddr.IPv6.isValid(address) || address.includes('%'))) return false;
  if (slash === -1) return true;
  const range = entry.slice(slash + 1);
  return digits.test(range) || (ipv4 && ipaddr.IPv4.isValidFourPartDecimal(range));
}

/**
 * Compiles `trustProxy` into a function of a normalised address and its hop, and refuses what is
 * not an address, a range or a known name with a `ReportalError` (`invalid_configuration`), so a
 * mistake shows at start rather than at the first request.
 *
 * @example
 * ```ts
 * const trusted = compileTrustProxy('loopback, 10.0.0.0/8');
 * trusted('10.1.2.3', 0); // true
 * ```
 */
export function compileTrustProxy(
  trustProxy: TrustProxy,
): (address: string, hop: number) => boolean {
  if (typeof trustProxy === 'function') return trustProxy;
  const entries = (typeof trustProxy === 'string' ? [trustProxy] : [...trustProxy])
    .flatMap((item) => String(item).split(','))
    .map((entry) => entry.trim());
  if (entries.length === 0 || entries.every((entry) => entry === '')) {
    throw new ReportalError(
      'invalid_configuration',
      'trustProxy is empty: give addresses, CIDR ranges or loopback, linklocal, uniquelocal',
    );
  }
  for (const entry of entries) {
    if (!isTrustEntry(entry)) {
      throw new ReportalError(
        'invalid_configuration',
        `trustProxy: "${entry}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`,
      );
    }
  }
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    // proxy-addr refuses a prefix longer than the address (10.0.0.0/33) or of 0.
    throw new ReportalError(
      'invalid_configuration',
      `trustProxy: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):(?:\d{1,5}|_[\w.-]+)$/;
const bracketed = /^\[([^\]]+)\](?::(?:\d{1,5}|_[\w.-]+))?$/;

/**
 * An address as one key: IPv4 in four decimal parts, IPv6 in RFC 5952 form without a zone,
 * IPv4-mapped IPv6 as IPv4; a port (`192.0.2.1:80`, `[2001:db8::1]:4711`) is dropped. Undefined
 * for anything else (`unknown`, `_hidden`, a host name, octal or hexadecimal forms).
 *
 * @example
 * ```ts
 * normalizeAddress('[::ffff:192.0.2.1]:4711'); // '192.0.2.1'
 * ```
 */
export function normalizeAddress(text: string): string | undefined {
  let address = text.trim();
  const withPort = ipv4WithPort.exec(address);
  if (withPort) address = withPort[1]!;
  else {
    const inBrackets = bracketed.exec(address);
    if (inBrackets) {
      address = inBrackets[1]!;
      if (!address.includes(':')) return undefined;
    }
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return ipaddr.IPv4.parse(address).toString();
  if (!ipaddr.IPv6.isValid(address)) return undefined;
  const ipv6 = ipaddr.IPv6.parse(address);
  if (ipv6.isIPv4MappedAddress()) return ipv6.toIPv4Address().toString();
  // Without the zone (`fe80::1%eth0`): it names an interface of the sender, not the client.
  return new ipaddr.IPv6(ipv6.parts).toString();
}

/** The entries of an X-Forwarded-For header, rightmost first. */
function* forwardedForEntries(header: string): Generator<string> {
  let end = header.length;
  for (let comma = header.lastIndexOf(',', end - 1); ; comma = header.lastIndexOf(',', end - 1)) {
    yield header.slice(comma + 1, end);
    if (comma === -1) return;
    end = comma;
  }
}

/**
 * The `for` parameters of a Forwarded header's elements, rightmost first; `undefined` for an
 * element that does not parse or names no single `for`. The elements are split from the right,
 * so garbage a client put on the left cannot change how the elements its proxies appended read.
 */
function* forwardedElements(header: string): Generator<string | undefined> {
  let end = header.length;
  let quoted = false;
  for (let index = header.length - 1; index >= -1; index--) {
    const character = index === -1 ? ',' : header[index];
    if (character === '"') {
      let backslashes = 0;
      while (header[index - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) quoted = !quoted;
    } else if (character === ',' && !quoted) {
      yield forOf(header.slice(index + 1, end).trim());
      end = index;
    }
  }
}

function forOf(element: string): string | undefined {
  // forwarded-parse keeps the last of repeated parameters; two `for` in one element is garbage.
  if ((element.match(/(?:^|;)\s*for\s*=/gi) ?? []).length !== 1) return undefined;
  try {
    const parsed = parseForwarded(element);
    return parsed.length === 1 ? parsed[0]!.for : undefined;
  } catch {
    return undefined;
  }
}

function headerValue(headers: RequestHeaders, name: ForwardedHeaderName): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value.join(', ');
}

/**
 * Creates the function that finds a request's client address: the socket's peer, unless it is a
 * trusted proxy; then, walking the forwarded header from the right, the first address that is not
 * a trusted proxy (the leftmost when all are). A header from a peer that is not trusted is not read
 * at all, so sending one directly changes nothing; an entry that is not an address ends the walk
 * at the last good one. Invalid `trustProxy` throws here, with a `ReportalError`.
 *
 * The address is for the rate limits only: hand it to the handler as `clientAddress`; never log
 * or store it.
 *
 * @example
 * ```ts
 * const clientAddressOf = createClientAddressResolver({ trustProxy: 'loopback' });
 * clientAddressOf('127.0.0.1', { 'x-forwarded-for': '203.0.113.7, 192.0.2.10' }); // '192.0.2.10'
 * ```
 */
export function createClientAddressResolver(
  options: ClientAddressOptions = {},
): ClientAddressResolver {
  const headerName = options.forwardedHeader ?? 'x-forwarded-for';
  if (headerName !== 'x-forwarded-for' && headerName !== 'forwarded') {
    throw new ReportalError(
      'invalid_configuration',
      `forwardedHeader must be x-forwarded-for or forwarded, not "${String(headerName)}"`,
    );
  }
  const peerOnly: ClientAddressResolver = (peerAddress) =>
    peerAddress === undefined ? undefined : (normalizeAddress(peerAddress) ?? peerAddress);
  if (options.trustProxy === undefined) return peerOnly;
  const trusted = compileTrustProxy(options.trustProxy);
  return (peerAddress, headers) => {
    const peer = peerOnly(peerAddress, headers);
    if (peer === undefined || !trusted(peer, 0)) return peer;
    const header = headerValue(headers, headerName);
    if (header === undefined) return peer;
    const entries =
      headerName === 'forwarded' ? forwardedElements(header) : forwardedForEntries(header);
    let client = peer;
    let hop = 0;
    for (const entry of entries) {
      const address = entry === undefined ? undefined : normalizeAddress(entry);
      // Not an address: the proxy that wrote it is the last one to believe.
      if (address === undefined) return client;
      client = address;
      hop++;
      if (!trusted(client, hop)) return client;
    }
    return client;
  };
}
