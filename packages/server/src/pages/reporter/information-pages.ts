import { portalCountryName } from '@reportal/core';
import { type Html, html } from '../html/html.js';
import { type ReporterContext, reporterPage, reporterPaths } from './reporter-page.js';

/** What the portal stores and never stores, from the portal's own retention settings. */
export function privacyPage(context: ReporterContext): Html {
  const { portal, t } = context;
  const main = html`<h1>${t('privacy.page_title')}</h1>
<p>${t('privacy.summary')}</p>
<p>${t('privacy.stored', { precision: portal.receivedAtPrecision })}</p>
<p>${t('privacy.never_stored')}</p>
<p>${t('privacy.contact', { days: portal.retention.contactDays })}</p>
<p>${t('privacy.retention', { days: portal.retention.reportDays })}</p>
<p>${t('privacy.receipt')}</p>
<p>${t('privacy.sharing')}</p>
<p>${t('privacy.history')}</p>`;
  return reporterPage(context, { title: t('privacy.page_title'), main, current: 'privacy' });
}

/** Who operates the portal and what it is for. The hotline's website is text, not a link. */
export function legalPage(context: ReporterContext): Html {
  const { portal, t } = context;
  const country = portalCountryName(portal, t.locale);
  const hotline = portal.hotline.name;
  const main = html`<h1>${t('legal.page_title')}</h1>
<p>${t('legal.operator', { hotline, country })}</p>
<p>${t('legal.purpose', { country })}</p>
<p>${t('legal.good_faith')}</p>
<p>${t('legal.hotline_website', { hotline, website: portal.hotline.website })}</p>`;
  return reporterPage(context, { title: t('legal.page_title'), main, current: 'legal' });
}

/** A page for an error: not found, or a request the page cannot take. */
export function problemPage(
  context: ReporterContext,
  kind: 'not_found' | 'error',
  detail?: string,
): Html {
  const { t } = context;
  const heading = kind === 'not_found' ? t('page.not_found.heading') : t('page.error.heading');
  const main = html`<h1>${heading}</h1>
<p>${detail ?? (kind === 'not_found' ? t('page.not_found.body') : t('page.error.body'))}</p>
<p><a href="${reporterPaths(t.locale).form}">${t('portal.report_link')}</a></p>`;
  return reporterPage(context, { title: heading, main });
}
