const marker = Symbol.for('@reportal/store-postgres.error');

/** Stable codes of the errors that `@reportal/store-postgres` throws. */
export type PostgresStoreErrorCode =
  /** A programming error: an option or an argument the store cannot accept. */
  | 'invalid_argument'
  /** The store was closed; no new operation starts. */
  | 'store_closed'
  /** The database holds migrations that this version of the package does not know. */
  | 'schema_too_new'
  /** The database refused a write that breaks an invariant (a report id used twice, say). */
  | 'write_refused'
  /** Another live process has the embedded store's folder open; one process at a time may. */
  | 'store_locked';

/**
 * The one error class of `@reportal/store-postgres`. The database's own error, when there is one,
 * is the `cause`.
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
export class PostgresStoreError extends Error {
  readonly [marker] = true;
  override readonly name = 'PostgresStoreError';
  readonly code: PostgresStoreErrorCode;

  constructor(code: PostgresStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True for a `PostgresStoreError` from any copy of this package (works across bundles). */
  static isInstance(value: unknown): value is PostgresStoreError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }
}
