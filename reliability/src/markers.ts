// Marker values: distinctive strings put in every place a reporter's network identity could
// travel (addresses in forwarding headers, user agent, cookies, referrer, language, custom
// headers). The anonymity audit searches every database dump and every server log for them.

/** The suites that send marked requests. */
export type MarkedSuite = 'crash' | 'fuzz' | 'flood' | 'instances';

const firstOctet: Record<MarkedSuite, number> = { crash: 10, fuzz: 40, flood: 70, instances: 100 };

/** What one suite sends: header variants and the strings that must never be stored or logged. */
export interface Markers {
  suite: MarkedSuite;
  /** Header sets, one per variant; requests rotate through them. */
  variants: readonly Readonly<Record<string, string>>[];
  /** Tokens that must appear nowhere (matched case-insensitively). */
  tokens: readonly string[];
  /** Documentation addresses that must appear nowhere (matched as whole addresses). */
  addresses: readonly string[];
  /** The headers of the `index`-th request. */
  headersFor(index: number): Record<string, string>;
}

/**
 * The markers of one suite. Tokens are long, lowercase and hyphenated (`rlmk-crash-ua-3`), so
 * they cannot occur by chance in hex digests, UUIDs or base64 seals.
 *
 * @example
 * ```ts
 * const markers = createMarkers('crash');
 * await pool.request({ path: '/v1/reports', method: 'POST', headers: markers.headersFor(7) });
 * ```
 */
export function createMarkers(suite: MarkedSuite, variantCount = 8): Markers {
  const tokens: string[] = [];
  const addresses: string[] = [];
  const variants: Record<string, string>[] = [];
  for (let variant = 0; variant < variantCount; variant++) {
    const token = (kind: string) => {
      const value = `rlmk-${suite}-${kind}-${variant}`;
      tokens.push(value);
      return value;
    };
    const octet = firstOctet[suite] + variant;
    const forwardedFor = `203.0.113.${octet}`;
    const proxy = `198.51.100.${octet}`;
    const realIp = `192.0.2.${octet}`;
    const ipv6 = `2001:db8::${octet.toString(16)}:${variant + 1}`;
    addresses.push(forwardedFor, proxy, realIp, ipv6);
    variants.push({
      'User-Agent': `Mozilla/5.0 (X11; Linux x86_64; ${token('ua')}) Gecko/20100101 Firefox/128.0`,
      Cookie: `session=${token('cookie')}; consent=${token('consent')}`,
      Referer: `https://referrer.example/${token('referrer')}?q=${token('query')}`,
      'Accept-Language': `en-x-${token('lang')}, es;q=0.5`,
      'X-Forwarded-For': `${forwardedFor}, ${proxy}`,
      Forwarded: `for=${realIp};proto=https, for="[${ipv6}]"`,
      'X-Real-IP': realIp,
      'True-Client-IP': forwardedFor,
      'CF-Connecting-IP': proxy,
      Via: `1.1 ${token('via')}`,
      'X-Request-Id': token('request-id'),
      'X-Reporter-Marker': token('header'),
    });
  }
  return {
    suite,
    variants,
    tokens,
    addresses,
    headersFor: (index) => ({ ...variants[index % variants.length]! }),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence in `text` of a token (case-insensitively) or a whole address (`192.0.2.1`
 * does not match inside `192.0.2.14`), as `[marker, context]` pairs, at most `limit`.
 */
export function findMarkers(
  text: string,
  markers: { tokens: readonly string[]; addresses: readonly string[] },
  limit = 20,
): [string, string][] {
  const found: [string, string][] = [];
  const lower = text.toLowerCase();
  const context = (at: number) => text.slice(Math.max(0, at - 60), at + 60);
  for (const token of markers.tokens) {
    const at = lower.indexOf(token.toLowerCase());
    if (at !== -1) found.push([token, context(at)]);
    if (found.length >= limit) return found;
  }
  for (const address of markers.addresses) {
    const escaped = escapeRegExp(address.toLowerCase());
    const pattern = address.includes(':')
      ? new RegExp(`(?<![0-9a-f:])${escaped}(?![0-9a-f]|:[0-9a-f])`)
      : new RegExp(`(?<![0-9.])${escaped}(?![0-9])`);
    const match = pattern.exec(lower);
    if (match) found.push([address, context(match.index)]);
    if (found.length >= limit) return found;
  }
  return found;
}
