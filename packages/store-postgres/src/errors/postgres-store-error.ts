import { StoreError, type StoreErrorCode } from '@reportal/store';

const marker = Symbol.for('@reportal/store-postgres.error');

/** Stable codes of the errors that `@reportal/store-postgres` throws: those of `StoreError`. */
export type PostgresStoreErrorCode = StoreErrorCode;

/**
 * The one error class of `@reportal/store-postgres`, a `StoreError` (so a server answers it
 * by its `code`: `unavailable` 503, a bug 500). The database's own error, when there is one, is
 * the `cause`.
 *
 * @example
 * ```ts
 * try {
 *   await store.listCases({ limit: 500 });
 * } catch (error) {
 *   if (PostgresStoreError.isInstance(error) && error.code === 'invalid_argument') {
 *     // fix the call
 *   }
 * }
 * ```
 */
export class PostgresStoreError extends StoreError {
  readonly [marker] = true;
  override readonly name: string = 'PostgresStoreError';
  declare readonly code: PostgresStoreErrorCode;

  /** True for a `PostgresStoreError` from any copy of this package (works across bundles). */
  static override isInstance(value: unknown): value is PostgresStoreError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }
}
