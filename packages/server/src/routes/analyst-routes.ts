import {
  buildTakedownNotice,
  buildXarfReport,
  type Case,
  type Classification,
  classifications,
  hostKey,
  type Portal,
  renderTakedownNotice,
  type TakedownState,
  type Translator,
  takedownEventTypes,
  takedownStates,
} from '@reportal/core';
import {
  type AnalystCases,
  type AuthorizeOutcome,
  isCaseId,
  type TriageFilters,
} from '../analyst/analyst-cases.js';
import { localizedProblem, type ProblemFieldError } from '../http/problem.js';
import { bodyProblemStatus, readJsonBody } from '../http/read-json-body.js';
import { jsonReply, type Reply, textReply } from '../http/reply.js';
import type { RouteContext } from '../http/router.js';
import {
  fingerprintBody,
  hashIdempotencyKey,
  idempotencyKeyPattern,
} from '../intake/idempotency.js';
import type { PortalLocalization } from '../localization/portal-localization.js';
import { decodeCaseCursor, decodeHostCursor, type TokenRecord } from '../store/report-store.js';
import { type ApiHandlers, apiRolesOf } from './api-route-table.js';

interface AnalystRoutesOptions {
  portal: Portal;
  localization: PortalLocalization;
  now: () => Date;
  translatorOf: (request: { url: string }) => Translator;
  analyst: AnalystCases;
  authenticationProblem: (
    request: { url: string },
    outcome: Extract<AuthorizeOutcome, { ok: false }>,
  ) => Reply;
}

/** The operations of the analyst API (its routes are in the route table). */
type AnalystOperationId =
  | 'listCases'
  | 'getCase'
  | 'postCaseEvent'
  | 'postBulkCaseEvents'
  | 'listHosts'
  | 'getMetrics'
  | 'getTransparencyReport'
  | 'getTakedownNotice'
  | 'getXarfReport';

/**
 * The handlers of the analyst API: cases, events, metrics, notices and X-ARF, behind bearer
 * tokens of the roles the route table gives each operation.
 */
