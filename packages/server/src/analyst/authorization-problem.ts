import type { Translator } from '@reportal/core';
import { localizedProblem } from '../http/problem.js';
import type { Reply } from '../http/reply.js';
import type { AuthorizeOutcome } from './analyst-cases.js';

/**
 * The answer to a request `authorize` turned away, the same from the API and the console: 429
 * with `Retry-After`, 403, or 401 with `WWW-Authenticate`.
 */
export function authorizationProblem(
  t: Translator,
  outcome: Extract<AuthorizeOutcome, { ok: false }>,
): Reply {
  if (outcome.reason === 'rate_limited') {
    return localizedProblem(t, 'rate_limited', 429, {
      headers: { 'Retry-After': String(outcome.retryAfterSeconds ?? 60) },
    });
  }
  if (outcome.reason === 'forbidden') return localizedProblem(t, 'forbidden', 403);
  return localizedProblem(t, 'unauthorized', 401, { headers: { 'WWW-Authenticate': 'Bearer' } });
}
