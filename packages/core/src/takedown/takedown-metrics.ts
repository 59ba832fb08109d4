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
  /** Removal times per hosting provider of the noticed cases (named providers first, by name). */
  removalTimesPerHostingProvider: HostingProviderRemovalTimes[];
}

/** How fast one hosting provider removed what it was sent notices about. */
export interface HostingProviderRemovalTimes {
  /** As given at confirmation; `null` for cases confirmed without one. */
  hostingProvider: string | null;
  /** Cases whose first notice went to this provider. */
  noticed: number;
  /** Of those, the ones removed after the first notice. */
  removed: number;
  /** Median hours from the first notice to removal; `null` if none removed. */
  medianHours: number | null;
  /** 90th percentile (linear interpolation) of the same; `null` if none removed. */
  p90Hours: number | null;
  /** Share removed within 24 hours of the first notice, among cases whose outcome is known. */
  shareWithin24Hours: number | null;
  /** Share removed within 72 hours of the first notice, among cases whose outcome is known. */
  shareWithin72Hours: number | null;
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
  const providers = new Map<string | null, ProviderTally>();

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
    const provider = current.confirmation?.hostingProvider ?? null;
    const tally = providers.get(provider) ?? newProviderTally();
    providers.set(provider, tally);
    tallyRemoval(tally, removalTime, end - noticeAt);
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
    removalTimesPerHostingProvider: providerRemovalTimes(providers),
  };
}

/** What is counted of one provider's noticed cases before the figures are drawn. */
export interface ProviderTally {
  noticed: number;
  durations: number[];
  /** [known outcome, removed in time] within 24 h and within 72 h. */
  within24: [number, number];
  within72: [number, number];
}

/** An empty `ProviderTally`. */
export const newProviderTally = (): ProviderTally => ({
  noticed: 0,
  durations: [],
  within24: [0, 0],
  within72: [0, 0],
});

/** Counts one noticed case: its removal time (ms, or null) and how long ago its notice went. */
export function tallyRemoval(tally: ProviderTally, removal: number | null, sinceNotice: number) {
  tally.noticed += 1;
  if (removal !== null) tally.durations.push(removal);
  for (const [hours, counts] of [
    [24, tally.within24],
    [72, tally.within72],
  ] as const) {
    const limit = hours * hourInMilliseconds;
    const inTime = removal !== null && removal <= limit;
    if (inTime || sinceNotice > limit) counts[0] += 1;
    if (inTime) counts[1] += 1;
  }
}

/** Orders providers by name (code units), the unnamed last. */
export function compareProviders(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function providerRemovalTimes(
  providers: Map<string | null, ProviderTally>,
): HostingProviderRemovalTimes[] {
  return [...providers.entries()]
    .sort(([a], [b]) => compareProviders(a, b))
    .map(([hostingProvider, tally]) => ({
      hostingProvider,
      noticed: tally.noticed,
      removed: tally.durations.length,
      medianHours: medianHours(tally.durations),
      p90Hours: percentileHours(tally.durations, 0.9),
      shareWithin24Hours: tally.within24[0] === 0 ? null : tally.within24[1] / tally.within24[0],
      shareWithin72Hours: tally.within72[0] === 0 ? null : tally.within72[1] / tally.within72[0],
    }));
}

/**
 * The `fraction` percentile of durations (ms) in hours, interpolated linearly between the two
 * nearest ranks (as PostgreSQL's `percentile_cont`); `null` for no durations.
 */
export function percentileHours(durations: readonly number[], fraction: number): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const rank = fraction * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const value = sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
  return value / hourInMilliseconds;
}

function medianHours(durations: number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return median / hourInMilliseconds;
}
