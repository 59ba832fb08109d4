import {
  anonymize,
  createReceipt,
  createReportId,
  createSubmissionParser,
  hashReceipt,
  localizeIssues,
  type Portal,
  type Receipt,
  type ReportSource,
  type SubmissionIssue,
  type Translator,
  urlKey,
} from '@reportal/core';
import { type Incoming, incomingOf } from '../http/incoming.js';
import { formatPath, localizedProblem } from '../http/problem.js';
import { bodyProblemStatus, readJsonBody } from '../http/read-json-body.js';
import { type Reply, toResponse } from '../http/reply.js';
import type { PortalLocalization } from '../localization/portal-localization.js';
import type { ReportCaseTarget, StoredReport } from '../store/report-store.js';

/** A report that passed the intake: validated, anonymized, canonicalized, ready to store. */
export interface AcceptedReport {
  /** The stored form: no network identifier, `receivedAt` coarsened, click identifiers removed. */
  report: StoredReport;
  /** The receipt to give the reporter, once; store only `receiptHash`. */
  receipt: Receipt;
  receiptHash: string;
  /** One entry per distinct URL key, with the report's URLs of that key. */
  cases: ReportCaseTarget[];
  /** The request body, byte for byte (for idempotency fingerprints). */
  body: Uint8Array<ArrayBuffer>;
  /** The translator of the report's locale, for the answer. */
  translator: Translator;
}

/** The outcome of the intake: the accepted report, or the problem response to send back. */
export type IntakeResult =
  | { ok: true; accepted: AcceptedReport }
  | { ok: false; response: Response };

/** Options of `createReportIntake`. */
export interface ReportIntakeOptions {
  portal: Portal;
  localization: PortalLocalization;
  /** The clock (tests); `receivedAt` is coarsened from it and the exact time is never kept. */
  now?: () => Date;
}

/** The outcome of checking an already-read submission (a form's fields, say). */
export type SubmissionCheck =
  | { ok: true; accepted: AcceptedReport }
  | { ok: false; issues: SubmissionIssue[]; translator: Translator };

/** The report intake pipeline, usable without a store. */
export interface ReportIntake {
  /**
   * The same pipeline from a submission value already read (an HTML form's fields made into the
   * JSON shape): schema, anonymization, canonicalization, receipt. `body` is what idempotency
   * fingerprints.
   */
  acceptValue(
    value: unknown,
    options: { source: ReportSource; body: Uint8Array<ArrayBuffer>; localeHint?: string | null },
  ): Promise<SubmissionCheck>;
  /**
   * Reads and checks a report request: body limit (413), media type (415), UTF-8 and JSON (400),
   * schema (422, every issue with its path, code and localized message), then anonymizes,
   * canonicalizes and groups the URLs by deduplication key, and creates the receipt.
   */
  accept(request: Request, options: { source: ReportSource }): Promise<IntakeResult>;
}

/**
 * Creates the intake pipeline of `POST /v1/reports` on its own, for hotlines that keep their own
 * case system: hand the accepted report to that system and answer with the receipt.
 *
 * @example
 * ```ts
 * const intake = createReportIntake({ portal, localization });
 * const result = await intake.accept(request, { source: 'public' });
 * if (!result.ok) return result.response; // 4xx problem+json, localized
 * await myCaseSystem.save(result.accepted.report, result.accepted.receiptHash);
 * return Response.json({ receipt: formatReceipt(result.accepted.receipt), status: 'received' }, { status: 201 });
 * ```
 */
export function createReportIntake(options: ReportIntakeOptions): ReportIntake {
  return createIntakePipeline(options).intake;
}

/** `accept` answering a reply rather than a `Response` (the server's own path). */
export type IntakeReplyCheck = (
  request: Incoming,
  options: { source: ReportSource },
) => Promise<{ ok: true; accepted: AcceptedReport } | { ok: false; reply: Reply }>;

/**
 * The intake of `createReportIntake` and, for the server itself, the same `accept` answering a
 * reply (the server never builds a `Response` on its own path).
 */
export function createIntakePipeline(options: ReportIntakeOptions): {
  intake: ReportIntake;
  acceptReply: IntakeReplyCheck;
} {
  const { portal, localization } = options;
  const now = options.now ?? (() => new Date());
  const parse = createSubmissionParser({ portals: [portal] });

  const acceptValue: ReportIntake['acceptValue'] = async (value, { source, body, localeHint }) => {
    const parsed = parse(value);
    if (!parsed.ok) {
      const translator = localization.translatorFor(localeOf(value) ?? localeHint);
      return { ok: false, issues: parsed.issues, translator };
    }
    const { report: anonymized } = anonymize(parsed.submission, {
      receivedAt: now(),
      source,
      receivedAtPrecision: portal.receivedAtPrecision,
    });
    const receivedAt = new Date(anonymized.receivedAt);
    const report: StoredReport = { reportId: createReportId(receivedAt), ...anonymized };
    const receipt = createReceipt();
    return {
      ok: true,
      accepted: {
        report,
        receipt,
        receiptHash: await hashReceipt(receipt),
        cases: await groupByKey(report.urls, receivedAt),
        body,
        translator: localization.translatorFor(report.locale),
      },
    };
  };

  const acceptReply: IntakeReplyCheck = async (request, { source }) => {
    const queryLocale = new URL(request.url).searchParams.get('locale');
    const body = await readJsonBody(request);
    if (!body.ok) {
      const t = localization.translatorFor(queryLocale);
      return {
        ok: false,
        reply: localizedProblem(t, body.problem, bodyProblemStatus[body.problem]),
      };
    }
    const checked = await acceptValue(body.value, {
      source,
      body: body.bytes,
      localeHint: queryLocale,
    });
    if (checked.ok) return checked;
    const t = checked.translator;
    return {
      ok: false,
      reply: localizedProblem(t, 'validation_failed', 422, {
        extra: {
          errors: localizeIssues(checked.issues, t).map((issue) => ({
            path: formatPath(issue.path),
            code: issue.code,
            message: issue.message,
          })),
        },
      }),
    };
  };

  const intake: ReportIntake = {
    async accept(request, options) {
      const checked = await acceptReply(incomingOf(request), options);
      return checked.ok ? checked : { ok: false, response: toResponse(checked.reply) };
    },
    acceptValue,
  };
  return { intake, acceptReply };
}

function localeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'locale'))
    return undefined;
  const locale = (value as { locale?: unknown }).locale;
  return typeof locale === 'string' ? locale : undefined;
}

async function groupByKey(urls: readonly string[], receivedAt: Date): Promise<ReportCaseTarget[]> {
  const targets: ReportCaseTarget[] = [];
  for (const url of urls) {
    const key = await urlKey(url);
    const existing = targets.find((target) => target.key === key);
    if (existing) {
      if (!existing.urls.includes(url)) existing.urls.push(url);
    } else targets.push({ key, urls: [url], newCaseId: createReportId(receivedAt) });
  }
  return targets;
}
