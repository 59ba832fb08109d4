import type { Case } from '@reportal/core';

/**
 * Where a page of cases ends: the creation time and id of its last case.
 *
 * @example
 * ```ts
 * const cursor: CaseCursor | undefined = decodeCaseCursor(query.cursor);
 * // { createdAt: '2025-03-10T09:00:00.000Z', id: '0195...' }
 * ```
 */
export interface CaseCursor {
  createdAt: string;
  id: string;
}

/**
 * The cursor after `last`. Every store uses this one format, so the server can check a cursor
 * before any store is asked.
 *
 * @example
 * ```ts
 * const nextCursor = hasMore && last ? encodeCaseCursor(last) : null;
 * ```
 */
export function encodeCaseCursor(last: Pick<Case, 'createdAt' | 'id'>): string {
  return btoa(JSON.stringify([last.createdAt, last.id]))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Reads a cursor made by `encodeCaseCursor`; `undefined` when it is not one.
 *
 * @example
 * ```ts
 * const cursor = query.cursor ? decodeCaseCursor(query.cursor) : undefined;
 * if (query.cursor && !cursor) return badRequest('invalid_cursor');
 * ```
 */
export function decodeCaseCursor(cursor: string): CaseCursor | undefined {
  try {
    const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const [createdAt, id, ...rest] = JSON.parse(atob(base64)) as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || rest.length > 0)
      return undefined;
    if (Number.isNaN(Date.parse(createdAt))) return undefined;
    return { createdAt, id };
  } catch {
    return undefined;
  }
}
