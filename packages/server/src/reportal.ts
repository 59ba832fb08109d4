import {
  derivePublicStatus,
  formatReceipt,
  getPortal,
  hashReceipt,
  type LocaleCatalog,
  type Portal,
  type PublicStatus,
  parseReceipt,
  ReportalError,
  type ReportSource,
  type Translator,
} from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import {
  type AnalystCases,
  type AuthorizeOutcome,
  createAnalystCases,
} from './analyst/analyst-cases.js';
import { authorizationProblem } from './analyst/authorization-problem.js';
import { authenticate } from './auth/access-tokens.js';
import { applyCors, preflightReply } from './http/cors.js';
import { problemOfError } from './http/error-problem.js';
import { discardBody, type Incoming, incomingOf, requestOf } from './http/incoming.js';
import { localizedProblem } from './http/problem.js';
import { bodyProblemStatus, readJsonBody } from './http/read-json-body.js';
import {
  isResponse,
  jsonReply,
  type Reply,
  replyOfResponse,
  textReply,
  toResponse,
} from './http/reply.js';
import { createRouter, type Route, type RouteContext } from './http/router.js';
import { secureReplyHeaders } from './http/security-headers.js';
import {
  fingerprintBody,
  hashIdempotencyKey,
  idempotencyKeyPattern,
  openSealedResponse,
  sealResponse,
} from './intake/idempotency.js';
import {
  type AcceptedReport,
  createIntakePipeline,
  type ReportIntake,
} from './intake/report-intake.js';
import {
  createPortalLocalization,
  type PortalLocalization,
} from './localization/portal-localization.js';
import { type Logger, silentLogger } from './logging/logger.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { publicPortalConfiguration } from './portal/public-configuration.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit/rate-limiter.js';
import { sendDueReminders } from './reminders/send-reminders.js';
import { schedulePurges } from './retention/schedule-purges.js';
import { analystHandlers } from './routes/analyst-routes.js';
import { type ApiHandlers, apiRoutesOf } from './routes/api-route-table.js';
import type { ReportStore, RetentionPolicy } from './store/report-store.js';

/** Options of `createReportal`. */
export interface ReportalOptions {
  /**
   * The portal this server serves (one portal per server; mount several handlers for more): its
   * id in the jurisdiction registry (`'bz'`), or a configuration of your own.
   */
  portal: Portal | string;
  /** The catalogs to use; default: every catalog shipped with `@reportal/core`. */
  catalogs?: readonly LocaleCatalog[];
  store: ReportStore;
  /** Origins of partner pages allowed to call the public API (CORS, never with credentials). */
  partnerOrigins?: readonly string[];
  /** Rate limits of the public routes; `false` turns them off (load tests on loopback only). */
  rateLimit?: RateLimitOptions | false;
  /** Hours a retried request with the same `Idempotency-Key` gets the first answer. Default 24. */
  idempotencyHours?: number;
  /** Where operational events go. Never receives a client identifier. */
  logger?: Logger;
  /** More routes (HTML pages), tried after the API's; a function receives the server's parts. */
  routes?: readonly Route[] | ((parts: ReportalParts) => readonly Route[]);
  /**
   * Purges what the portal's retention periods say must go (contact details, closed cases):
   * ten seconds after the server is created, then every `everyHours` (default 24), until
   * `close`. On by default, so every way of running a portal purges; `false` when something
   * else runs `store.purge` (another process of the same deployment already does it, or a job).
   */
  retention?: RetentionOptions | false;
  /**
   * Repeated notices on the portal's schedule (jurisdiction data `reminders`): ten seconds
   * after the server is created, then every `checkEveryMinutes` (default 15), until `close`.
   * On by default; several processes on one store record each reminder once. `false` when
   * another process or a job runs `sendDueReminders`.
   */
  reminders?: { checkEveryMinutes?: number; firstDelayMs?: number } | false;
  /** The clock, for tests. */
  now?: () => Date;
}

