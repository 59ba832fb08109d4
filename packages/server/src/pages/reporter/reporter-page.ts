import { type Portal, portalCountryName, type Translator } from '@reportal/core';
import { hotlineAssets, pageAssets } from '../assets/page-assets.js';
import { type Html, html } from '../html/html.js';
import { pageDocument } from '../html/page-document.js';

/** What every reporter page knows: the portal, the page's translator and the quick exit. */
export interface ReporterContext {
  portal: Portal;
  t: Translator;
  /** Where "leave this site quickly" goes. */
  quickExitUrl: string;
}

/** The paths of a locale's pages. */
export const reporterPaths = (locale: string) => ({
  form: `/${locale}/`,
  report: `/${locale}/report`,
  status: `/${locale}/status`,
  privacy: `/${locale}/privacy`,
  legal: `/${locale}/legal`,
});

/**
 * The quick exit: a plain link, first on every page and first in the tab order, in a bar that
 * stays at the top of the window while the page scrolls. It works without JavaScript; the
 * shortcut (Shift three times) is shown only once the script runs.
 */
export function quickExit(t: Translator, quickExitUrl: string): Html {
  return html`<div class="exit-bar">
<a class="exit" href="${quickExitUrl}" rel="noreferrer" aria-describedby="exit-help">${t('quick_exit.label')}</a>
<span id="exit-help" class="exit-help">${t('quick_exit.help')}<span class="exit-keys" hidden> ${t('quick_exit.shortcut')}</span></span>
</div>`;
}

/**
 * The notices a page shows under its header, a draft translation and an example configuration:
 * one line each, that opens to the whole notice (so the form's first field stays in the first
 * screen of a phone).
 */
export function pageNotices(portal: Portal, t: Translator): Html {
  const notice = (short: string, whole: string) =>
    html`<details class="notice warning"><summary>${short}</summary><p>${whole}</p></details>`;
  return html`${t.status === 'draft' && notice(t('translation.draft_short'), t('translation.draft_notice'))}
${portal.example && notice(t('portal.example_short'), t('portal.example_configuration'))}`;
}

/**
 * A reporter page: the quick exit, the portal's name and navigation, the page's content in
 * `<main>`, and the footer with the hotline, privacy and legal links.
 */
export function reporterPage(
  context: ReporterContext,
  page: { title: string; main: Html; current?: 'form' | 'status' | 'privacy' | 'legal' },
): Html {
  const { portal, t } = context;
  const paths = reporterPaths(t.locale);
  const brand = hotlineAssets(portal);
  const current = (name: typeof page.current) =>
    html`${page.current === name && html` aria-current="page"`}`;
  return pageDocument({
    t,
    title: t('page.title', { page: page.title, portal: t('portal.title') }),
    description: t('portal.meta_description'),
    script: pageAssets.portalScript,
    ...(brand.stylesheet && { stylesheet: brand.stylesheet }),
    body: html`${quickExit(t, context.quickExitUrl)}
<a class="skip" href="#main">${t('portal.skip_to_content')}</a>
<header>
<p class="hotline">${brand.logo && html`<img src="${brand.logo.path}" alt="" height="40">`}<span>${portal.hotline.name}</span></p>
<p class="brand"><a href="${paths.form}">${t('portal.title')}</a></p>
<p class="country">${t('portal.country', { country: portalCountryName(portal, t.locale) })}</p>
<nav>
<a href="${paths.form}"${current('form')}>${t('portal.report_link')}</a>
<a href="${paths.status}"${current('status')}>${t('portal.status_link')}</a>
${portal.locales.length > 1 && html`<a href="/">${t('language.change')}</a>`}
</nav>
${pageNotices(portal, t)}
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer>
<p>${t('portal.operated_by', { hotline: portal.hotline.name })}</p>
<a href="${paths.privacy}"${current('privacy')}>${t('portal.privacy_link')}</a>
<a href="${paths.legal}"${current('legal')}>${t('portal.legal_link')}</a>
</footer>`,
  });
}
