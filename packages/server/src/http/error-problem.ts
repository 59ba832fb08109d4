import type { Translator } from '@reportal/core';
import { isTransientStoreError, StoreError } from '@reportal/store';
import type { Logger } from '../logging/logger.js';
import { localizedProblem } from './problem.js';
import type { Reply } from './reply.js';

/** Seconds a client waits before it retries when the store cannot be reached. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/** What a thrown error is answered with, whatever the answer's format (problem or HTML page). */
export interface Failure {
  status: 500 | 503;
  type: 'internal' | 'unavailable';
  /** `Retry-After` of a 503. */
  headers: Record<string, string>;
}

/**
 * The one place where an error thrown while a request is handled is judged and logged: a store
 * that cannot be reached now (a `StoreError` of code `unavailable`, `store_closed` or
 * `store_locked`) is 503 `unavailable` with `Retry-After`; anything else is a bug, 500
 * `internal`. The log names what failed, never the request (no address, no body).
 */
export function failureOf(error: unknown, logger: Logger, what = 'request'): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (StoreError.isInstance(error) && isTransientStoreError(error)) {
    logger.warn(`${what} failed: store unavailable`, { code: error.code, error: message });
    return {
      status: 503,
      type: 'unavailable',
      headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    };
  }
  logger.error(`${what} failed`, {
    error: message,
    ...(StoreError.isInstance(error) && { code: error.code }),
  });
  return { status: 500, type: 'internal', headers: {} };
}

/** `failureOf` as a localized problem (the API's answer). */
export function problemOfError(error: unknown, t: Translator, logger: Logger): Reply {
  const failure = failureOf(error, logger);
  return localizedProblem(t, failure.type, failure.status, { headers: failure.headers });
}
