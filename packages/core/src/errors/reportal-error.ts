const marker = Symbol.for('@reportal/core.error');

/** Stable codes of the errors that `@reportal/core` throws. */
export type ReportalErrorCode =
  | 'invalid_argument'
  | 'invalid_receipt'
  | 'invalid_url'
  | 'crypto_unavailable'
  | 'invalid_configuration';

/**
 * The one error class of `@reportal/core`. Expected input failures are values (see
 * `parseSubmission`); this is thrown only for programming errors and broken environments.
 *
 * @example
 * ```ts
 * try {
 *   await hashReceipt('not a receipt');
 * } catch (error) {
 *   if (ReportalError.isInstance(error) && error.code === 'invalid_receipt') {
 *     // ask the reporter to check the receipt
 *   }
 * }
 * ```
 */
export class ReportalError extends Error {
  readonly [marker] = true;
  override readonly name = 'ReportalError';
  readonly code: ReportalErrorCode;

  constructor(code: ReportalErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True for a `ReportalError` from any copy of this package (works across bundles and realms). */
  static isInstance(value: unknown): value is ReportalError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }
}