/** When a server purges, and what it tells of it. */
export interface RetentionOptions {
  /** Hours between purges (default 24). */
  everyHours?: number;
  /** Milliseconds from start to the first purge (default 10,000: reporters waiting come first). */
  firstDelayMs?: number;
}

/** The retention periods of a portal, as `ReportStore.purge` takes them. */
export function retentionPolicyOf(portal: Portal): RetentionPolicy {
  return {
    portal: portal.id,
    contactDetailsDays: portal.retention.contactDays,
    reportsDays: portal.retention.reportDays,
  };
}

const hour = 3_600_000;

/** The answer to an accepted report. */
export interface ReportAnswer {
  receipt: string;
  status: 'received';
}

/** The outcome of `storeReport`. */
export type StoreReportOutcome =
  | { kind: 'stored' | 'replayed'; answer: ReportAnswer }
  | { kind: 'idempotency_conflict' };

/** Why a receipt lookup found no status. */
export type StatusLookupFailure =
  | 'required'
  | 'receipt_length'
  | 'receipt_character'
  | 'receipt_check'
  | 'not_found';

/** The operations behind the API, shared by the HTML pages. */
export interface ReportalOperations {
  intake: ReportIntake;
  /** Stores an accepted report (idempotently when a key is given) and gives the answer. */
  storeReport(
    accepted: AcceptedReport,
    options: { source: ReportSource; idempotencyKey?: string },
  ): Promise<StoreReportOutcome>;
  /** The public status of the report with this receipt, as typed by a person. */
  lookupStatus(
    receipt: string | undefined,
  ): Promise<{ ok: true; status: PublicStatus } | { ok: false; code: StatusLookupFailure }>;
}

/** @deprecated The outcome of authorizing a request: `AuthorizeOutcome`. */
export type AuthenticationOutcome = AuthorizeOutcome;

/** What extra routes get from the server they extend. */
export interface ReportalParts {
  portal: Portal;
  store: ReportStore;
  localization: PortalLocalization;
  operations: ReportalOperations;
  /** The rate limit of public writes and look-ups: a 429 response, or `undefined` to go on. */
  limited(context: RouteContext): Promise<Reply | undefined>;
  /**
   * Gives the client back what `limited` took, for a request that turned out invalid, so that
   * invalid input never uses up a reporter's budget (the global budget still counts it).
   */
  refundClient(context: RouteContext): Promise<void>;
  /**
   * The case operations analysts have (list, get, apply an event, metrics) and the one
   * `authorize` of a request's bearer token, shared by the API and the console.
   */
  analyst: AnalystCases;
  now(): Date;
}

/** What the transport knows about a request besides the request itself. */
export interface RequestContext {
  /** The client's address: used for rate limits only, through a keyed hash; never stored or logged. */
  clientAddress?: string;
}

/** A Reportal server: a web-standard fetch handler. */
export interface Reportal {
  /** Answers a request (Node, Deno, Bun, workers; mount it in any framework). */
  fetch(request: Request, context?: RequestContext): Promise<Response>;
  /**
   * The same answer as plain data (status, headers, body), before it becomes a `Response`: for
   * adapters that write it themselves, as `serveNode` does, without building a web `Response`.
   */
  handle(request: Request | Incoming, context?: RequestContext): Promise<Reply>;
  readonly portal: Portal;
  readonly store: ReportStore;
  readonly localization: PortalLocalization;
  /** Stops the scheduled purges and reminders (waiting for those under way), then closes the store. */
  close(): Promise<void>;
}

/**
 * Creates the Reportal server of one portal: the HTTP API v1 (intake, receipt status, portal
 * configuration, OpenAPI document, analyst API), health checks and any extra routes, every
 * answer with strict security headers and no cookie.
 *
 * @example
 * ```ts
 * const reportal = createReportal({ portal: 'bz', store: createMemoryStore() });
 * const response = await reportal.fetch(new Request('http://localhost/healthz'));
 * ```
 */
