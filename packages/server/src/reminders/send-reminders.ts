import type { CaseActor, Portal } from '@reportal/core';
import type { ReportStore } from '../store/report-store.js';

/** Who records the reminders in a case's history. */
export const reminderActor: CaseActor = { id: 'reminders', role: 'analyst' };

/** What one pass of `sendDueReminders` did: counts only. */
export interface ReminderPassSummary {
  /** Reminders recorded by this process. */
  sent: number;
  /** Due cases another process (or an analyst) changed first: left to them. */
  skipped: number;
}

/**
 * Sends the notice again for every case of the portal still in `notice_sent` whose last notice
 * is older than the portal's `reminders.intervalHours`, up to `reminders.limit` reminders a
 * round: a `send_notice` event to the same recipient by the same channel, as an analyst's notice
 * (the core counts it as a reminder). Each is claimed by appending at the version read, so of
 * several processes sharing a store exactly one records each reminder; the others are refused
 * as stale and skip it.
 *
 * @example
 * ```ts
 * const { sent } = await sendDueReminders({ store, portal, now: new Date() });
 * ```
 */
export async function sendDueReminders(options: {
  store: ReportStore;
  portal: Portal;
  now: Date;
}): Promise<ReminderPassSummary> {
  const { store, portal, now } = options;
  const { intervalHours, limit } = portal.reminders;
  const summary: ReminderPassSummary = { sent: 0, skipped: 0 };
  if (limit === 0) return summary;
  const lastNoticeBefore = new Date(now.getTime() - intervalHours * 3_600_000);
  let cursor: string | undefined;
  do {
    const page = await store.listCases({
      portal: portal.id,
      reminderDue: { lastNoticeBefore, reminderLimit: limit },
      sort: 'oldest',
      limit: 100,
      ...(cursor !== undefined && { cursor }),
    });
    for (const due of page.items) {
      const last = due.notices.at(-1);
      if (!last) continue;
      const result = await store.appendEvent(due.id, {
        type: 'send_notice',
        expectedVersion: due.version,
        actor: reminderActor,
        at: now,
        payload: { recipient: last.recipient, channel: last.channel },
      });
      if (result.ok) summary.sent += 1;
      else summary.skipped += 1;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return summary;
}
