import { ReportalError } from '../errors/reportal-error.js';
import type { Case, CaseHistoryEntry } from './case.js';
import { takedownEvents } from './takedown-machine.js';

/**
 * Rebuilds a case from its history: the first entry opens it, each further entry is applied as
 * recorded. The entries are facts already accepted by `applyEvent`, so nothing is checked again;
 * a history that does not start with `open` throws `ReportalError` `invalid_argument`.
 *
 * @example
 * ```ts
 * const rebuilt = replayHistory(stored.history);
 * rebuilt.version === stored.history.length; // true
 * ```
 */
export function replayHistory(history: readonly CaseHistoryEntry[]): Case {
  let current: Case | null = null;
  for (const entry of history) current = evolveCase(current, entry);
  if (!current) throw new ReportalError('invalid_argument', 'A case history cannot be empty');
  return current;
}

/** Applies one recorded entry to a case (or opens it): the single place where facts change. */
export function evolveCase(current: Case | null, entry: CaseHistoryEntry): Case {
  if (entry.type === 'open') {
    if (current) throw new ReportalError('invalid_argument', 'A case opens only once');
    const { payload } = entry;
    return {
      id: payload.caseId,
      portal: payload.portal,
      urlKey: payload.urlKey,
      urls: [...new Set(payload.urls)],
      reportIds: [payload.reportId],
      state: 'received',
      version: entry.version,
      createdAt: entry.at,
      updatedAt: entry.at,
      assignee: null,
      assessedAt: null,
      confirmation: null,
      dismissal: null,
      mergedInto: null,
      forwards: [],
      notices: [],
      firstNoticeAt: null,
      reminderCount: 0,
      lawEnforcementNotifications: [],
      removedAt: null,
      history: [entry],
    };
  }
  if (!current) throw new ReportalError('invalid_argument', 'A case history starts with `open`');
  const { to } = takedownEvents[entry.type];
  const next: Case = {
    ...current,
    state: to === 'unchanged' ? current.state : to,
    version: entry.version,
    updatedAt: entry.at,
    history: [...current.history, entry],
  };
  const { at } = entry;
  switch (entry.type) {
    case 'link_report':
      if (!next.reportIds.includes(entry.payload.reportId)) {
        next.reportIds = [...next.reportIds, entry.payload.reportId];
      }
      next.urls = [...new Set([...next.urls, ...entry.payload.urls])];
      break;
    case 'claim':
      next.assignee = entry.actor.id;
      break;
    case 'reopen':
      next.assignee = entry.actor.id;
      next.dismissal = null;
      break;
    case 'release':
      next.assignee = null;
      break;
    case 'dismiss':
      next.assignee = null;
      next.assessedAt ??= at;
      next.dismissal = { at, reason: entry.payload.reason };
      break;
    case 'merge':
      next.assignee = null;
      next.mergedInto = entry.payload.into;
      break;
    case 'confirm':
      next.assignee = null;
      next.assessedAt ??= at;
      next.confirmation = { at, ...entry.payload };
      break;
    case 'forward':
      next.forwards = [...next.forwards, { at, ...entry.payload }];
      break;
    case 'send_notice': {
      const reminder = current.state === 'notice_sent';
      next.notices = [...next.notices, { at, reminder, ...entry.payload }];
      next.firstNoticeAt ??= at;
      if (reminder) next.reminderCount += 1;
      break;
    }
    case 'notify_law_enforcement':
      next.lawEnforcementNotifications = [
        ...next.lawEnforcementNotifications,
        { at, ...entry.payload },
      ];
      break;
    case 'verify_removed':
      next.removedAt = at;
      break;
    case 'reappear':
      next.removedAt = null;
      break;
    case 'close':
      break;
  }
  return next;
}
