import { type Portal, portalCountryName, type Translator } from '@reportal/core';
import { pageAssets } from '../assets/page-assets.js';
import { type Html, html } from '../html/html.js';
import { pageDocument } from '../html/page-document.js';

/** A console path with the console's language kept (`?locale=`) when it was chosen. */
export function consoleHref(path: string, locale: string | undefined): string {
  return locale ? `${path}?locale=${encodeURIComponent(locale)}` : path;
}

/**
 * The console's page: no data, only the sign-in form and an empty view. Its script keeps the
 * token in sessionStorage and loads the view named by `data-view` with the bearer header.
 */
export function consoleShell(options: {
  portal: Portal;
  t: Translator;
  view: string;
  locale: string | undefined;
}): Html {
  const { t, locale } = options;
  const title = consoleTitle(options.portal, t);
  return pageDocument({
    t,
    title,
    script: pageAssets.consoleScript,
    bodyClass: 'console',
    data: { title },
    body: html`<a class="skip" href="#main">${t('portal.skip_to_content')}</a>
<header>
<p class="brand">${title}</p>
<nav id="console-nav" hidden>
<a href="${consoleHref('/console/', locale)}">${t('console.nav.queue')}</a>
<a href="${consoleHref('/console/hosts', locale)}">${t('console.nav.hosts')}</a>
<a href="${consoleHref('/console/metrics', locale)}">${t('console.nav.metrics')}</a>
<a href="${consoleHref('/console/transparency', locale)}">${t('console.nav.transparency')}</a>
<button type="button" id="sign-out" class="secondary">${t('console.logout')}</button>
</nav>
</header>
<main id="main" tabindex="-1" data-view="${options.view}">
<noscript><p class="notice warning">${t('console.noscript')}</p></noscript>
<section id="sign-in" hidden aria-labelledby="sign-in-heading">
<h1 id="sign-in-heading">${t('console.login.page_title')}</h1>
<form id="sign-in-form" autocomplete="off">
<div class="field">
<label for="token">${t('console.login.token_label')}</label>
<p class="help" id="token-help">${t('console.login.token_help')}</p>
<p class="error" id="token-error" hidden>${t('console.login.invalid')}</p>
<input id="token" type="password" spellcheck="false" autocapitalize="off" dir="ltr" aria-describedby="token-help token-error">
</div>
<button type="submit">${t('console.login.submit')}</button>
</form>
</section>
<p id="console-status" role="status"></p>
<div id="view"></div>
</main>`,
  });
}

const consoleTitle = (portal: Portal, t: Translator) =>
  `${t('console.title')} – ${t('portal.country', { country: portalCountryName(portal, t.locale) })}`;

/**
 * A console page that is only a message (an address naming no case): the console's header and
 * the message, no script and no data.
 */
export function consoleMessagePage(options: { portal: Portal; t: Translator; body: Html }): Html {
  const { t } = options;
  const title = consoleTitle(options.portal, t);
  return pageDocument({
    t,
    title,
    bodyClass: 'console',
    body: html`<a class="skip" href="#main">${t('portal.skip_to_content')}</a>
<header>
<p class="brand">${title}</p>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>`,
  });
}
