import { type LocaleCatalog, resolveCatalogs } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { Agent, type Dispatcher, ProxyAgent, fetch as undiciFetch } from 'undici';
import {
  createReportalClient as createClient,
  type ReportalClient,
  type ReportalClientOptions,
} from '../client/reportal-client.js';

/** Options of `createReportalClient` from `@reportal/client/node`. */
export interface NodeReportalClientOptions extends ReportalClientOptions {
  /**
   * An HTTP(S) proxy for every request, e.g. a corporate proxy or a local Tor HTTP proxy
   * (`http://127.0.0.1:8118`); the portal is reached through it with `CONNECT`.
   */
  proxy?: string | URL | undefined;
  /** Connections to the portal at most (kept alive between requests). Default 16. */
  connections?: number | undefined;
}

/** A client with the undici agent it owns: `close()` it when done to free its connections. */
export interface NodeReportalClient extends ReportalClient {
  /** Closes the client's connections (requests in flight finish first). */
  close(): Promise<void>;
}

/**
 * Creates a client for Node: requests go through undici with a keep-alive agent (or a proxy
 * agent with `proxy`), and local validation messages come from the shipped catalog of `locale`
 * (with its fallbacks) unless `catalog` is given.
 *
 * @example
 * ```ts
 * import { createReportalClient, submitReport } from '@reportal/client/node';
 * const client = createReportalClient({
 *   baseUrl: 'https://report.example.org', portal: 'bz', locale: 'en', apiKey: process.env.REPORTAL_API_KEY,
 * });
 * const result = await submitReport(client, { urls: ['https://example.com/a'], goodFaith: true });
 * await client.close();
 * ```
 */
export function createReportalClient(options: NodeReportalClientOptions): NodeReportalClient {
  const { proxy, connections = 16, ...rest } = options;
  const dispatcher: Dispatcher = proxy
    ? new ProxyAgent({ uri: String(proxy), connections })
    : new Agent({ connections, keepAliveTimeout: 10_000 });
  const viaUndici = ((input: string, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof fetch;
  const catalog: LocaleCatalog | readonly LocaleCatalog[] =
    options.catalog ?? resolveCatalogs(options.locale, Object.values(catalogs));
  const client = createClient({ ...rest, catalog, fetch: options.fetch ?? viaUndici });
  return Object.assign(client, { close: () => dispatcher.close() });
}
