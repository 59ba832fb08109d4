import type { Case } from './case.js';
import { type DismissalReason, dismissalReasons } from './takedown-machine.js';
import {
  compareProviders,
  newProviderTally,
  type ProviderTally,
  percentileHours,
  tallyRemoval,
} from './takedown-metrics.js';

/** Options of `computeTransparencyReport`. */
export interface TransparencyReportOptions {
  portal: string;
  /** The calendar year (UTC) the report covers. */
  year: number;
  /** The current time, for the outcomes still open; the function reads no clock. */
  now: Date;
}

/** Notices of one group (provider, or country) and how they ended. */
export interface TransparencyNoticeGroup {
  /** Cases whose first notice went out in the year. */
  notices: number;
  /** Reminders sent about them (repeated notices), up to now. */
  reminders: number;
  /** Of them, removed after the notice. */
  removed: number;
  medianHoursToRemoval: number | null;
  p90HoursToRemoval: number | null;
}

/**
 * A yearly transparency report (DSA Art. 15 and 22(3)): what the hotline assessed and what it did,
 * in counts and durations only. Nothing in it comes from a reporter.
 */
export interface TransparencyReport {
  portal: string;
  year: number;
  /** Cases first assessed in the year. */
  casesAssessed: number;
  /** What became of them (as of now): confirmed illegal, dismissed, or neither (merged, reopened). */
  actionTaken: {
    confirmed: number;
    dismissed: number;
    other: number;
    forwardedToHotline: number;
    reportedToLawEnforcement: number;
  };
  dismissalReasons: Record<DismissalReason, number>;
  /** Confirmed cases per classification and severity (`null`: none given). */
  byClassification: { classification: string; severity: string | null; cases: number }[];
  /** Every notice first sent in the year. */
  notices: TransparencyNoticeGroup;
  byHostingProvider: (TransparencyNoticeGroup & {
    hostingProvider: string | null;
    hostingCountry: string;
  })[];
  byHostingCountry: (TransparencyNoticeGroup & { hostingCountry: string })[];
}

/** Groups' durations and counts before the figures are drawn. */
interface NoticeTally {
  tally: ProviderTally;
  reminders: number;
}

const noticeGroup = ({ tally, reminders }: NoticeTally): TransparencyNoticeGroup => ({
  notices: tally.noticed,
  reminders,
  removed: tally.durations.length,
  medianHoursToRemoval: percentileHours(tally.durations, 0.5),
  p90HoursToRemoval: percentileHours(tally.durations, 0.9),
});

/**
 * Computes a year's transparency report from the cases' histories: the reference every store's
 * aggregates are held to. Cases count in the year of their first assessment (actions) and of
 * their first notice (notices); outcomes are as of `now`.
 *
 * @example
 * ```ts
 * const report = computeTransparencyReport(cases, { portal: 'bz', year: 2025, now: new Date() });
 * report.notices.medianHoursToRemoval; // e.g. 20.5
 * ```
 */
export function computeTransparencyReport(
  cases: readonly Case[],
  options: TransparencyReportOptions,
): TransparencyReport {
  const from = Date.UTC(options.year, 0, 1);
  const to = Date.UTC(options.year + 1, 0, 1);
  const now = options.now.getTime();
  const inYear = (at: string | null | undefined) => {
    if (!at) return false;
    const time = Date.parse(at);
    return time >= from && time < to;
  };
  const report: TransparencyReport = {
    portal: options.portal,
    year: options.year,
    casesAssessed: 0,
    actionTaken: {
      confirmed: 0,
      dismissed: 0,
      other: 0,
      forwardedToHotline: 0,
      reportedToLawEnforcement: 0,
    },
    dismissalReasons: Object.fromEntries(dismissalReasons.map((reason) => [reason, 0])) as Record<
      DismissalReason,
      number
    >,
    byClassification: [],
    notices: noticeGroup({ tally: newProviderTally(), reminders: 0 }),
    byHostingProvider: [],
    byHostingCountry: [],
  };
  const classes = new Map<string, { classification: string; severity: string | null }>();
  const classCounts = new Map<string, number>();
  const all: NoticeTally = { tally: newProviderTally(), reminders: 0 };
  const providers = new Map<string, NoticeTally & { provider: string | null; country: string }>();
  const countries = new Map<string, NoticeTally>();

  for (const current of cases) {
    if (current.portal !== options.portal) continue;
    if (inYear(current.assessedAt)) {
      report.casesAssessed += 1;
      const { confirmation, dismissal } = current;
      if (confirmation) {
        report.actionTaken.confirmed += 1;
        const severity = confirmation.severity ?? null;
        const key = `${confirmation.classification}\u0000${severity ?? ''}`;
        classes.set(key, { classification: confirmation.classification, severity });
        classCounts.set(key, (classCounts.get(key) ?? 0) + 1);
        if (current.forwards.some((forward) => forward.to === 'hotline')) {
          report.actionTaken.forwardedToHotline += 1;
        }
        if (
          current.forwards.some((forward) => forward.to === 'law_enforcement') ||
          current.lawEnforcementNotifications.length > 0
        ) {
          report.actionTaken.reportedToLawEnforcement += 1;
        }
      } else if (dismissal) {
        report.actionTaken.dismissed += 1;
        report.dismissalReasons[dismissal.reason] += 1;
      } else {
        report.actionTaken.other += 1;
      }
    }

    const firstNotice = current.history.find((entry) => entry.type === 'send_notice');
    if (!firstNotice || !inYear(firstNotice.at) || !current.confirmation) continue;
    const noticeAt = Date.parse(firstNotice.at);
    const removal = current.history.find(
      (entry) => entry.type === 'verify_removed' && entry.version > firstNotice.version,
    );
    const removalTime = removal ? Date.parse(removal.at) - noticeAt : null;
    const provider = current.confirmation.hostingProvider ?? null;
    const country = current.confirmation.hostingCountry;
    const providerKey = `${provider ?? '\u0000'}\u0000${country}`;
    const byProvider = providers.get(providerKey) ?? {
      tally: newProviderTally(),
      reminders: 0,
      provider,
      country,
    };
    providers.set(providerKey, byProvider);
    const byCountry = countries.get(country) ?? { tally: newProviderTally(), reminders: 0 };
    countries.set(country, byCountry);
    for (const group of [all, byProvider, byCountry]) {
      tallyRemoval(group.tally, removalTime, now - noticeAt);
      group.reminders += current.reminderCount;
    }
  }

  report.byClassification = [...classes.entries()]
    .map(([key, value]) => ({ ...value, cases: classCounts.get(key)! }))
    .sort(
      (a, b) =>
        compareProviders(a.classification, b.classification) ||
        compareProviders(a.severity, b.severity),
    );
  report.notices = noticeGroup(all);
  report.byHostingProvider = [...providers.values()]
    .sort(
      (a, b) => compareProviders(a.provider, b.provider) || compareProviders(a.country, b.country),
    )
    .map((group) => ({
      hostingProvider: group.provider,
      hostingCountry: group.country,
      ...noticeGroup(group),
    }));
  report.byHostingCountry = [...countries.entries()]
    .sort(([a], [b]) => compareProviders(a, b))
    .map(([hostingCountry, group]) => ({ hostingCountry, ...noticeGroup(group) }));
  return report;
}
