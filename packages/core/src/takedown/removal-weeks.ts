import type { Case } from './case.js';

const week = 7 * 24 * 3_600_000;
const hour = 3_600_000;

/** One week of the chart: its Monday (UTC), the median hours from first notice to removal, and how many removals. */
export interface RemovalWeek {
  weekStart: string;
  medianHours: number | null;
  removals: number;
}

/** The Monday 00:00 UTC of the week of `time`. */
export function weekStartOf(time: number): number {
  const day = new Date(time);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - sinceMonday);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median time from a case's first notice to the verified removal that follows it, per week
 * of removal (UTC, weeks start on Monday), for the `weeks` weeks up to `now` (default 12).
 *
 * @example
 * ```ts
 * const weeks = computeRemovalTimesPerWeek(cases, { now: new Date() });
 * weeks.at(-1)?.medianHours; // this week's median, or null
 * ```
 */
export function computeRemovalTimesPerWeek(
  cases: readonly Case[],
  options: { now: Date; weeks?: number },
): RemovalWeek[] {
  const weeks = options.weeks ?? 12;
  const last = weekStartOf(options.now.getTime());
  const first = last - (weeks - 1) * week;
  const durations = new Map<number, number[]>();
  for (const current of cases) {
    const notice = current.history.find((entry) => entry.type === 'send_notice');
    if (!notice) continue;
    const removal = current.history.find(
      (entry) => entry.type === 'verify_removed' && entry.version > notice.version,
    );
    if (!removal) continue;
    const removedAt = Date.parse(removal.at);
    const start = weekStartOf(removedAt);
    if (start < first || start > last) continue;
    durations.set(start, [
      ...(durations.get(start) ?? []),
      (removedAt - Date.parse(notice.at)) / hour,
    ]);
  }
  return Array.from({ length: weeks }, (_, index) => {
    const start = first + index * week;
    const values = durations.get(start) ?? [];
    return {
      weekStart: new Date(start).toISOString().slice(0, 10),
      medianHours: median(values),
      removals: values.length,
    };
  });
}
