const marker = Symbol.for('@reportal/store.error');

/**
 * Stable codes of the errors a store throws. A server answers `unavailable`, `store_closed` and
 * `store_locked` with 503 and `Retry-After` (the request may succeed later); every other code is
 * a fault, answered 500.
 */
export type StoreErrorCode =
  /** A programming error: an option or an argument the store cannot accept. */
  | 'invalid_argument'
  /** The store was closed; no new operation starts. */
  | 'store_closed'
  /** The database cannot be reached now (connection refused or lost, shutting down, full). */
  | 'unavailable'
  /** The database holds migrations that this version of the store does not know. */
  | 'schema_too_new'
  /** The store refused a write that breaks an invariant (a report id used twice, say). */
  | 'write_refused'
  /** Another live process has the store's folder open; one process at a time may. */
  | 'store_locked';

/**
 * The one error class of `@reportal/store`; stores of other packages throw subclasses of it
 * (`PostgresStoreError`), so a server tells a store's failure from a bug by its `code` alone.
 *
 * @example
 * ```ts
 * try {
 *   await store.ping();
 * } catch (error) {
 *   if (StoreError.isInstance(error) && error.code === 'unavailable') {
 *     // the database is down: try again later
 *   }
 * }
 * ```
 */
export class StoreError extends Error {
  readonly [marker] = true;
  override readonly name: string = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True for a `StoreError` (or a subclass) from any copy of this package. */
  static isInstance(value: unknown): value is StoreError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }
}

/** True when a failure with this code may go away by itself: answer 503 and `Retry-After`. */
export function isTransientStoreError(error: StoreError): boolean {
  return (
    error.code === 'unavailable' || error.code === 'store_closed' || error.code === 'store_locked'
  );
}
