import {
  type Case,
  dismissalReasons,
  type HostingProviderRemovalTimes,
  isOverdue,
  type RemovalWeek,
  replayHistory,
  type TakedownMetrics,
  type TakedownState,
  type TransparencyNoticeGroup,
  type TransparencyReport,
  takedownStates,
  weekStartOf,
} from '@reportal/core';
import type { ReportStore } from '@reportal/store';
import type { SqlQueryable } from '../driver/sql-driver.js';

const hour = 3_600_000;
const week = 7 * 24 * hour;

type MetricsMethods = Pick<
  ReportStore,
  'takedownMetrics' | 'removalTimesPerWeek' | 'transparencyReport'
>;

/**
 * Whole milliseconds between two timestamptz expressions, as a double: `date_part` answers a
 * double (`extract` a numeric, several times slower over many rows), and times are stored to the
 * millisecond, so rounding gives the exact difference.
 */
const msBetween = (later: string, earlier: string) =>
  `round(date_part('epoch', ${later} - ${earlier}) * 1000)`;

const hours = (ms: number | null) => (ms === null ? null : Number(ms) / hour);
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const compareText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * The metrics of `ReportStore` in SQL over `case_facts` (one row per case, kept by a trigger on
 * case history): counts, medians and percentiles by aggregate functions, never a case in memory,
 * except the few cases of a past period that changed after its end, replayed to say what state
 * they were in at its end.
 */
