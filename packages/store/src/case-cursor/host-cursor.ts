import type { HostSummary } from '../report-store/report-store.js';

/**
 * Where a page of hosts ends: the open-case count and host of its last host.
 *
 * @example
 * ```ts
 * const cursor: HostCursor | undefined = decodeHostCursor(query.cursor);
 * // { openCases: 12, host: 'example.com' }
 * ```
 */
export interface HostCursor {
  openCases: number;
  host: string;
}

/**
 * The cursor after `last` in `listHosts` (most open cases first, then by host). Every store
 * uses this format, so the server can check a cursor before any store is asked.
 *
 * @example
 * ```ts
 * const nextCursor = hasMore && last ? encodeHostCursor(last) : null;
 * ```
 */
export function encodeHostCursor(last: Pick<HostSummary, 'openCases' | 'host'>): string {
  return btoa(JSON.stringify(['h', last.openCases, last.host]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Reads a cursor made by `encodeHostCursor`; `undefined` when it is not one.
 *
 * @example
 * ```ts
 * const cursor = query.cursor ? decodeHostCursor(query.cursor) : undefined;
 * ```
 */
export function decodeHostCursor(cursor: string): HostCursor | undefined {
  try {
    const [tag, openCases, host, ...rest] = JSON.parse(
      atob(cursor.replace(/-/g, '+').replace(/_/g, '/')),
    ) as unknown[];
    if (tag !== 'h' || typeof host !== 'string' || rest.length > 0) return undefined;
    if (typeof openCases !== 'number' || !Number.isSafeInteger(openCases) || openCases < 0) {
      return undefined;
    }
    // Host keys are ASCII (punycode): anything else cannot come from a store.
    if (!/^[\x21-\x7e]{1,255}$/.test(host)) return undefined;
    return { openCases, host };
  } catch {
    return undefined;
  }
}
