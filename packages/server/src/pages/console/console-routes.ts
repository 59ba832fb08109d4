import { type TakedownState, type Translator, takedownStates } from '@reportal/core';
import { isCaseId, readerRoles, triageFilterNames } from '../../analyst/analyst-cases.js';
import { authorizationProblem } from '../../analyst/authorization-problem.js';
import { localizedProblem } from '../../http/problem.js';
import { type Reply, textReply } from '../../http/reply.js';
import type { Route, RouteContext } from '../../http/router.js';
import type { ReportalParts } from '../../reportal.js';
import { readTriageFilters } from '../../routes/analyst-routes.js';
import { decodeCaseCursor, decodeHostCursor } from '../../store/report-store.js';
import type { Html } from '../html/html.js';
import { consoleContentSecurityPolicy, pageResponse } from '../html/page-response.js';
import { caseView, invalidCaseIdView } from './case-view.js';
import { consoleMessagePage, consoleShell } from './console-shell.js';
import { hostsView } from './hosts-view.js';
import { metricsView } from './metrics-view.js';
import { type QueueFilters, queueView } from './queue-view.js';
import { transparencyView } from './transparency-view.js';
import type { ViewContext } from './view-context.js';

const queueLimit = 25;

/**
 * The analyst console. Its pages carry no data: their script sends the bearer token (kept in
 * sessionStorage, never in a cookie) to the views under `/console/view/`, which answer HTML
 * fragments, and sends case events to `POST /v1/cases/{id}/events`.
 */
export function consoleRoutes(parts: ReportalParts): Route[] {
  const { portal, localization } = parts;
  const localeOf = (route: RouteContext) => route.url.searchParams.get('locale') ?? undefined;
  const translatorOf = (route: RouteContext): Translator =>
    localization.translatorFor(localeOf(route));

  const shell = (view: (route: RouteContext) => string) => (route: RouteContext) => {
    const t = translatorOf(route);
    return pageResponse(consoleShell({ portal, t, view: view(route), locale: localeOf(route) }), {
      language: t.locale,
      contentSecurityPolicy: consoleContentSecurityPolicy,
    });
  };

  const caseShell = shell(({ params }) => `/console/view/cases/${encodeURIComponent(params.id!)}`);
  /** No shell for an id that names no case (nor a store asked): a page that says so, with 400. */
  const invalidIdPage = (route: RouteContext) => {
    const t = translatorOf(route);
    const body = invalidCaseIdView({ t, locale: localeOf(route) });
    return pageResponse(consoleMessagePage({ portal, t, body }), {
      status: 400,
      language: t.locale,
      contentSecurityPolicy: consoleContentSecurityPolicy,
    });
  };

  /**
   * A view for a reader's token, or the 401 or 403 problem the script answers with the sign-in
   * form. `render` gives the fragment, one with its status (an error the script shows), or
   * nothing for a 404.
   */
  const view =
    (
      render: (
        route: RouteContext,
        context: ViewContext,
      ) => Promise<Html | { status: number; fragment: Html } | undefined>,
    ) =>
    async (route: RouteContext): Promise<Reply> => {
      const t = translatorOf(route);
      const outcome = await parts.analyst.authorize(route, readerRoles);
      if (!outcome.ok) return authorizationProblem(t, outcome);
      const { token } = outcome;
      const context: ViewContext = {
        portal,
        t,
        locale: localeOf(route),
        role: token.role,
        now: parts.now(),
      };
      const rendered = await render(route, context);
      if (!rendered) return localizedProblem(t, 'not_found', 404);
      const { status, fragment } =
        'fragment' in rendered ? rendered : { status: 200, fragment: rendered };
      return pageResponse(fragment, {
        status,
        language: t.locale,
        contentSecurityPolicy: consoleContentSecurityPolicy,
      });
    };

  return [
    {
      method: 'GET',
      path: '/console',
      handler: () => textReply(null, { status: 308, headers: { location: '/console/' } }),
    },
    { method: 'GET', path: '/console/', handler: shell(() => '/console/view/queue') },
    { method: 'GET', path: '/console/metrics', handler: shell(() => '/console/view/metrics') },
    { method: 'GET', path: '/console/hosts', handler: shell(() => '/console/view/hosts') },
    {
      method: 'GET',
      path: '/console/transparency',
      handler: shell(() => '/console/view/transparency'),
    },
    {
      method: 'GET',
      path: '/console/cases/:id',
      handler: (route) => (isCaseId(route.params.id!) ? caseShell(route) : invalidIdPage(route)),
    },
    {
      method: 'GET',
      path: '/console/view/queue',
      handler: view(async ({ url }, context) => {
        const stateText = url.searchParams.get('state') ?? '';
        const state = (takedownStates as readonly string[]).includes(stateText)
          ? (stateText as TakedownState)
          : undefined;
        const cursorText = url.searchParams.get('cursor');
        const cursor = cursorText !== null && decodeCaseCursor(cursorText) ? cursorText : undefined;
        const states = state ? [state] : [];
        // Filters that are not valid are left out (the form keeps what was typed).
        const triage = readTriageFilters(url.searchParams, context.t, []);
        const filters: QueueFilters = {};
        for (const name of triageFilterNames) {
          const value = url.searchParams.get(name)?.trim();
          if (value) Object.assign(filters, { [name]: value });
        }
        const overdue = cursor
          ? { items: [] }
          : await parts.analyst.listCases({ limit: 100, overdue: true, states, ...triage });
        const page = await parts.analyst.listCases({
          limit: queueLimit,
          states,
          ...triage,
          ...(cursor !== undefined && { cursor }),
        });
        const heldReports = parts.store.heldReports;
        return queueView(context, {
          overdue: overdue.items,
          page: page.items,
          nextCursor: page.nextCursor,
          state,
          filters,
          ...(heldReports && {
            held: {
              count: await heldReports.held(),
              releaseAt: heldReports.releaseTimeFor(context.now),
              windowMinutes: heldReports.windowMinutes,
              graceMinutes: heldReports.graceMinutes,
            },
          }),
        });
      }),
    },
    {
      method: 'GET',
      path: '/console/view/hosts',
      handler: view(async ({ url }, context) => {
        const cursorText = url.searchParams.get('cursor');
        const cursor = cursorText !== null && decodeHostCursor(cursorText) ? cursorText : undefined;
        const page = await parts.analyst.listHosts({
          limit: queueLimit,
          ...(cursor !== undefined && { cursor }),
        });
        return hostsView(context, page);
      }),
    },
    {
      method: 'GET',
      path: '/console/view/cases/:id',
      handler: view(async ({ params }, context) => {
        const found = await parts.analyst.getCase(params.id!);
        if (found === 'invalid_id') return { status: 400, fragment: invalidCaseIdView(context) };
        return found ? caseView(context, found) : undefined;
      }),
    },
    {
      method: 'GET',
      path: '/console/view/metrics',
      handler: view(async (_route, context) => {
        const [metrics, weeks] = await Promise.all([
          parts.analyst.metrics({ from: new Date(0), to: new Date(context.now.getTime() + 1) }),
          parts.analyst.removalTimesPerWeek(),
        ]);
        return metricsView(context, metrics, weeks);
      }),
    },
    {
      method: 'GET',
      path: '/console/view/transparency',
      handler: view(async ({ url }, context) => {
        const text = url.searchParams.get('year') ?? '';
        const year = /^\d{4}$/.test(text) && Number(text) >= 2000 ? Number(text) : undefined;
        const report = await parts.analyst.transparencyReport(year ?? context.now.getUTCFullYear());
        return transparencyView(context, report);
      }),
    },
  ];
}
