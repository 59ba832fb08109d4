import type { ReportSubmission } from '../schema/submission-schema.js';
import { stripClickIdentifiers } from './click-identifiers.js';

/** Id of the anonymization ruleset; a change to the rules is a new id and a breaking change. */
export const ANONYMIZATION_RULESET_ID = 'reportal-anon-1';

/** Who sent a report: the public form, or a partner (trusted flagger) by its id. */
export type ReportSource = 'public' | `partner:${string}`;

/**
 * What the transport knew about the request. Passed to `anonymize` only so that its rules can
 * say what they kept out; none of it ever reaches the anonymized report.
 */
export interface RequestIdentifiers {
  address?: string;
  userAgent?: string;
  cookies?: string;
  referrer?: string;
  acceptLanguage?: string;
  headers?: Readonly<Record<string, string>>;
}

/** What `anonymize` needs besides the submission. */
export interface AnonymizationContext {
  /** The exact time the report arrived: coarsened, never stored as it is. */
  receivedAt: Date;
  source: ReportSource;
  /** How far `receivedAt` is coarsened: to the hour (default) or to the day. */
  receivedAtPrecision?: 'hour' | 'day';
  request?: RequestIdentifiers;
}

/** The stored form of a report before it is given an id. */
export interface AnonymizedReport extends Omit<ReportSubmission, 'contact'> {
  contact?: ReportSubmission['contact'] & { consent: true };
  /** ISO 8601, coarsened to the hour or the day. */
  receivedAt: string;
  source: ReportSource;
  anonymization: { ruleset: typeof ANONYMIZATION_RULESET_ID; applied: AppliedRule[] };
}

/** One rule's record on a report: which rule, which field, how many values it removed or changed. */
export interface AppliedRule {
  id: AnonymizationRuleId;
  field: string;
  count: number;
}

/** The report as the rules work on it. */
export type ReportDraft = Omit<AnonymizedReport, 'anonymization' | 'contact'> & {
  contact?: ReportSubmission['contact'];
};

/** An anonymization rule: data (id, field, effect, reason) and a pure function. */
export interface AnonymizationRule {
  id: AnonymizationRuleId;
  /** The field of the report (or of the request) the rule acts on. */
  field: string;
  /** What the rule does, in one sentence (for docs/anonymization.md). */
  effect: string;
  /** Why. */
  reason: string;
  /** Applies the rule to the draft in place; returns how many values it removed or changed. */
  apply(draft: ReportDraft, context: AnonymizationContext): number;
}

/** Ids of the rules of `reportal-anon-1`. */
export type AnonymizationRuleId =
  | 'no-network-identifiers'
  | 'contact-requires-consent'
  | 'coarsen-received-at'
  | 'strip-click-identifiers'
  | 'locale-from-choice';

const requestIdentifierNames = [
  'address',
  'userAgent',
  'cookies',
  'referrer',
  'headers',
] as const satisfies readonly (keyof RequestIdentifiers)[];

/** The rules of `reportal-anon-1`, in the order they are applied. */
export const anonymizationRules: readonly AnonymizationRule[] = [
  {
    id: 'no-network-identifiers',
    field: 'request',
    effect:
      'The IP address, user agent, cookies, request headers and referrer never enter the report, the store or the logs; the report is built from the submitted fields alone.',
    reason: 'They identify the reporter, and reporting must be anonymous.',
    apply: (_draft, context) =>
      requestIdentifierNames.filter((name) => {
        const value = context.request?.[name];
        return typeof value === 'string'
          ? value !== ''
          : value !== undefined && Object.keys(value).length > 0;
      }).length,
  },
  {
    id: 'contact-requires-consent',
    field: 'contact',
    effect: '`contact` is removed entirely unless `contact.consent` is `true`.',
    reason: 'Contact details are kept only with explicit consent.',
    apply: (draft) => {
      if (!draft.contact || draft.contact.consent === true) return 0;
      const removed = Object.keys(draft.contact).length;
      delete draft.contact;
      return removed;
    },
  },
  {
    id: 'coarsen-received-at',
    field: 'receivedAt',
    effect:
      '`receivedAt` is truncated to the hour (or to the day, where the portal chooses it); the exact time is never stored.',
    reason: 'An exact time can be matched against network logs to find who reported.',
    apply: (draft, context) => {
      const coarse = coarsenReceivedAt(context.receivedAt, context.receivedAtPrecision ?? 'hour');
      draft.receivedAt = coarse.toISOString();
      return coarse.getTime() === context.receivedAt.getTime() ? 0 : 1;
    },
  },
  {
    id: 'strip-click-identifiers',
    field: 'urls',
    effect:
      'Known click and share identifiers (`utm_*`, `fbclid`, `gclid`, `dclid`, `msclkid`, `igshid`, `mc_eid`, `yclid`, `twclid`, `ttclid`, YouTube `si`, ...) are removed from each reported URL.',
    reason: "They can identify the reporter's own session, account or e-mail.",
    apply: (draft) => {
      let removed = 0;
      draft.urls = draft.urls.map((url) => {
        const stripped = stripClickIdentifiers(url);
        removed += stripped.removed;
        return stripped.url;
      });
      return removed;
    },
  },
  {
    id: 'locale-from-choice',
    field: 'locale',
    effect: 'The stored locale is the one chosen in the form; `Accept-Language` is never stored.',
    reason: 'Accept-Language is part of a browser fingerprint; the choice in the form is enough.',
    apply: (_draft, context) => (context.request?.acceptLanguage ? 1 : 0),
  },
];

/** Truncates a time (UTC) to the hour or the day. */
export function coarsenReceivedAt(time: Date, precision: 'hour' | 'day'): Date {
  const coarse = new Date(time.getTime());
  if (precision === 'day') coarse.setUTCHours(0, 0, 0, 0);
  else coarse.setUTCMinutes(0, 0, 0);
  return coarse;
}
