import { localizeIssues, type Translator } from '@reportal/core';
import { failureOf } from '../../http/error-problem.js';
import { discardBody } from '../../http/incoming.js';
import { bodyProblemStatus, readBodyText } from '../../http/read-json-body.js';
import { type Reply, textReply } from '../../http/reply.js';
import type { Route, RouteContext } from '../../http/router.js';
import { idempotencyKeyPattern } from '../../intake/idempotency.js';
import type { Logger } from '../../logging/logger.js';
import type { ReportalParts } from '../../reportal.js';
import type { Html } from '../html/html.js';
import { pageResponse } from '../html/page-response.js';
import { confirmationPage } from './confirmation-page.js';
import { isCrossSitePost } from './cross-site.js';
import { arrangeErrors } from './field-errors.js';
import { legalPage, privacyPage, problemPage } from './information-pages.js';
import { languagePage } from './language-page.js';
import { readReportForm } from './report-form-data.js';
import { reportFormField, reportFormPage } from './report-form-page.js';
import { type ReporterContext, reporterPaths } from './reporter-page.js';
import { statusPage } from './status-page.js';

/** Options of `reporterRoutes`. */
export interface ReporterRoutesOptions {
  quickExitUrl: string;
  logger: Logger;
}

const formMediaType = 'application/x-www-form-urlencoded';

/**
 * The reporter's pages, for each of the portal's locales: the language choice, the form, its
 * answer (confirmation or the form again with errors), the status lookup, privacy and legal.
 */
