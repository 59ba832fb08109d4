import type { HostSummary } from '../../store/report-store.js';
import { type Html, html } from '../html/html.js';
import { formatTime } from './console-format.js';
import { consoleHref } from './console-shell.js';
import type { ViewContext } from './view-context.js';

const openStates = ['received', 'assessing', 'confirmed', 'forwarded', 'notice_sent'] as const;

/**
 * The hosts of open cases, most open cases first: counts per state, the oldest open case, and a
 * link to the host's cases in the queue (where they can be selected for one action).
 */
export function hostsView(
  context: ViewContext,
  options: { items: readonly HostSummary[]; nextCursor: string | null },
): Html {
  const { t, locale } = context;
  const nextHref =
    options.nextCursor &&
    `/console/hosts?${new URLSearchParams({ cursor: options.nextCursor, ...(locale && { locale }) })}`;
  return html`<h1>${t('console.hosts.page_title')}</h1>
${
  options.items.length === 0
    ? html`<p>${t('console.hosts.empty')}</p>`
    : html`<table>
<caption class="visually-hidden">${t('console.hosts.page_title')}</caption>
<thead><tr><th scope="col">${t('console.hosts.column.host')}</th><th scope="col">${t('console.hosts.column.open')}</th>${openStates.map((state) => html`<th scope="col">${t(`console.state.${state}` as const)}</th>`)}<th scope="col">${t('console.hosts.column.oldest')}</th></tr></thead>
<tbody>${options.items.map(
        (item) => html`<tr>
<th scope="row"><span class="url" dir="ltr">${item.host}</span><br><a href="${`/console/?${new URLSearchParams({ host: item.host, sort: 'oldest', ...(locale && { locale }) })}`}">${t('console.hosts.show_cases')}</a></th>
<td>${item.openCases}</td>
${openStates.map((state) => html`<td>${item.states[state]}</td>`)}
<td><a href="${consoleHref(`/console/cases/${encodeURIComponent(item.oldestOpenCase.id)}`, locale)}">${formatTime(item.oldestOpenCase.createdAt, t)}</a></td>
</tr>`,
      )}</tbody>
</table>`
}
${nextHref && html`<p><a href="${nextHref}">${t('console.queue.next_page')}</a></p>`}`;
}
