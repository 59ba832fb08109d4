import {
  type Case,
  isOverdue,
  type Portal,
  type RemovalWeek,
  type TakedownEventType,
  type TakedownMetrics,
  type TakedownRole,
  type TakedownState,
  type TransparencyReport,
} from '@reportal/core';
import type { RouteContext } from '../http/router.js';
import type {
  AppendEventResult,
  BulkEventOutcome,
  CaseQuery,
  CaseWithReports,
  HostSummary,
  Page,
  ReportStore,
  TokenRecord,
} from '../store/report-store.js';

/** The roles that may read cases and metrics. */
export const readerRoles: readonly TakedownRole[] = ['analyst', 'supervisor', 'auditor'];

/** The outcome of `authorize`: the token, or why there is none. */
export type AuthorizeOutcome =
  | { ok: true; token: TokenRecord }
  | {
      ok: false;
      /**
       * No valid token (401); a token of another portal or of a role that may not (403); too
       * many failed tries from this client (429).
       */
      reason: 'unauthorized' | 'forbidden' | 'rate_limited';
      retryAfterSeconds?: number;
    };

/** A case as analysts see it: with whether its notice is past the deadline. */
export type CaseView = Case & { overdue: boolean };

/** The names of the triage filters of the queue (`GET /v1/cases`, the console's queue). */
export const triageFilterNames = [
  'host',
  'hostingCountry',
  'classification',
  'source',
  'createdBefore',
  'sort',
] as const;

/** The triage filters, as the store takes them (`host` is a host key). */
export type TriageFilters = Pick<CaseQuery, (typeof triageFilterNames)[number]>;

/** Filters of `listCases`, already checked. */
export interface CaseListQuery extends TriageFilters {
  /** Another portal's cases (a store shared by portals), for a token scoped to it. */
  portal?: string;
  states?: readonly TakedownState[];
  overdue?: boolean;
  cursor?: string;
  limit: number;
}

/** One event for many cases, already checked: `POST /v1/cases/events`. */
export interface BulkEventRequest {
  caseIds: readonly string[];
  event: { type: TakedownEventType; payload?: unknown };
  /** A hash of the `Idempotency-Key` (scoped to the token) and the body's fingerprint. */
  idempotency?: { keyHash: string; fingerprint: string };
}

/** The outcome of `applyEvent`: the machine's answer, or why the case could not be used. */
export type ApplyEventOutcome =
  | { ok: true; case: CaseView }
  | Exclude<AppendEventResult, { ok: true }>
  | { ok: false; refusal: { code: 'invalid_id' } };

/**
 * The analyst application layer: every case operation the JSON API and the console share,
 * with one `authorize`. Handlers only read requests and write answers.
 */
export interface AnalystCases {
  /** The request's token, if it is valid, meant for this portal and of one of `roles`. */
  authorize(context: RouteContext, roles: readonly TakedownRole[]): Promise<AuthorizeOutcome>;
  /** Whether a token may read another portal's cases (it is scoped to that portal). */
  mayRead(token: TokenRecord, portal: string): boolean;
  /** A page of cases, newest first. */
  listCases(query: CaseListQuery): Promise<Page<CaseView>>;
  /** A page of the hosts of open cases, most open cases first. */
  listHosts(query: { portal?: string; cursor?: string; limit: number }): Promise<Page<HostSummary>>;
  /** Applies one event to many cases of this portal, each on its own, as the token's holder. */
  applyBulkEvent(token: TokenRecord, request: BulkEventRequest): Promise<BulkEventOutcome>;
  /** One case of this portal with its reports; `invalid_id` for an id that is not one. */
  getCase(
    id: string,
  ): Promise<{ case: CaseView; reports: CaseWithReports['reports'] } | 'invalid_id' | null>;
  /** Applies an event to a case of this portal, as the token's holder. */
  applyEvent(
    token: TokenRecord,
    id: string,
    event: { type: TakedownEventType; expectedVersion: number; payload?: unknown },
  ): Promise<ApplyEventOutcome>;
  /** The takedown metrics of the cases created in a range, from the store's aggregates. */
  metrics(range: { from: Date; to: Date }): Promise<TakedownMetrics>;
  /** The median removal time per week, for the last `weeks` weeks (default 12). */
  removalTimesPerWeek(weeks?: number): Promise<RemovalWeek[]>;
  /** The transparency report of a calendar year. */
  transparencyReport(year: number): Promise<TransparencyReport>;
}

