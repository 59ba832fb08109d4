import type { Case } from './case.js';
import { hourInMilliseconds, type TimeInput, toTimestamp } from './event-time.js';

/** The takedown deadline when the portal sets none: 72 hours from the first notice. */
export const DEFAULT_TAKEDOWN_DEADLINE_HOURS = 72;

/** Options of `isOverdue`. */
export interface OverdueOptions {
  /** The current time: the function reads no clock. */
  now: TimeInput;
  /** The portal's takedown deadline (default 72). */
  deadlineHours?: number;
}

/**
 * True when the case waits for removal (`notice_sent`) and its first notice is older than the
 * deadline. Reminders do not restart the clock; after a `reappear`, the clock starts again with
 * the next first notice.
 *
 * @example
 * ```ts
 * isOverdue(current, { now: new Date(), deadlineHours: portal.takedownDeadlineHours });
 * ```
 */
export function isOverdue(current: Case, options: OverdueOptions): boolean {
  const noticeAt = pendingNoticeAt(current);
  if (noticeAt === null) return false;
  const deadline = (options.deadlineHours ?? DEFAULT_TAKEDOWN_DEADLINE_HOURS) * hourInMilliseconds;
  return toTimestamp(options.now, 'now') - toTimestamp(noticeAt, 'notice time') > deadline;
}

/**
 * The first notice of the current round while the case is `notice_sent`, else `null`: the time
 * `isOverdue` measures the deadline from. Reminders do not move it; after a `reappear`, the next
 * first notice does. A store that indexes overdue cases keeps this value (never its own copy of
 * the rule).
 *
 * @example
 * ```ts
 * const noticeAt = pendingNoticeAt(current); // '2025-03-10T12:00:00.000Z', or null
 * ```
 */
export function pendingNoticeAt(current: Case): string | null {
  if (current.state !== 'notice_sent') return null;
  return current.notices.findLast((notice) => !notice.reminder)?.at ?? null;
}
