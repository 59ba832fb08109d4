import type { MessageKey, Translator } from '@reportal/core';
import { type Reply, textReply } from './reply.js';

/** One problem with one field of a request (RFC 9457 extension member `errors`). */
export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

/** An RFC 9457 problem detail as Reportal answers it. */
export interface ProblemDetails {
  /** The problem type: a short name here, answered as a URI under `problemTypeBase`. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/** The base of Reportal's problem type URIs; each type is documented under docs/. */
export const problemTypeBase = 'https://reportal.invalid/problems/';

/** Options of `problemReply`. */
export interface ProblemInit {
  headers?: Record<string, string>;
  /** `Content-Language`. */
  language?: string;
}

/** An `application/problem+json` reply. */
export function problemReply(problem: ProblemDetails, init: ProblemInit = {}): Reply {
  const body = { ...problem, type: `${problemTypeBase}${problem.type}` };
  const reply = textReply(JSON.stringify(body), {
    status: problem.status,
    ...(init.headers !== undefined && { headers: init.headers }),
  });
  reply.headers['content-type'] = 'application/problem+json; charset=utf-8';
  if (init.language) reply.headers['content-language'] = init.language;
  return reply;
}

/** Writes a field path as JSON Pointer-like text: `urls/2`, `contact/email`, `` for the body. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map(String).join('/');
}

/** Problem types whose title is the catalog message `problem.<type>`. */
export type LocalizedProblemType =
  Extract<MessageKey, `problem.${string}`> extends `problem.${infer Type}` ? Type : never;

/**
 * A problem whose title is the catalog's `problem.<type>` in the translator's locale, answered
 * with that locale as `Content-Language`.
 */
export function localizedProblem(
  t: Translator,
  type: LocalizedProblemType,
  status: number,
  init: {
    extra?: Omit<ProblemDetails, 'type' | 'title' | 'status'>;
    headers?: Record<string, string>;
    as?: string;
  } = {},
): Reply {
  return problemReply(
    { ...init.extra, type: init.as ?? type, title: t(`problem.${type}`), status },
    { language: t.locale, ...(init.headers !== undefined && { headers: init.headers }) },
  );
}