export function analystHandlers(
  options: AnalystRoutesOptions,
): Pick<ApiHandlers, AnalystOperationId> {
  const { portal, now, translatorOf, authenticationProblem, analyst } = options;

  /** The token of a role the operation allows, or the 401/403/429 answer. */
  const authorize = async (
    context: RouteContext,
    operationId: AnalystOperationId,
  ): Promise<{ ok: true; token: TokenRecord; t: Translator } | { ok: false; response: Reply }> => {
    const request = context.incoming;
    const outcome = await analyst.authorize(context, apiRolesOf(operationId));
    if (!outcome.ok) return { ok: false, response: authenticationProblem(request, outcome) };
    return { ok: true, token: outcome.token, t: translatorOf(request) };
  };

  const invalidQuery = (t: Translator, errors: ProblemFieldError[]) =>
    localizedProblem(t, 'validation_failed', 400, { as: 'invalid_query', extra: { errors } });
  const notFound = (t: Translator) => localizedProblem(t, 'not_found', 404);
  const invalidId = (t: Translator) => localizedProblem(t, 'invalid_id', 400);

  const withCase = async (
    context: RouteContext,
    operationId: AnalystOperationId,
    answer: (found: Case, t: Translator) => Reply | Promise<Reply>,
  ): Promise<Reply> => {
    const auth = await authorize(context, operationId);
    if (!auth.ok) return auth.response;
    const found = await analyst.getCase(context.params.id!);
    if (found === 'invalid_id') return invalidId(auth.t);
    if (!found) return notFound(auth.t);
    const { overdue: _, ...item } = found.case;
    return answer(item, auth.t);
  };

  return {
    listCases: async (context) => {
      const { url } = context;
      const auth = await authorize(context, 'listCases');
      if (!auth.ok) return auth.response;
      const { t } = auth;
      const errors: ProblemFieldError[] = [];
      const states = url.searchParams
        .getAll('state')
        .flatMap((value) => value.split(','))
        .filter((value) => value !== '');
      for (const state of states) {
        if (!(takedownStates as readonly string[]).includes(state)) {
          errors.push({
            path: 'state',
            code: 'invalid_value',
            message: t('error.invalid_value'),
          });
        }
      }
      const limitText = url.searchParams.get('limit');
      const limit = limitText === null ? 25 : Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        errors.push({ path: 'limit', code: 'invalid_value', message: t('error.invalid_value') });
      }
      const cursor = url.searchParams.get('cursor');
      if (cursor !== null && !decodeCaseCursor(cursor)) {
        errors.push({ path: 'cursor', code: 'invalid_value', message: t('error.invalid_value') });
      }
      // Another portal's cases (in a store shared by portals) only for a token scoped to it.
      const listed = url.searchParams.get('portal') ?? portal.id;
      if (!analyst.mayRead(auth.token, listed)) return localizedProblem(t, 'forbidden', 403);
      const overdue = url.searchParams.get('overdue');
      if (overdue !== null && overdue !== 'true' && overdue !== 'false') {
        errors.push({
          path: 'overdue',
          code: 'invalid_value',
          message: t('error.invalid_value'),
        });
      }
      const triage = readTriageFilters(url.searchParams, t, errors);
      if (errors.length > 0) return invalidQuery(t, errors);
      const page = await analyst.listCases({
        portal: listed,
        limit,
        states: states as TakedownState[],
        ...(cursor !== null && { cursor }),
        overdue: overdue === 'true',
        ...triage,
      });
      return jsonReply({ items: page.items, nextCursor: page.nextCursor });
    },
    listHosts: async (context) => {
      const { url } = context;
      const auth = await authorize(context, 'listHosts');
      if (!auth.ok) return auth.response;
      const { t } = auth;
      const errors: ProblemFieldError[] = [];
      const limitText = url.searchParams.get('limit');
      const limit = limitText === null ? 25 : Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        errors.push({ path: 'limit', code: 'invalid_value', message: t('error.invalid_value') });
      }
      const cursor = url.searchParams.get('cursor');
      if (cursor !== null && !decodeHostCursor(cursor)) {
        errors.push({ path: 'cursor', code: 'invalid_value', message: t('error.invalid_value') });
      }
      if (errors.length > 0) return invalidQuery(t, errors);
      const page = await analyst.listHosts({ limit, ...(cursor !== null && { cursor }) });
      return jsonReply({ items: page.items, nextCursor: page.nextCursor });
    },
    postBulkCaseEvents: async (context) => {
      const { incoming: request } = context;
      const auth = await authorize(context, 'postBulkCaseEvents');
      if (!auth.ok) return auth.response;
      const { t, token } = auth;
      const idempotencyKey = request.headers.get('Idempotency-Key');
      if (idempotencyKey !== null && !idempotencyKeyPattern.test(idempotencyKey)) {
        return localizedProblem(t, 'invalid_idempotency_key', 400);
      }
      const body = await readJsonBody(request);
      if (!body.ok) {
        return localizedProblem(t, body.problem, bodyProblemStatus[body.problem]);
      }
      const parsed = parseBulkBody(body.value, t);
      if (!parsed.ok) {
        return localizedProblem(t, 'validation_failed', 422, { extra: { errors: parsed.errors } });
      }
      const outcome = await analyst.applyBulkEvent(token, {
        caseIds: parsed.caseIds,
        event: parsed.event,
        ...(idempotencyKey !== null && {
          idempotency: {
            keyHash: await hashIdempotencyKey(idempotencyKey, `token:${token.id}`),
            fingerprint: await fingerprintBody(body.bytes),
          },
        }),
      });
      if (outcome.kind === 'idempotency_conflict') {
        return localizedProblem(t, 'idempotency_conflict', 422);
      }
      const results = outcome.results.map((result) =>
        result.ok
          ? {
              caseId: result.caseId,
              outcome: 'applied' as const,
              state: result.state,
              version: result.version,
              replayed: result.replayed,
            }
          : { caseId: result.caseId, outcome: 'refused' as const, refusal: result.refusal },
      );
      const applied = results.filter((result) => result.outcome === 'applied').length;
      return jsonReply({ applied, refused: results.length - applied, results });
    },
    getCase: async (context) => {
      const { params } = context;
      const auth = await authorize(context, 'getCase');
      if (!auth.ok) return auth.response;
      const found = await analyst.getCase(params.id!);
      if (found === 'invalid_id') return invalidId(auth.t);
      if (!found) return notFound(auth.t);
      return jsonReply({ ...found.case, reports: found.reports });
    },
    postCaseEvent: async (context) => {
      const { incoming: request, params } = context;
      const auth = await authorize(context, 'postCaseEvent');
      if (!auth.ok) return auth.response;
      const { t, token } = auth;
      if (!isCaseId(params.id!)) return invalidId(t);
      const body = await readJsonBody(request);
      if (!body.ok) {
        return localizedProblem(t, body.problem, bodyProblemStatus[body.problem]);
      }
      const event = parseEventBody(body.value, t);
      if (!event.ok) {
        return localizedProblem(t, 'validation_failed', 422, { extra: { errors: event.errors } });
      }
      const result = await analyst.applyEvent(token, params.id!, event);
      if (result.ok) return jsonReply(result.case);
      const { refusal } = result;
      switch (refusal.code) {
        case 'not_found':
          return notFound(t);
        case 'invalid_id':
          return invalidId(t);
        case 'forbidden_for_role':
          return localizedProblem(t, 'forbidden', 403, { extra: { refusal } });
        case 'stale_version':
          return localizedProblem(t, 'conflict', 409, { extra: { refusal } });
        case 'not_allowed_from_state':
          return localizedProblem(t, 'event_not_allowed', 422, { extra: { refusal } });
        case 'invalid_payload':
          return localizedProblem(t, 'validation_failed', 422, {
            extra: {
              errors: refusal.issues.map((issue) => ({
                path: ['payload', ...issue.path].join('/'),
                code: issue.code,
                message: t(`error.${issue.code}`),
              })),
            },
          });
        default:
          return notFound(t);
      }
    },
    getMetrics: async (context) => {
      const { url } = context;
      const auth = await authorize(context, 'getMetrics');
      if (!auth.ok) return auth.response;
      const { t } = auth;
      const time = now();
      const errors: ProblemFieldError[] = [];
      const bound = (name: 'from' | 'to', fallback: Date) => {
        const text = url.searchParams.get(name);
        if (text === null) return fallback;
        const value = new Date(text);
        if (Number.isNaN(value.getTime())) {
          errors.push({ path: name, code: 'invalid_value', message: t('error.invalid_value') });
        }
        return value;
      };
      const from = bound('from', new Date(0));
      const to = bound('to', time);
      if (errors.length > 0) return invalidQuery(t, errors);
      return jsonReply({
        portal: portal.id,
        from: from.toISOString(),
        to: to.toISOString(),
        ...(await analyst.metrics({ from, to })),
      });
    },
    getTransparencyReport: async (context) => {
      const auth = await authorize(context, 'getTransparencyReport');
      if (!auth.ok) return auth.response;
      const { t } = auth;
      const text = context.url.searchParams.get('year') ?? '';
      const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      if (!(year >= 2000)) {
        return invalidQuery(t, [
          { path: 'year', code: 'invalid_value', message: t('error.invalid_value') },
        ]);
      }
      return jsonReply(await analyst.transparencyReport(year));
    },
    getTakedownNotice: (context) =>
      withCase(context, 'getTakedownNotice', (found, t) => {
        const built = buildTakedownNotice(found, {
          hotline: portal.hotline,
          deadlineHours: portal.takedownDeadlineHours,
        });
        if (!built.ok) {
          return localizedProblem(t, 'event_not_allowed', 422, {
            extra: { refusal: built.refusal },
          });
        }
        const accept = context.incoming.headers.get('Accept') ?? '';
        if (/\btext\/plain\b/.test(accept)) {
          const text = renderTakedownNotice(built.notice, { translate: t, locale: t.locale });
          return textReply(`${text.subject}\n\n${text.body}`, {
            headers: {
              'Content-Type': 'text/plain; charset=utf-8',
              'Content-Language': t.locale,
            },
          });
        }
        return jsonReply(built.notice);
      }),
    getXarfReport: (context) =>
      withCase(context, 'getXarfReport', (found, t) => {
        const website = new URL(portal.hotline.website);
        const built = buildXarfReport(found, {
          reporter: {
            org: portal.hotline.name,
            contact: portal.hotline.email ?? `reports@${website.hostname}`,
            domain: website.hostname,
          },
        });
        if (!built.ok) {
          return localizedProblem(t, 'event_not_allowed', 422, {
            extra: { refusal: built.refusal },
          });
        }
        return jsonReply(built.report);
      }),
  };
}

