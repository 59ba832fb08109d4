import type { Case, Portal, TakedownRole, Translator } from '@reportal/core';
import { type Html, html } from '../html/html.js';

/** What every console view knows: the portal, the language, the reader's role and the time. */
export interface ViewContext {
  portal: Portal;
  t: Translator;
  /** The `?locale=` the console was opened with, kept in its links. */
  locale: string | undefined;
  role: TakedownRole;
  now: Date;
}

/** Who is signed in, and a note when the role only reads. */
export function roleNote(context: ViewContext): Html {
  const { t, role } = context;
  return html`<p>${t('console.signed_in_as', { role: t(`console.role.${role}` as const) })}${role === 'auditor' && html` ${t('console.read_only')}`}</p>`;
}

/** The overdue badge and how long ago the notice went out. */
export function overdueNote(item: Case, context: ViewContext): Html {
  const { t, now } = context;
  const noticeAt = item.notices.findLast((notice) => !notice.reminder)?.at;
  const hours = noticeAt ? Math.floor((now.getTime() - Date.parse(noticeAt)) / 3_600_000) : 0;
  return html`<span class="badge">${t('console.overdue')}</span> ${t('console.overdue_since', { hours })}`;
}
