import { getDomain } from 'tldts';
import { canonicalizeUrl } from './canonicalize-url.js';

/**
 * The host key of a reported URL or a bare host name: its registrable domain under the public
 * suffix list (`tldts`, kept up to date by its maintainers; private suffixes such as
 * `github.io` count, so each site under them is a host of its own), in lower-case ASCII. A host
 * with no registrable domain (an IP literal, a single label, a public suffix itself) is its own
 * key. `undefined` when the input has no host.
 *
 * The analysts' queue groups and searches cases by this key: every subdomain of a site is one
 * host, and a host under a reserved or unknown top-level domain is never folded into a real one.
 *
 * @example
 * ```ts
 * hostKey('https://www.example.co.uk/a'); // 'example.co.uk'
 * hostKey('example.co.uk'); // 'example.co.uk'
 * hostKey('http://example.com.test/'); // 'com.test', not 'example.com'
 * hostKey('http://203.0.113.7/x'); // '203.0.113.7'
 * ```
 */
export function hostKey(urlOrHost: string): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(canonicalizeUrl(urlOrHost.trim())).hostname;
  } catch {
    return undefined;
  }
  if (hostname === '') return undefined;
  if (hostname.startsWith('[')) return hostname;
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}