/** Options of `createAnalystCases`. */
export interface AnalystCasesOptions {
  portal: Portal;
  store: ReportStore;
  now: () => Date;
  /** The request's valid token for this portal (rate-limited failed tries), or why not. */
  authenticate: (context: RouteContext) => Promise<AuthorizeOutcome>;
  /** Hours a bulk event's `Idempotency-Key` is kept (default 24). */
  idempotencyHours?: number;
}

/**
 * Whether a path's id can be a case id: a UUID, as the intake makes them (`createReportId`).
 * Checked before any store sees the id: PostgreSQL fails on U+0000 in text (a 500).
 */
export const isCaseId = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Creates the analyst application layer of one portal. */
export function createAnalystCases(options: AnalystCasesOptions): AnalystCases {
  const { portal, store, now } = options;
  const deadlineHours = portal.takedownDeadlineHours;
  const view = (found: Case, time: Date): CaseView => ({
    ...found,
    overdue: isOverdue(found, { now: time, deadlineHours }),
  });
  /** A case of this portal, or null. */
  const ownCase = async (id: string) => {
    const found = await store.getCase(id);
    return found && found.case.portal === portal.id ? found : null;
  };

  return {
    async authorize(context, roles) {
      const outcome = await options.authenticate(context);
      if (!outcome.ok) return outcome;
      return roles.includes(outcome.token.role) ? outcome : { ok: false, reason: 'forbidden' };
    },

    mayRead(token, other) {
      return other === portal.id || (token.portals?.includes(other) ?? false);
    },

    async listCases(query) {
      const time = now();
      const page = await store.listCases({
        portal: query.portal ?? portal.id,
        limit: query.limit,
        ...(query.states && query.states.length > 0 && { states: query.states }),
        ...(query.cursor !== undefined && { cursor: query.cursor }),
        ...(query.overdue && { overdue: { now: time, deadlineHours } }),
        ...Object.fromEntries(
          triageFilterNames.flatMap((name) =>
            query[name] === undefined ? [] : [[name, query[name]]],
          ),
        ),
      });
      return { items: page.items.map((item) => view(item, time)), nextCursor: page.nextCursor };
    },

    listHosts(query) {
      return store.listHosts({ ...query, portal: query.portal ?? portal.id });
    },
    applyBulkEvent(token, request) {
      const expires = new Date(now().getTime() + (options.idempotencyHours ?? 24) * 3_600_000);
      // The expiry is coarsened to the hour, as every time the store keeps.
      expires.setUTCMinutes(0, 0, 0);
      return store.applyBulkEvent({
        portal: portal.id,
        caseIds: request.caseIds,
        event: {
          type: request.event.type,
          actor: { id: token.id, role: token.role },
          at: now(),
          ...(request.event.payload !== undefined && { payload: request.event.payload }),
        },
        ...(request.idempotency && {
          idempotency: {
            scope: `token:${token.id}`,
            ...request.idempotency,
            expiresAt: new Date(expires.getTime() + 3_600_000).toISOString(),
          },
        }),
      });
    },
    async getCase(id) {
      if (!isCaseId(id)) return 'invalid_id';
      const found = await ownCase(id);
      return found ? { case: view(found.case, now()), reports: found.reports } : null;
    },

    async applyEvent(token, id, event) {
      if (!isCaseId(id)) return { ok: false, refusal: { code: 'invalid_id' } };
      if (!(await ownCase(id))) return { ok: false, refusal: { code: 'not_found' } };
      if (event.type === 'merge') {
        // The machine checks the payload's shape; whether the target is a case of this portal
        // is for the store to say.
        const into = (event.payload as { into?: unknown } | undefined)?.into;
        if (typeof into === 'string' && !(isCaseId(into) && (await ownCase(into)))) {
          return {
            ok: false,
            refusal: {
              code: 'invalid_payload',
              type: 'merge',
              issues: [{ path: ['into'], code: 'invalid_value' }],
            },
          };
        }
      }
      const result = await store.appendEvent(id, {
        type: event.type,
        expectedVersion: event.expectedVersion,
        actor: { id: token.id, role: token.role },
        at: now(),
        ...(event.payload !== undefined && { payload: event.payload }),
      });
      return result.ok ? { ok: true, case: view(result.case, now()) } : result;
    },

    metrics(range) {
      return store.takedownMetrics({ portal: portal.id, ...range, now: now(), deadlineHours });
    },

    removalTimesPerWeek(weeks) {
      return store.removalTimesPerWeek({
        portal: portal.id,
        now: now(),
        ...(weeks !== undefined && { weeks }),
      });
    },

    transparencyReport(year) {
      return store.transparencyReport({ portal: portal.id, year, now: now() });
    },
  };
}