export function reporterRoutes(parts: ReportalParts, options: ReporterRoutesOptions): Route[] {
  const { portal, localization, operations } = parts;
  const contextFor = (locale: string | null): ReporterContext => ({
    portal,
    t: localization.translatorFor(locale),
    quickExitUrl: options.quickExitUrl,
  });
  const page = (context: ReporterContext, document: Html, status = 200, headers = {}) =>
    pageResponse(document, { status, language: context.t.locale, headers });

  /**
   * Reads a form body, or answers with the page for a refused request. A rate-limited request
   * still has its body read (64 KiB at most), so that the page can show the reporter's input again.
   */
  const readForm = async (
    route: RouteContext,
    context: ReporterContext,
  ): Promise<
    | { ok: true; fields: URLSearchParams; bytes: Uint8Array<ArrayBuffer> }
    | { ok: 'rate_limited'; fields: URLSearchParams; retryAfterSeconds: number | undefined }
    | { ok: false; response: Reply }
  > => {
    const { t } = context;
    if (isCrossSitePost(route.incoming)) {
      await discardBody(route.incoming);
      return {
        ok: false,
        response: page(context, problemPage(context, 'error', t('page.error.cross_site')), 403),
      };
    }
    const refused = await parts.limited(route);
    const mediaType = route.incoming.headers
      .get('Content-Type')
      ?.split(';')[0]
      ?.trim()
      .toLowerCase();
    if (mediaType !== formMediaType) {
      await discardBody(route.incoming);
      if (refused) return { ok: false, response: rateLimitedPage(context, refused) };
      return {
        ok: false,
        response: page(context, problemPage(context, 'error', t('page.error.body')), 415),
      };
    }
    const body = await readBodyText(route.incoming);
    if (refused) {
      const retryAfter = Number(refused.headers['retry-after']);
      return {
        ok: 'rate_limited',
        fields: new URLSearchParams(body.ok ? body.text : ''),
        retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
      };
    }
    if (!body.ok) {
      return {
        ok: false,
        response: page(
          context,
          problemPage(context, 'error', t(`problem.${body.problem}`)),
          bodyProblemStatus[body.problem],
        ),
      };
    }
    return { ok: true, fields: new URLSearchParams(body.text), bytes: body.bytes };
  };

  const rateLimitedPage = (context: ReporterContext, refused: Reply) => {
    const retryAfter = refused.headers['retry-after'];
    return page(context, problemPage(context, 'error', context.t('problem.rate_limited')), 429, {
      ...(retryAfter !== undefined && { 'Retry-After': retryAfter }),
    });
  };

  /** The calm message of a rate-limited form, with the wait, and the answer's headers. */
  const rateLimited = (context: ReporterContext, retryAfterSeconds: number | undefined) => ({
    notice: context.t('form.rate_limited', {
      minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)),
    }),
    headers: retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) },
  });

  /** A failure of the store: an error page (the report may not be stored), logged without request data. */
  const guarded =
    (locale: string, handler: (route: RouteContext, context: ReporterContext) => Promise<Reply>) =>
    async (route: RouteContext): Promise<Reply> => {
      const context = contextFor(locale);
      try {
        return await handler(route, context);
      } catch (error) {
        const failure = failureOf(error, options.logger, 'page');
        return page(context, problemPage(context, 'error'), failure.status, failure.headers);
      }
    };

  const submitReport = async (route: RouteContext, context: ReporterContext) => {
    const form = await readForm(route, context);
    const { t } = context;
    if (form.ok === 'rate_limited') {
      // Nothing typed is lost: the form again, as it was sent, and how long to wait.
      const data = readReportForm(form.fields, { portal, locale: t.locale });
      const key = data.idempotencyKey;
      const refusal = rateLimited(context, form.retryAfterSeconds);
      return page(
        context,
        reportFormPage(context, {
          values: data.values,
          notice: refusal.notice,
          idempotencyKey: key !== undefined && idempotencyKeyPattern.test(key) ? key : newKey(),
        }),
        429,
        refusal.headers,
      );
    }
    if (!form.ok) return form.response;
    const data = readReportForm(form.fields, { portal, locale: t.locale });
    const checked = await operations.intake.acceptValue(data.submission, {
      source: 'public',
      body: form.bytes,
      localeHint: t.locale,
    });
    if (!checked.ok) {
      // A report that is not valid costs the reporter nothing: fixing a typo is free.
      await parts.refundClient(route);
      const errors = arrangeErrors(localizeIssues(checked.issues, t), reportFormField(t));
      return page(
        context,
        reportFormPage(context, { values: data.values, errors, idempotencyKey: newKey() }),
        422,
      );
    }
    const key = data.idempotencyKey;
    let stored = await operations.storeReport(checked.accepted, {
      source: 'public',
      ...(key !== undefined && idempotencyKeyPattern.test(key) && { idempotencyKey: key }),
    });
    // The same form sent again with other values (after going back): a new report.
    if (stored.kind === 'idempotency_conflict') {
      stored = await operations.storeReport(checked.accepted, { source: 'public' });
    }
    if (stored.kind === 'idempotency_conflict') throw new Error('report not stored');
    return page(
      context,
      confirmationPage(context, {
        receipt: stored.answer.receipt,
        urlCount: checked.accepted.report.urls.length,
      }),
    );
  };

  const lookUpStatus = async (route: RouteContext, context: ReporterContext) => {
    const form = await readForm(route, context);
    const { t } = context;
    if (form.ok === 'rate_limited') {
      const refusal = rateLimited(context, form.retryAfterSeconds);
      const receipt = (form.fields.get('receipt') ?? '').slice(0, 100);
      return page(
        context,
        statusPage(context, { receipt, notice: refusal.notice }),
        429,
        refusal.headers,
      );
    }
    if (!form.ok) return form.response;
    const receipt = form.fields.get('receipt') ?? '';
    const lookup = await operations.lookupStatus(receipt.slice(0, 100));
    if (lookup.ok) return page(context, statusPage(context, { status: lookup.status }));
    // A mistyped receipt costs nothing; an unknown one does (receipts are not to be guessed).
    if (lookup.code !== 'not_found') await parts.refundClient(route);
    const message =
      lookup.code === 'not_found' ? t('status.not_found') : statusError(lookup.code, t);
    const errors = arrangeErrors([{ path: ['receipt'], code: 'invalid_value', message }], () => ({
      id: 'receipt',
      label: t('status.receipt.label'),
    }));
    return page(
      context,
      statusPage(context, { receipt, errors }),
      lookup.code === 'not_found' ? 404 : 422,
    );
  };

  const getPage = (locale: string, render: (context: ReporterContext) => Html) => (): Reply => {
    const context = contextFor(locale);
    return page(context, render(context));
  };

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/',
      // A portal of one language has nothing to choose: `/` is its form.
      handler: () => {
        const [only, ...others] = portal.locales;
        if (only !== undefined && others.length === 0) {
          return textReply(null, { status: 302, headers: { location: reporterPaths(only).form } });
        }
        const context = contextFor(null);
        return page(context, languagePage(context, localization));
      },
    },
    // Browsers ask for it on every page: an empty answer rather than a 404.
    { method: 'GET', path: '/favicon.ico', handler: () => textReply(null, { status: 204 }) },
    // Crawlers may index the public pages, never the console.
    {
      method: 'GET',
      path: '/robots.txt',
      handler: () =>
        textReply('User-agent: *\nAllow: /\nDisallow: /console/\n', {
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        }),
    },
  ];
  for (const locale of portal.locales) {
    const paths = reporterPaths(locale);
    const redirect = (to: string, status: number) => () =>
      textReply(null, { status, headers: { location: to } });
    routes.push(
      { method: 'GET', path: `/${locale}`, handler: redirect(paths.form, 308) },
      {
        method: 'GET',
        path: paths.form,
        handler: getPage(locale, (context) =>
          reportFormPage(context, { idempotencyKey: newKey() }),
        ),
      },
      { method: 'POST', path: paths.report, handler: guarded(locale, submitReport) },
      // A reload of the confirmation by GET: back to the form (the receipt is never in a URL).
      { method: 'GET', path: paths.report, handler: redirect(paths.form, 303) },
      {
        method: 'GET',
        path: paths.status,
        handler: getPage(locale, (context) => statusPage(context)),
      },
      { method: 'POST', path: paths.status, handler: guarded(locale, lookUpStatus) },
      { method: 'GET', path: paths.privacy, handler: getPage(locale, privacyPage) },
      { method: 'GET', path: paths.legal, handler: getPage(locale, legalPage) },
    );
  }
  // A mistyped address under a locale (up to three levels deep): "page not found" in that
  // language, as a page. Listed last, so every page above is matched first.
  for (const locale of portal.locales) {
    for (const path of [`/${locale}/:a`, `/${locale}/:a/:b`, `/${locale}/:a/:b/:c`]) {
      routes.push({
        method: 'GET',
        path,
        handler: () => {
          const context = contextFor(locale);
          return page(context, problemPage(context, 'not_found'), 404);
        },
      });
    }
  }
  return routes;
}

function newKey(): string {
  return crypto.randomUUID();
}

function statusError(
  code: 'required' | 'receipt_length' | 'receipt_character' | 'receipt_check',
  t: Translator,
): string {
  return code === 'required' ? t('error.required') : t(`error.${code}`);
}