export function createReportal(options: ReportalOptions): Reportal {
  const { store } = options;
  const portal = typeof options.portal === 'string' ? getPortal(options.portal) : options.portal;
  if (!portal) {
    throw new ReportalError('invalid_configuration', `Unknown portal "${String(options.portal)}"`);
  }
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const localization = createPortalLocalization(
    portal,
    options.catalogs ?? Object.values(catalogs),
  );
  const { intake, acceptReply } = createIntakePipeline({ portal, localization, now });
  const limiter =
    options.rateLimit === false
      ? undefined
      : createRateLimiter({
          ...options.rateLimit,
          ...(!options.rateLimit?.backend &&
            store.rateLimitBackend && { backend: store.rateLimitBackend }),
        });
  const partnerOrigins = new Set(options.partnerOrigins ?? []);
  const idempotencyHours = options.idempotencyHours ?? 24;
  const openApiDocument = createOpenApiDocument();

  const translatorOf = (request: { url: string }): Translator =>
    localization.translatorFor(new URL(request.url).searchParams.get('locale'));

  const operations: ReportalOperations = {
    intake,
    async storeReport(accepted, { source, idempotencyKey }) {
      const answer = { receipt: formatReceipt(accepted.receipt), status: 'received' as const };
      const stored = await store.submitReport({
        report: accepted.report,
        receiptHash: accepted.receiptHash,
        cases: accepted.cases,
        ...(idempotencyKey !== undefined && {
          idempotency: {
            scope: source,
            keyHash: await hashIdempotencyKey(idempotencyKey, source),
            fingerprint: await fingerprintBody(accepted.body),
            sealedResponse: await sealResponse(answer, { idempotencyKey, scope: source }),
            expiresAt: new Date(
              Math.ceil(now().getTime() / hour) * hour + idempotencyHours * hour,
            ).toISOString(),
          },
        }),
      });
      if (stored.kind === 'stored') return { kind: 'stored', answer };
      if (stored.kind === 'idempotency_conflict') return stored;
      const first = (await openSealedResponse(stored.sealedResponse, {
        idempotencyKey: idempotencyKey!,
        scope: source,
      })) as ReportAnswer | undefined;
      // A sealed answer that does not open (it cannot, with the same key) is a conflict.
      return first ? { kind: 'replayed', answer: first } : { kind: 'idempotency_conflict' };
    },
    async lookupStatus(receipt) {
      if (receipt === undefined || receipt.trim() === '') return { ok: false, code: 'required' };
      const parsed = parseReceipt(receipt);
      if (!parsed.ok) return { ok: false, code: parsed.code };
      const found = await store.findReportByReceipt(await hashReceipt(parsed.receipt));
      if (!found) return { ok: false, code: 'not_found' };
      return {
        ok: true,
        status: derivePublicStatus(found.cases, {
          reportId: found.report.reportId,
          outcomeFeedback: portal.outcomeFeedback,
        }),
      };
    },
  };

  const tooMany = (request: { url: string }, retryAfterSeconds: number) =>
    localizedProblem(translatorOf(request), 'rate_limited', 429, {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  const limited: ReportalParts['limited'] = async (context) => {
    if (!limiter) return undefined;
    const decision = await limiter.check(context.clientAddress);
    return decision.ok ? undefined : tooMany(context.incoming, decision.retryAfterSeconds);
  };
  const refundClient: ReportalParts['refundClient'] = async (context) => {
    await limiter?.refundClient(context.clientAddress);
  };
  const authenticateRequest = async (context: RouteContext): Promise<AuthorizeOutcome> => {
    if (limiter) {
      const decision = await limiter.checkAuthentication(context.clientAddress);
      if (!decision.ok) {
        return {
          ok: false,
          reason: 'rate_limited',
          retryAfterSeconds: decision.retryAfterSeconds,
        };
      }
    }
    const token = await authenticate(context.incoming, store);
    if (!token) {
      await limiter?.failedAuthentication(context.clientAddress);
      return { ok: false, reason: 'unauthorized' };
    }
    if (token.portals && !token.portals.includes(portal.id)) {
      return { ok: false, reason: 'forbidden' };
    }
    return { ok: true, token };
  };
  const analyst = createAnalystCases({
    portal,
    store,
    now,
    authenticate: authenticateRequest,
    idempotencyHours,
  });

  /** The API's answer to a failed authentication. */
  const authenticationProblem = (
    request: { url: string },
    outcome: Extract<AuthenticationOutcome, { ok: false }>,
  ): Reply => authorizationProblem(translatorOf(request), outcome);

  const submitReport = async (context: RouteContext): Promise<Reply> => {
    const request = context.incoming;
    let source: ReportSource = 'public';
    const partner = request.headers.has('Authorization');
    if (partner) {
      const outcome = await authenticateRequest(context);
      if (!outcome.ok) return authenticationProblem(request, outcome);
      const { token } = outcome;
      if (token.role !== 'partner' || !token.partnerId) {
        return localizedProblem(translatorOf(request), 'forbidden', 403);
      }
      source = `partner:${token.partnerId}`;
      const decision = (await limiter?.checkPartner(token.id)) ?? { ok: true };
      if (!decision.ok) return tooMany(request, decision.retryAfterSeconds);
    } else {
      const refused = await limited(context);
      if (refused) return refused;
    }
    const idempotencyKey = request.headers.get('Idempotency-Key');
    if (idempotencyKey !== null && !idempotencyKeyPattern.test(idempotencyKey)) {
      const t = translatorOf(request);
      return localizedProblem(t, 'invalid_idempotency_key', 400);
    }
    const result = await acceptReply(request, { source });
    if (!result.ok) {
      // A report that is not valid costs the reporter nothing (a typo is fixed and sent again).
      if (!partner) await refundClient(context);
      return result.reply;
    }
    const stored = await operations.storeReport(result.accepted, {
      source,
      ...(idempotencyKey !== null && { idempotencyKey }),
    });
    const t = result.accepted.translator;
    if (stored.kind === 'idempotency_conflict') {
      return localizedProblem(t, 'idempotency_conflict', 422);
    }
    return jsonReply(stored.answer, {
      status: 201,
      ...(stored.kind === 'replayed' && { headers: { 'Idempotency-Replayed': 'true' } }),
    });
  };

  const reportStatus = async (context: RouteContext): Promise<Reply> => {
    const refused = await limited(context);
    if (refused) return refused;
    const request = context.incoming;
    const t = translatorOf(request);
    const body = await readJsonBody(request);
    if (!body.ok) {
      return localizedProblem(t, body.problem, bodyProblemStatus[body.problem]);
    }
    const lookup = await operations.lookupStatus(receiptOf(body.value));
    if (lookup.ok) return jsonReply(lookup.status);
    if (lookup.code === 'not_found') {
      return localizedProblem(t, 'not_found', 404, { extra: { detail: t('status.not_found') } });
    }
    const message = lookup.code === 'required' ? t('error.required') : t(`error.${lookup.code}`);
    return localizedProblem(t, 'validation_failed', 422, {
      extra: { errors: [{ path: 'receipt', code: lookup.code, message }] },
    });
  };

  // The API's routes (method, path, access, OpenAPI description) are in the route table.
  const apiHandlers: ApiHandlers = {
    liveness: () => jsonReply({ status: 'ok' }),
    readiness: async () => {
      try {
        await store.ping();
        return jsonReply({ status: 'ready' });
      } catch (error) {
        logger.error('store not ready', { error: String(error) });
        return jsonReply({ status: 'unavailable' }, { status: 503 });
      }
    },
    getOpenApiDocument: () =>
      jsonReply(openApiDocument, { headers: { 'Cache-Control': 'public, max-age=300' } }),
    getPortal: ({ params, incoming }) => {
      const t = translatorOf(incoming);
      if (params.portal !== portal.id) {
        return localizedProblem(t, 'not_found', 404);
      }
      return jsonReply(publicPortalConfiguration(portal, localization, t.locale));
    },
    submitReport,
    checkStatus: reportStatus,
    ...analystHandlers({ portal, localization, now, translatorOf, analyst, authenticationProblem }),
  };
  const apiRoutes: Route[] = [
    ...apiRoutesOf(apiHandlers),
    ...(typeof options.routes === 'function'
      ? options.routes({
          portal,
          store,
          localization,
          operations,
          limited,
          refundClient,
          analyst,
          now,
        })
      : (options.routes ?? [])),
  ];
  const route = createRouter(apiRoutes);
  const corsPaths = /^\/v1\/(reports|status|portals\/[^/]+|openapi\.json)$/;

  const handle = async (request: Incoming, context: RequestContext): Promise<Reply> => {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS' && corsPaths.test(url.pathname)) {
      return (
        preflightReply(request.headers, partnerOrigins, ['GET', 'POST']) ??
        textReply(null, { status: 204 })
      );
    }
    const match = route(method === 'HEAD' ? 'GET' : method, url.pathname);
    if (match.kind === 'found') {
      let real: Request | undefined;
      const answer = await match.route.handler({
        get request() {
          real ??= requestOf(request);
          return real;
        },
        incoming: request,
        url,
        params: match.params,
        clientAddress: context.clientAddress,
      });
      return isResponse(answer) ? replyOfResponse(answer) : answer;
    }
    await discardBody(request);
    const t = translatorOf(request);
    if (match.kind === 'method_not_allowed') {
      return localizedProblem(t, 'method_not_allowed', 405, {
        headers: { Allow: match.allow.join(', ') },
      });
    }
    return localizedProblem(t, 'not_found', 404);
  };

  // Every answer passes here: security headers and CORS are added in this one place.
  const respond = async (
    input: Request | Incoming,
    context: RequestContext = {},
  ): Promise<Reply> => {
    const request = input instanceof Request ? incomingOf(input) : input;
    let reply: Reply;
    try {
      reply = await handle(request, context);
    } catch (error) {
      reply = problemOfError(error, translatorOf(request), logger);
    }
    secureReplyHeaders(reply.headers);
    applyCors(reply.headers, request.headers.get('Origin'), partnerOrigins);
    if (request.method.toUpperCase() === 'HEAD') {
      if (reply.body instanceof ReadableStream) await reply.body.cancel().catch(() => {});
      reply.body = null;
    }
    return reply;
  };

  const purges =
    options.retention === false
      ? undefined
      : schedulePurges({
          purge: async () => {
            try {
              const summary = await store.purge({
                now: now(),
                policies: [retentionPolicyOf(portal)],
              });
              logger.info('purged', { ...summary });
            } catch (error) {
              logger.error('purge failed', {
                error: error instanceof Error ? error.message : String(error),
              });
            }
          },
          everyHours: options.retention?.everyHours ?? 24,
          firstDelayMs: options.retention?.firstDelayMs ?? 10_000,
        });

  const reminders =
    options.reminders === false
      ? undefined
      : // The purges' timer: a first run soon after start, then one every interval, never keeping
        // the process alive. Passes may overlap: each reminder is claimed at a case version.
        schedulePurges({
          purge: async () => {
            try {
              const summary = await sendDueReminders({ store, portal, now: now() });
              if (summary.sent + summary.skipped > 0) logger.info('reminders', { ...summary });
            } catch (error) {
              logger.error('reminders failed', {
                error: error instanceof Error ? error.message : String(error),
              });
            }
          },
          everyHours: (options.reminders?.checkEveryMinutes ?? 15) / 60,
          firstDelayMs: options.reminders?.firstDelayMs ?? 10_000,
        });

  let closing: Promise<void> | undefined;
  const reportal: Reportal = {
    portal,
    store,
    localization,
    fetch: async (request, context) => toResponse(await respond(request, context)),
    handle: respond,
    close: () => {
      closing ??= (async () => {
        await purges?.stop();
        await reminders?.stop();
        await store.close();
      })();
      return closing;
    },
  };
  return reportal;
}

function receiptOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const receipt = (value as { receipt?: unknown }).receipt;
  return typeof receipt === 'string' && receipt.length <= 100 ? receipt : undefined;
}
