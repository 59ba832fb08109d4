import type { Translator } from '@reportal/core';
import { type Html, html } from '../html/html.js';

/**
 * A reported URL as the console shows it, never as a link: the site it really goes to (its
 * host, as the URL parser reads it) first and in bold, then the URL as text, and a warning when a
 * user name or password stands before the host. In `https://trusted.example.org@evil.example.com/`
 * the text before `@` looks like the site and is not: the URL goes to evil.example.com.
 */
export function reportedUrlView(url: string, t: Translator): Html {
  const text = html`<code class="url" dir="ltr">${url}</code>`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Stored URLs are parsed at intake; a text that is not one is shown as text, no more.
    return text;
  }
  const { host } = parsed;
  const userinfo = parsed.username !== '' || parsed.password !== '';
  return html`<span class="site">${t('console.url.site')}: <strong class="url" dir="ltr">${host}</strong></span><br>${text}${
    userinfo &&
    html`<p class="notice warning" role="note">${t('console.url.userinfo_warning', { host })}</p>`
  }`;
}
