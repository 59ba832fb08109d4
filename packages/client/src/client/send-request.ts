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

type Attempt =
  | { kind: 'answer'; response: Response; body: unknown }
  | { kind: 'failure'; code: 'network' | 'timeout' | 'aborted'; cause: unknown };

// Answers that mean "not now": retried, like a request that got no answer.
const retryableStatuses = [429, 502, 503, 504];

/**
 * Sends one API call with the client's timeout and retry policy: a request that got no answer
 * (or timed out), a 429 or a 502-504 is sent again, the same bytes with the same
 * `Idempotency-Key`, after an exponential wait with jitter that honours `Retry-After`, while the
 * policy's attempts and time budget last.
 */
export async function sendRequest(client: ReportalClient, request: ApiRequest): Promise<ApiResult> {
  const settings = client[internals];
  const policy = settings.retry;
  const deadline = Date.now() + policy.budgetMs;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
  const authorization = settings.authorization();
  if (authorization) headers.Authorization = authorization;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(
      settings.fetch,
      `${settings.baseUrl}${request.path}`,
      {
        method: request.method,
        headers,
        ...(request.body !== undefined && { body: request.body }),
        // Privacy: no cookie or HTTP credential, no referrer, nothing cached on the way.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'error',
      },
      Math.min(settings.timeoutMs, deadline - Date.now()),
      request.signal,
    );
    const status = outcome.kind === 'answer' ? outcome.response.status : undefined;
    const retryAfterSeconds =
      outcome.kind === 'answer'
        ? parseRetryAfter(outcome.response.headers.get('Retry-After'))
        : undefined;
    if (outcome.kind === 'answer' && !retryableStatuses.includes(status!)) {
      if (outcome.response.ok) {
        return {
          ok: true,
          body: outcome.body,
          headers: outcome.response.headers,
          attempts: attempt,
        };
      }
      return { ok: false, error: answerError(outcome.response.status, outcome.body, attempt) };
    }
    const delay = retryDelay(policy, attempt, retryAfterSeconds);
    if (
      (outcome.kind === 'failure' && outcome.code === 'aborted') ||
      attempt >= policy.maxAttempts ||
      Date.now() + delay >= deadline ||
      !(await sleep(delay, request.signal))
    ) {
      if (outcome.kind === 'failure') {
        const aborted = outcome.code === 'aborted' || request.signal?.aborted;
        const code = aborted ? 'aborted' : outcome.code;
        return { ok: false, error: failureError(code, outcome.cause, attempt) };
      }
      return { ok: false, error: answerError(status!, outcome.body, attempt, retryAfterSeconds) };
    }
  }
}

async function attemptOnce(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Attempt> {
  if (signal?.aborted) return { kind: 'failure', code: 'aborted', cause: signal.reason };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward);
  try {
    // The timeout covers the whole answer, its body included.
    const response = await fetcher(url, { ...init, signal: controller.signal });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { kind: 'answer', response, body };
  } catch (cause) {
    return {
      kind: 'failure',
      code: timedOut ? 'timeout' : signal?.aborted ? 'aborted' : 'network',
      cause,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/** Waits `milliseconds`; false when `signal` aborted first. */
function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const done = (value: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), milliseconds);
    signal?.addEventListener('abort', onAbort);
  });
}

const failureMessages = {
  network: 'The portal could not be reached.',
  timeout: 'The portal did not answer in time.',
  aborted: 'The request was aborted.',
};

function failureError(
  code: 'network' | 'timeout' | 'aborted',
  cause: unknown,
  attempts: number,
): ReportalClientError {
  return new ReportalClientError(code, failureMessages[code], { attempts, cause });
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
