import type { RemovalWeek, Translator } from '@reportal/core';
import { type Html, html } from '../html/html.js';
import { formatDuration } from './console-format.js';

/**
 * The bar chart of `removalTimesPerWeek` as SVG drawn on the server (no script, no library), with
 * the same figures in a table for screen readers and for exact values.
 */
export function removalChart(weeks: readonly RemovalWeek[], t: Translator): Html {
  const withData = weeks.filter((item) => item.medianHours !== null);
  if (withData.length === 0) return html`<p>${t('console.metrics.no_data')}</p>`;
  const highest = Math.max(...withData.map((item) => item.medianHours!), 1 / 60);
  const width = 640;
  const height = 240;
  const left = 8;
  const bottom = 40;
  const top = 24;
  const plot = height - bottom - top;
  const slot = (width - left * 2) / weeks.length;
  const weekLabel = (day: string) =>
    new Intl.DateTimeFormat(t.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
  const rtl = t.direction === 'rtl';
  const bars = weeks.map((item, index) => {
    const position = rtl ? weeks.length - 1 - index : index;
    const x = left + position * slot;
    const label = html`<text x="${(x + slot / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${weekLabel(item.weekStart)}</text>`;
    if (item.medianHours === null) return label;
    const barHeight = Math.max(2, (item.medianHours / highest) * plot);
    const y = height - bottom - barHeight;
    const duration = formatDuration(item.medianHours, t);
    return html`<g><title>${t('console.metrics.chart_week', { date: weekLabel(item.weekStart) })}: ${duration}</title>
<rect class="bar" x="${(x + slot * 0.15).toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${barHeight.toFixed(1)}"></rect>
<text x="${(x + slot / 2).toFixed(1)}" y="${(y - 6).toFixed(1)}" text-anchor="middle">${duration}</text>
${label}</g>`;
  });
  return html`<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
<line class="axis" x1="${left}" y1="${height - bottom}" x2="${width - left}" y2="${height - bottom}"></line>
${bars}
</svg>
<table>
<caption class="visually-hidden">${t('console.metrics.chart_title')}</caption>
<thead><tr><th scope="col">${t('console.metrics.period')}</th><th scope="col">${t('console.metrics.median_notice_to_removal')}</th></tr></thead>
<tbody>${withData.map(
    (item) =>
      html`<tr><td>${t('console.metrics.chart_week', { date: weekLabel(item.weekStart) })}</td><td>${formatDuration(item.medianHours!, t)}</td></tr>`,
  )}</tbody>
</table>`;
}