export function createMetricsQueries(
  queryable: SqlQueryable,
  s: string,
  readCases: (where: string, params: readonly unknown[]) => Promise<Case[]>,
): MetricsMethods {
  return {
    async takedownMetrics({ portal, from, to, now, deadlineHours }) {
      const end = new Date(Math.min(to.getTime(), now.getTime()));
      const deadline = deadlineHours * hour;
      const seen = (column: string) => `(${column} < $3 AND ${column} <= $4)`;
      const params = [portal, from.toISOString(), to.toISOString(), end.toISOString(), deadline];
      const cases = `FROM ${s}.case_facts AS f
        WHERE f.portal = $1 AND f.created_at >= $2 AND f.created_at < $3 AND f.created_at <= $4`;
      const settled = `coalesce(${seen('f.last_event_at')}, true)`;
      const removal = msBetween('f.removed_at', 'f.first_notice_at');
      const sinceNotice = msBetween('$4::timestamptz', 'f.first_notice_at');
      const noticed = `${seen('f.first_notice_at')}`;
      const removed = `${noticed} AND ${seen('f.removed_at')}`;
      const known = (limit: string) =>
        `${noticed} AND ((${removed} AND ${removal} <= ${limit}) OR ${sinceNotice} > ${limit})`;
      const inTime = (limit: string) => `${removed} AND ${removal} <= ${limit}`;
      const [totals, providers, arrivals, unsettled] = await Promise.all([
        queryable.query<Record<string, number | null>>(
          `SELECT
            ${takedownStates
              .map(
                (state) =>
                  `count(*) FILTER (WHERE ${settled} AND f.state = '${state}')::int AS "${state}"`,
              )
              .join(',\n')},
            count(*) FILTER (WHERE ${settled} AND f.pending_notice_at IS NOT NULL
              AND ${msBetween('$4::timestamptz', 'f.pending_notice_at')} > $5)::int AS overdue,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY ${msBetween('f.assessed_at', 'f.created_at')})
              FILTER (WHERE ${seen('f.assessed_at')}) AS to_assessment,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY ${removal})
              FILTER (WHERE ${removed}) AS to_removal,
            count(*) FILTER (WHERE ${known('$5')})::int AS known,
            count(*) FILTER (WHERE ${inTime('$5')})::int AS in_time
          ${cases}`,
          params,
        ),
        queryable.query<{
          provider: string | null;
          noticed: number;
          removed: number;
          median: number | null;
          p90: number | null;
          known24: number;
          in24: number;
          known72: number;
          in72: number;
        }>(
          `SELECT f.hosting_provider AS provider, count(*)::int AS noticed,
            count(*) FILTER (WHERE ${removed})::int AS removed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY ${removal}) FILTER (WHERE ${removed}) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY ${removal}) FILTER (WHERE ${removed}) AS p90,
            count(*) FILTER (WHERE ${known(`${24 * hour}`)})::int AS known24,
            count(*) FILTER (WHERE ${inTime(`${24 * hour}`)})::int AS in24,
            count(*) FILTER (WHERE ${known(`${72 * hour}`)})::int AS known72,
            count(*) FILTER (WHERE ${inTime(`${72 * hour}`)})::int AS in72
          ${cases} AND ${noticed}
          GROUP BY f.hosting_provider`,
          params.slice(0, 4),
        ),
        // Reports and URLs received in the period, of the cases opened in it: each link of a
        // report to a case is one history entry (open or link_report) at the report's time.
        queryable.query<{ reports: number; urls: number; opened: number }>(
          `SELECT linked.reports, linked.urls,
            (SELECT count(*) FROM ${s}.case_facts AS f
              WHERE f.portal = $1 AND f.created_at >= $2 AND f.created_at < $3)::int AS opened
          FROM (SELECT count(DISTINCT rc.report_id)::int AS reports, count(*)::int AS urls
            FROM ${s}.case_facts AS f
            JOIN ${s}.report_cases AS rc ON rc.case_id = f.case_id
            JOIN ${s}.reports AS r ON r.report_id = rc.report_id
            WHERE f.portal = $1 AND f.created_at >= $2 AND f.created_at < $3
              AND r.received_at >= $2 AND r.received_at < $3) AS linked`,
          params.slice(0, 3),
        ),
        queryable.query<{ case_id: string }>(
          `SELECT f.case_id ${cases} AND NOT ${settled}`,
          params.slice(0, 4),
        ),
      ]);
      const row = totals.rows[0]!;
      const casesPerState = Object.fromEntries(
        takedownStates.map((state) => [state, Number(row[state])]),
      ) as Record<TakedownState, number>;
      let overdue = Number(row.overdue);
      // Cases changed after the end of the period: their state then, from their history.
      const changed = unsettled.rows.map((found) => found.case_id);
      if (changed.length > 0) {
        const endTime = end.getTime();
        for (const stored of await readCases('c.id = ANY($1)', [changed])) {
          const then = replayHistory(
            stored.history.filter((entry) => {
              const time = Date.parse(entry.at);
              return time < to.getTime() && time <= endTime;
            }),
          );
          casesPerState[then.state] += 1;
          if (isOverdue(then, { now: end, deadlineHours })) overdue += 1;
        }
      }
      const { reports, urls, opened } = arrivals.rows[0]!;
      const removalTimesPerHostingProvider: HostingProviderRemovalTimes[] = providers.rows
        .sort((a, b) => compareText(a.provider, b.provider))
        .map((group) => ({
          hostingProvider: group.provider,
          noticed: group.noticed,
          removed: group.removed,
          medianHours: hours(group.median),
          p90Hours: hours(group.p90),
          shareWithin24Hours: share(group.in24, group.known24),
          shareWithin72Hours: share(group.in72, group.known72),
        }));
      return {
        reportsReceived: reports,
        urlsReceived: urls,
        duplicatesLinked: urls - opened,
        casesPerState,
        medianHoursToAssessment: hours(row.to_assessment ?? null),
        medianHoursFromFirstNoticeToRemoval: hours(row.to_removal ?? null),
        shareRemovedWithinDeadline: share(Number(row.in_time), Number(row.known)),
        overdue,
        deadlineHours,
        removalTimesPerHostingProvider,
      } satisfies TakedownMetrics;
    },

    async removalTimesPerWeek({ portal, now, weeks = 12 }) {
      const last = weekStartOf(now.getTime());
      const first = last - (weeks - 1) * week;
      const { rows } = await queryable.query<{
        week_start: string;
        median: number;
        removals: number;
      }>(
        `SELECT to_char(date_trunc('week', f.removed_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week_start,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY ${msBetween('f.removed_at', 'f.first_notice_at')}) AS median,
          count(*)::int AS removals
        FROM ${s}.case_facts AS f
        WHERE f.portal = $1 AND f.removed_at >= $2 AND f.removed_at < $3
        GROUP BY 1`,
        [portal, new Date(first).toISOString(), new Date(last + week).toISOString()],
      );
      const byWeek = new Map(rows.map((found) => [found.week_start, found]));
      return Array.from({ length: weeks }, (_, index): RemovalWeek => {
        const weekStart = new Date(first + index * week).toISOString().slice(0, 10);
        const found = byWeek.get(weekStart);
        return {
          weekStart,
          medianHours: found ? hours(found.median) : null,
          removals: found?.removals ?? 0,
        };
      });
    },

    async transparencyReport({ portal, year }) {
      const params = [
        portal,
        new Date(Date.UTC(year, 0, 1)).toISOString(),
        new Date(Date.UTC(year + 1, 0, 1)).toISOString(),
      ];
      const assessed = `FROM ${s}.case_facts AS f
        WHERE f.portal = $1 AND f.assessed_at >= $2 AND f.assessed_at < $3`;
      const removal = msBetween('f.removed_at', 'f.first_notice_at');
      const [actions, reasons, classes, notices] = await Promise.all([
        queryable.query<Record<string, number>>(
          `SELECT count(*)::int AS assessed,
            count(*) FILTER (WHERE f.classification IS NOT NULL)::int AS confirmed,
            count(*) FILTER (WHERE f.classification IS NULL AND f.dismissal_reason IS NOT NULL)::int AS dismissed,
            count(*) FILTER (WHERE f.classification IS NOT NULL AND f.forwarded_to_hotline)::int AS hotline,
            count(*) FILTER (WHERE f.classification IS NOT NULL AND f.reported_to_law_enforcement)::int AS police
          ${assessed}`,
          params,
        ),
        queryable.query<{ reason: string; cases: number }>(
          `SELECT f.dismissal_reason AS reason, count(*)::int AS cases ${assessed}
            AND f.classification IS NULL AND f.dismissal_reason IS NOT NULL GROUP BY 1`,
          params,
        ),
        queryable.query<{ classification: string; severity: string | null; cases: number }>(
          `SELECT f.classification, f.severity, count(*)::int AS cases ${assessed}
            AND f.classification IS NOT NULL GROUP BY 1, 2`,
          params,
        ),
        queryable.query<{
          level: number;
          provider: string | null;
          country: string | null;
          notices: number;
          reminders: number;
          removed: number;
          median: number | null;
          p90: number | null;
        }>(
          `SELECT GROUPING(f.hosting_provider, f.hosting_country)::int AS level,
            f.hosting_provider AS provider, f.hosting_country AS country,
            count(*)::int AS notices, sum(f.reminders)::int AS reminders,
            count(f.removed_at)::int AS removed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY ${removal}) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY ${removal}) AS p90
          FROM ${s}.case_facts AS f
          WHERE f.portal = $1 AND f.first_notice_at >= $2 AND f.first_notice_at < $3
            AND f.classification IS NOT NULL
          GROUP BY GROUPING SETS ((), (f.hosting_provider, f.hosting_country), (f.hosting_country))`,
          params,
        ),
      ]);
      const action = actions.rows[0]!;
      const group = (
        found: (typeof notices.rows)[number] | undefined,
      ): TransparencyNoticeGroup => ({
        notices: found?.notices ?? 0,
        reminders: found?.reminders ?? 0,
        removed: found?.removed ?? 0,
        medianHoursToRemoval: hours(found?.median ?? null),
        p90HoursToRemoval: hours(found?.p90 ?? null),
      });
      const dismissal = Object.fromEntries(
        dismissalReasons.map((reason) => [reason, 0]),
      ) as TransparencyReport['dismissalReasons'];
      for (const found of reasons.rows)
        dismissal[found.reason as keyof typeof dismissal] = found.cases;
      return {
        portal,
        year,
        casesAssessed: action.assessed!,
        actionTaken: {
          confirmed: action.confirmed!,
          dismissed: action.dismissed!,
          other: action.assessed! - action.confirmed! - action.dismissed!,
          forwardedToHotline: action.hotline!,
          reportedToLawEnforcement: action.police!,
        },
        dismissalReasons: dismissal,
        byClassification: classes.rows
          .map((found) => ({
            classification: found.classification,
            severity: found.severity,
            cases: found.cases,
          }))
          .sort(
            (a, b) =>
              compareText(a.classification, b.classification) ||
              compareText(a.severity, b.severity),
          ),
        notices: group(notices.rows.find((found) => found.level === 3)),
        byHostingProvider: notices.rows
          .filter((found) => found.level === 0)
          .sort((a, b) => compareText(a.provider, b.provider) || compareText(a.country, b.country))
          .map((found) => ({
            hostingProvider: found.provider,
            hostingCountry: found.country!,
            ...group(found),
          })),
        byHostingCountry: notices.rows
          .filter((found) => found.level === 2)
          .sort((a, b) => compareText(a.country, b.country))
          .map((found) => ({ hostingCountry: found.country!, ...group(found) })),
      };
    },
  };
}
