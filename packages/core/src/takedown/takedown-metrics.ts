import type { Case } from './case.js';
import { hourInMilliseconds, type TimeInput, toTimestamp } from './event-time.js';
import { DEFAULT_TAKEDOWN_DEADLINE_HOURS, isOverdue } from './overdue.js';
import { replayHistory } from './replay-history.js';
import { type TakedownState, takedownStates } from './takedown-machine.js';

/** Options of `computeTakedownMetrics`: the period `[from, to)` and, if it is not over, now. */
export interface TakedownMetricsOptions {
  from: TimeInput;
  to: TimeInput;
  /** The current time, when `to` may lie in the future; the function reads no clock. */
  now?: TimeInput;
  /** The takedown deadline for the share removed in time and the overdue count (default 72). */
  deadlineHours?: number;
}

/** Takedown metrics of one period, computed from the cases' histories. */
export interface TakedownMetrics {
  /** Distinct reports received in the period. */
  reportsReceived: number;
  /** URLs received in the period: one per report and canonical URL (cases opened + duplicates). */
  urlsReceived: number;
  /** Reports linked to an already open case in the period. */
  duplicatesLinked: number;
  /** The cases opened in the period, by their state at the end of the period (or now). */
  casesPerState: Record<TakedownState, number>;
  /** Median hours from receipt to the first assessment (`confirm` or `dismiss`); `null` if none. */
  medianHoursToAssessment: number | null;
  /** Median hours from the first notice to the first verified removal after it; `null` if none. */
  medianHoursFromFirstNoticeToRemoval: number | null;
  /**
   * Share (0 to 1) of noticed cases removed within `deadlineHours` of the first notice, among
   * those whose outcome is known (removed, or the deadline passed); `null` if none.
   */
  shareRemovedWithinDeadline: number | null;
  /** Cases overdue at the end of the period (or now). */
  overdue: number;
  deadlineHours: number;
}

/**
 * Computes the takedown metrics of a period from the cases' histories. Receipt counts are by
 * arrival time in `[from, to)`. Everything else describes the cases opened in the period, as
 * they stood at the end of the period (or `now`, if earlier): a time is counted only for cases
 * that reached its end point by then. Receipt times are coarsened (to the hour or the day), so
 * times to assessment are at most that much too long.
 *
 * @example
 * ```ts
 * const metrics = computeTakedownMetrics(cases, {
 *   from: '2025-01-01T00:00:00Z', to: '2025-04-01T00:00:00Z', now: new Date(),
 * });
 * metrics.medianHoursToAssessment; // e.g. 5.5, or null when no case was assessed
 * ```
 */
export function computeTakedownMetrics(
  cases: readonly Case[],
  options: TakedownMetricsOptions,
): TakedownMetrics {
  const from = toTimestamp(options.from, 'from');
  const to = toTimestamp(options.to, 'to');
  const end = Math.min(to, options.now === undefined ? to : toTimestamp(options.now, 'now'));
  const deadlineHours = options.deadlineHours ?? DEFAULT_TAKEDOWN_DEADLINE_HOURS;
  const deadline = deadlineHours * hourInMilliseconds;
  const inPeriod = (at: string) => {
    const time = Date.parse(at);
    return time >= from && time < to;
  };
  const seen = (at: string) => {
    const time = Date.parse(at);
    return time < to && time <= end;
  };

  const reports = new Set<string>();
  let urlsReceived = 0;
  let duplicatesLinked = 0;
  const casesPerState = Object.fromEntries(takedownStates.map((state) => [state, 0])) as Record<
    TakedownState,
    number
  >;
  const toAssessment: number[] = [];
  const toRemoval: number[] = [];
  let noticed = 0;
  let removedInTime = 0;
  let overdue = 0;

  for (const stored of cases) {
    for (const entry of stored.history) {
      if ((entry.type === 'open' || entry.type === 'link_report') && inPeriod(entry.at)) {
        reports.add(entry.payload.reportId);
        urlsReceived += 1;
        if (entry.type === 'link_report') duplicatesLinked += 1;
      }
    }
    if (!inPeriod(stored.createdAt) || !seen(stored.createdAt)) continue;

    const current = replayHistory(stored.history.filter((entry) => seen(entry.at)));
    casesPerState[current.state] += 1;
    if (isOverdue(current, { now: new Date(end), deadlineHours })) overdue += 1;
    if (current.assessedAt) {
      toAssessment.push(Date.parse(current.assessedAt) - Date.parse(current.createdAt));
    }
    const firstNotice = current.history.find((entry) => entry.type === 'send_notice');
    if (!firstNotice) continue;
    const noticeAt = Date.parse(firstNotice.at);
    const removal = current.history.find(
      (entry) => entry.type === 'verify_removed' && entry.version > firstNotice.version,
    );
    const removalTime = removal ? Date.parse(removal.at) - noticeAt : null;
    if (removalTime !== null) toRemoval.push(removalTime);
    const inTime = removalTime !== null && removalTime <= deadline;
    if (inTime || end - noticeAt > deadline) {
      noticed += 1;
      if (inTime) removedInTime += 1;
    }
  }

  return {
    reportsReceived: reports.size,
    urlsReceived,
    duplicatesLinked,
    casesPerState,
    medianHoursToAssessment: medianHours(toAssessment),
    medianHoursFromFirstNoticeToRemoval: medianHours(toRemoval),
    shareRemovedWithinDeadline: noticed === 0 ? null : removedInTime / noticed,
    overdue,
    deadlineHours,
  };
}

function medianHours(durations: number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return median / hourInMilliseconds;
}
