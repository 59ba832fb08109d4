import type { PortalLocalization } from '../../localization/portal-localization.js';
import { type Html, html } from '../html/html.js';
import { type ReporterContext, reporterPage, reporterPaths } from './reporter-page.js';

/** The language choice (`GET /`): each of the portal's languages, named in itself. */
export function languagePage(context: ReporterContext, localization: PortalLocalization): Html {
  const { portal, t } = context;
  const languages = portal.locales.map((locale) => localization.translatorFor(locale));
  const main = html`<h1>${t('language.page_title')}</h1>
<p>${t('language.intro')}</p>
<ul class="languages">${languages.map(
    (language) =>
      html`<li><a href="${reporterPaths(language.locale).form}" lang="${language.locale}" dir="${language.direction}" hreflang="${language.locale}">${language('language.name')}</a></li>`,
  )}</ul>`;
  return reporterPage(context, { title: t('language.page_title'), main });
}
