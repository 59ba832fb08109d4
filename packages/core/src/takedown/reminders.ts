import type { Case } from './case.js';

/** A portal's schedule of repeated notices (jurisdiction data `reminders`). */
export interface ReminderSchedule {
  /** Hours between the last notice and the next reminder. */
  intervalHours: number;
  /** Reminders at most per round of notices (a round starts with a notice that is not one). */
  limit: number;
}

/**
 * The reminders sent in the case's current round: since its last notice that was not a reminder.
 *
 * @example
 * ```ts
 * roundReminders(found); // 2 after a notice and two reminders
 * ```
 */
export function roundReminders(found: Pick<Case, 'notices'>): number {
  let count = 0;
  for (let index = found.notices.length - 1; index >= 0; index--) {
    if (!found.notices[index]!.reminder) return count;
    count += 1;
  }
  return count;
}

/**
 * When the case's next reminder is due, or `null` when none is: it is not in `notice_sent`, or
 * its round already has `limit` reminders. Due `intervalHours` after its last notice.
 *
 * @example
 * ```ts
 * const due = reminderDueAt(found, portal.reminders);
 * if (due && due <= now) await sendReminder(found);
 * ```
 */
export function reminderDueAt(
  found: Pick<Case, 'state' | 'notices'>,
  schedule: ReminderSchedule,
): Date | null {
  const last = found.notices.at(-1);
  if (found.state !== 'notice_sent' || !last) return null;
  if (roundReminders(found) >= schedule.limit) return null;
  return new Date(Date.parse(last.at) + schedule.intervalHours * 3_600_000);
}
