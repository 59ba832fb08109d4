import type { LocaleCatalog } from '@reportal/core';
import { type RetryOptions, type RetryPolicy, retryPolicy } from '../retry/retry-policy.js';

/** Options of `createReportalClient`. */
export interface ReportalClientOptions {
  /** The portal's address, e.g. `https://report.example.org` (the API lives under `/v1`). */
  baseUrl: string | URL;
  /** The portal's id, e.g. `bz`. */
  portal: string;
  /** The reporter's language, one of the portal's locales, e.g. `es`. */
  locale: string;
  /**
   * The catalog of `locale` (then fallbacks) for the messages of local validation, e.g.
   * `catalog` from `@reportal/core/locales/es`: a browser bundle carries only the locales given
   * here. Without it, local issues carry their code as message. `@reportal/client/node` finds it.
   */
  catalog?: LocaleCatalog | readonly LocaleCatalog[] | undefined;
  /** A partner's API key (bearer token): reports count as the partner's, without public rate limits. */
  apiKey?: string | undefined;
  /** The fetch to use. Default: the global `fetch` (`@reportal/client/node` passes undici's). */
  fetch?: typeof fetch | undefined;
  /** Longest wait for one answer, in milliseconds. Default 10,000. */
  timeoutMs?: number | undefined;
  /** Retries of requests that got no answer, a 429 or a 503; `false` for none. */
  retry?: RetryOptions | false | undefined;
}

/** What the functions of this package need from a client (not part of the public API). */
export interface ClientInternals {
  baseUrl: string;
  catalogs: readonly LocaleCatalog[];
  /** The `Authorization` header, behind a function so that logging a client never shows the key. */
  authorization: () => string | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
}

export const internals = Symbol.for('@reportal/client.internals');

/** A client of one portal, for `submitReport`, `checkStatus`, `fetchPortalConfiguration` and `submitMany`. */
export interface ReportalClient {
  readonly portal: string;
  readonly locale: string;
  /** @internal */
  readonly [internals]: ClientInternals;
}

/**
 * Creates a client of one Reportal portal. Nothing is sent until a function uses it; the client
 * never sends cookies or credentials other than `apiKey`, and never a referrer.
 *
 * @example
 * ```ts
 * import { catalog } from '@reportal/core/locales/es';
 * const client = createReportalClient({
 *   baseUrl: 'https://report.example.org', portal: 'bz', locale: 'es', catalog,
 * });
 * ```
 */
export function createReportalClient(options: ReportalClientOptions): ReportalClient {
  const base = new URL(options.baseUrl);
  const catalog = options.catalog;
  return {
    portal: options.portal,
    locale: options.locale,
    [internals]: {
      baseUrl: base.href.replace(/\/$/, ''),
      catalogs: catalog ? (Array.isArray(catalog) ? catalog : [catalog]) : [],
      authorization: () => (options.apiKey ? `Bearer ${options.apiKey}` : undefined),
      // Bound: some browsers refuse a fetch called as a method of another object.
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      timeoutMs: options.timeoutMs ?? 10_000,
      retry: retryPolicy(options.retry),
    },
  };
}