type EventBody =
  | {
      ok: true;
      type: (typeof takedownEventTypes)[number];
      expectedVersion: number;
      payload?: unknown;
    }
  | { ok: false; errors: ProblemFieldError[] };

/** Reads `{ type, expectedVersion, payload? }`; the payload itself is checked by the machine. */
function parseEventBody(value: unknown, t: Translator): EventBody {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ path: '', code: 'invalid_type', message: t('error.invalid_type') }],
    };
  }
  const errors: ProblemFieldError[] = [];
  const body = value as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (key !== 'type' && key !== 'expectedVersion' && key !== 'payload') {
      errors.push({ path: key, code: 'unknown_field', message: t('error.unknown_field') });
    }
  }
  const type = body.type;
  // Events the intake sends (link_report) are not for people.
  const allowed = takedownEventTypes.filter((candidate) => candidate !== 'link_report');
  if (typeof type !== 'string' || !(allowed as string[]).includes(type)) {
    errors.push({
      path: 'type',
      code: type === undefined ? 'required' : 'invalid_value',
      message: type === undefined ? t('error.required') : t('error.invalid_value'),
    });
  }
  const expectedVersion = body.expectedVersion;
  if (
    typeof expectedVersion !== 'number' ||
    !Number.isSafeInteger(expectedVersion) ||
    expectedVersion < 1
  ) {
    errors.push({
      path: 'expectedVersion',
      code: expectedVersion === undefined ? 'required' : 'invalid_value',
      message: expectedVersion === undefined ? t('error.required') : t('error.invalid_value'),
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    type: type as (typeof takedownEventTypes)[number],
    expectedVersion: expectedVersion as number,
    ...(Object.hasOwn(body, 'payload') && { payload: body.payload }),
  };
}

/** The triage filters of `GET /v1/cases` (and the console's queue); problems go to `errors`. */
export function readTriageFilters(
  query: URLSearchParams,
  t: Translator,
  errors: ProblemFieldError[],
): TriageFilters {
  const invalid = (path: string) =>
    errors.push({ path, code: 'invalid_value', message: t('error.invalid_value') });
  const value = (name: string) => {
    const text = query.get(name)?.trim();
    return text === undefined || text === '' ? undefined : text;
  };
  const filters: TriageFilters = {};
  const host = value('host');
  if (host !== undefined) {
    const key = host.length <= 2048 ? hostKey(host) : undefined;
    if (key === undefined) invalid('host');
    else filters.host = key;
  }
  const country = value('hostingCountry');
  if (country !== undefined) {
    if (/^[A-Za-z]{2}$/.test(country)) filters.hostingCountry = country.toUpperCase();
    else invalid('hostingCountry');
  }
  const classification = value('classification');
  if (classification !== undefined) {
    if ((classifications as readonly string[]).includes(classification)) {
      filters.classification = classification as Classification;
    } else invalid('classification');
  }
  const source = value('source');
  if (source !== undefined) {
    if (/^(public|partner:[\x21-\x7e]{1,128})$/.test(source)) filters.source = source;
    else invalid('source');
  }
  const before = value('createdBefore');
  if (before !== undefined) {
    const time = new Date(before);
    if (Number.isNaN(time.getTime())) invalid('createdBefore');
    else filters.createdBefore = time;
  }
  const sort = value('sort');
  if (sort !== undefined) {
    if (sort === 'newest' || sort === 'oldest') filters.sort = sort;
    else invalid('sort');
  }
  return filters;
}

type BulkBody =
  | {
      ok: true;
      caseIds: string[];
      event: { type: (typeof takedownEventTypes)[number]; payload?: unknown };
    }
  | { ok: false; errors: ProblemFieldError[] };

/** Reads `{ caseIds, event: { type, payload? } }`; each payload is checked by the machine. */
function parseBulkBody(value: unknown, t: Translator): BulkBody {
  const errors: ProblemFieldError[] = [];
  const problem = (
    path: string,
    code: 'invalid_type' | 'unknown_field' | 'required' | 'invalid_value',
  ) => errors.push({ path, code, message: t(`error.${code}`) });
  const isObject = (candidate: unknown): candidate is Record<string, unknown> =>
    typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate);
  if (!isObject(value)) {
    problem('', 'invalid_type');
    return { ok: false, errors };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'caseIds' && key !== 'event') problem(key, 'unknown_field');
  }
  const { caseIds, event } = value;
  if (caseIds === undefined) problem('caseIds', 'required');
  else if (!Array.isArray(caseIds) || caseIds.length < 1 || caseIds.length > 500) {
    problem('caseIds', 'invalid_value');
  } else {
    const seen = new Set<string>();
    caseIds.forEach((id: unknown, index) => {
      if (typeof id !== 'string' || !isCaseId(id) || seen.has(id.toLowerCase())) {
        problem(`caseIds/${index}`, 'invalid_value');
      } else seen.add(id.toLowerCase());
    });
  }
  // Merging is one case into another, never a bulk action; link_report is the intake's.
  const allowed = takedownEventTypes.filter((type) => type !== 'link_report' && type !== 'merge');
  if (event === undefined) problem('event', 'required');
  else if (!isObject(event)) problem('event', 'invalid_type');
  else {
    for (const key of Object.keys(event)) {
      if (key !== 'type' && key !== 'payload') problem(`event/${key}`, 'unknown_field');
    }
    if (event.type === undefined) problem('event/type', 'required');
    else if (typeof event.type !== 'string' || !(allowed as string[]).includes(event.type)) {
      problem('event/type', 'invalid_value');
    }
  }
  if (errors.length > 0 || !isObject(event)) return { ok: false, errors };
  return {
    ok: true,
    caseIds: caseIds as string[],
    event: {
      type: event.type as (typeof takedownEventTypes)[number],
      ...(Object.hasOwn(event, 'payload') && { payload: event.payload }),
    },
  };
}
