import { type Case, isOverdue, type TakedownState, takedownStates } from '@reportal/core';
import { flag, type Html, html } from '../html/html.js';
import { formatTime } from './console-format.js';
import { consoleHref } from './console-shell.js';
import { reportedUrlView } from './reported-url-view.js';
import { overdueNote, roleNote, type ViewContext } from './view-context.js';

/** Options of `queueView`. */
export interface QueueViewOptions {
  /** The overdue cases (first), then this page of cases. */
  overdue: readonly Case[];
  page: readonly Case[];
  nextCursor: string | null;
  state: TakedownState | undefined;
}

/** The queue: a state filter, overdue cases first, then the cases newest first. */
export function queueView(context: ViewContext, options: QueueViewOptions): Html {
  const { t, locale } = context;
  const overdueIds = new Set(options.overdue.map((item) => item.id));
  const rows = [...options.overdue, ...options.page.filter((item) => !overdueIds.has(item.id))];
  const nextHref =
    options.nextCursor &&
    `/console/?${new URLSearchParams({
      ...(options.state && { state: options.state }),
      cursor: options.nextCursor,
      ...(locale && { locale }),
    })}`;
  return html`<h1>${t('console.queue.page_title')}</h1>
${roleNote(context)}
<form method="get" action="/console/">
${locale && html`<input type="hidden" name="locale" value="${locale}">`}
<div class="field">
<label for="state">${t('console.queue.filter_state')}</label>
<select id="state" name="state">
<option value="">${t('console.queue.all_states')}</option>
${takedownStates.map((state) => html`<option value="${state}"${flag('selected', options.state === state)}>${t(`console.state.${state}` as const)}</option>`)}
</select>
</div>
<button type="submit">${t('console.queue.filter_submit')}</button>
</form>
<p>${t('console.queue.overdue_first')}</p>
${
  rows.length === 0
    ? html`<p>${t('console.queue.empty')}</p>`
    : html`<table>
<caption class="visually-hidden">${t('console.queue.caption')}</caption>
<thead><tr><th scope="col">${t('console.queue.column.case')}</th><th scope="col">${t('console.queue.column.urls')}</th><th scope="col">${t('console.queue.column.state')}</th><th scope="col">${t('console.queue.column.received')}</th><th scope="col">${t('console.queue.column.updated')}</th></tr></thead>
<tbody>${rows.map((item) => queueRow(item, context, overdueIds.has(item.id) || isOverdue(item, { now: context.now, deadlineHours: context.portal.takedownDeadlineHours })))}</tbody>
</table>`
}
${nextHref && html`<p><a href="${nextHref}">${t('console.queue.next_page')}</a></p>`}`;
}

function queueRow(item: Case, context: ViewContext, overdue: boolean): Html {
  const { t, locale } = context;
  return html`<tr>
<td><a href="${consoleHref(`/console/cases/${encodeURIComponent(item.id)}`, locale)}" class="url">${item.id}</a></td>
<td>${item.urls[0] !== undefined && html`${reportedUrlView(item.urls[0], t)}<br>`}${t('console.queue.url_count', { count: item.urls.length })}</td>
<td>${t(`console.state.${item.state}` as const)}${overdue && html`<br>${overdueNote(item, context)}`}</td>
<td>${formatTime(item.createdAt, t)}</td>
<td>${formatTime(item.updatedAt, t)}</td>
</tr>`;
}
