import type { Problem } from '../api/api-types.js';
import {
  ReportalClientError,
  type ReportalClientErrorCode,
} from '../errors/reportal-client-error.js';
import { parseRetryAfter, retryDelay } from '../retry/retry-policy.js';
import { internals, type ReportalClient } from './reportal-client.js';

/** One API call, as the functions of this package make it. */
export interface ApiRequest {
  method: 'GET' | 'POST';
  /** Path and query under the base URL, e.g. `/v1/reports`. */
  path: string;
  /** The JSON body, serialized once so that every retry sends the same bytes. */
  body?: string;
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
}

/** The outcome of an API call: the 2xx answer's JSON, or the error. */
export type ApiResult =
  | { ok: true; body: unknown; headers: Headers; attempts: number }
  | { ok: false; error: ReportalClientError };

// Answers that mean "not now": retried, like a request that got no answer.
const retryableStatuses = [429, 502, 503, 504];

const failureMessages = {
  network: 'The portal could not be reached.',
  timeout: 'The portal did not answer in time.',
  aborted: 'The request was aborted.',
};

/**
 * Sends one API call with the client's timeout and retry policy: a request that got no answer
 * (or timed out), a 429 or a 502-504 is sent again, the same bytes with the same
 * `Idempotency-Key`, after an exponential wait with jitter that honours `Retry-After`, while the
 * policy's attempts and time budget last.
 */
export async function sendRequest(client: ReportalClient, request: ApiRequest): Promise<ApiResult> {
  const { fetch: fetcher, baseUrl, timeoutMs, retry: policy, authorization } = client[internals];
  const { signal, body } = request;
  const deadline = Date.now() + policy.budgetMs;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
  const bearer = authorization();
  if (bearer) headers.Authorization = bearer;
  const init: RequestInit = {
    method: request.method,
    headers,
    ...(body !== undefined && { body }),
    // Privacy: no cookie or HTTP credential, no referrer, nothing cached, no redirect followed.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect: 'error',
  };
  const failure = (code: keyof typeof failureMessages, attempts: number, cause?: unknown) =>
    new ReportalClientError(code, failureMessages[code], { attempts, cause });
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    let timedOut = false;
    // The timeout covers the whole answer, its body included.
    const timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort();
      },
      Math.min(timeoutMs, deadline - Date.now()),
    );
    const forward = () => controller.abort();
    signal?.addEventListener('abort', forward);
    let error: ReportalClientError;
    let retryAfterSeconds: number | undefined;
    try {
      if (signal?.aborted) throw signal.reason;
      const response = await fetcher(`${baseUrl}${request.path}`, {
        ...init,
        signal: controller.signal,
      });
      const text = await response.text();
      let answer: unknown;
      try {
        answer = text ? JSON.parse(text) : undefined;
      } catch {}
      if (response.ok && answer !== undefined) {
        return { ok: true, body: answer, headers: response.headers, attempts: attempt };
      }
      retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
      error = answerError(response.status, answer, attempt, retryAfterSeconds);
      if (!retryableStatuses.includes(response.status)) return { ok: false, error };
    } catch (cause) {
      const code = signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'network';
      error = failure(code, attempt, cause);
      if (code === 'aborted') return { ok: false, error };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
    const delay = retryDelay(policy, attempt, retryAfterSeconds);
    if (attempt >= policy.maxAttempts || Date.now() + delay >= deadline)
      return { ok: false, error };
    if (!(await sleep(delay, signal))) return { ok: false, error: failure('aborted', attempt) };
  }
}

/** Waits `milliseconds`; false when `signal` aborted first. */
function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), milliseconds);
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) done(false);
  });
}

function answerError(
  status: number,
  body: unknown,
  attempts: number,
  retryAfterSeconds?: number,
): ReportalClientError {
  const problem = isProblem(body) ? body : undefined;
  const type = problem?.type.slice(problem.type.lastIndexOf('/') + 1);
  const code: ReportalClientErrorCode =
    status === 429
      ? 'rate_limited'
      : status === 401 || status === 403
        ? 'unauthorized'
        : status === 404
          ? 'not_found'
          : type === 'idempotency_conflict'
            ? 'conflict'
            : status >= 400 && status < 500
              ? 'validation'
              : 'server';
  return new ReportalClientError(code, problem?.title ?? `The portal answered ${status}.`, {
    status,
    attempts,
    ...(problem && { problem }),
    ...(code === 'validation' && { issues: problem?.errors ?? [] }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
  });
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).type === 'string' &&
    typeof (body as Problem).title === 'string'
  );
}
