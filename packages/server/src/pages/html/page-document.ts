import type { Translator } from '@reportal/core';
import { type PageAsset, pageAssets } from '../assets/page-assets.js';
import { type Html, html } from './html.js';

/** Options of `pageDocument`. */
export interface PageDocumentOptions {
  /** The page's language and direction (`<html lang dir>`). */
  t: Pick<Translator, 'locale' | 'direction'>;
  title: string;
  /** The `<meta name="description">` search engines show. */
  description?: string;
  /** A second same-origin stylesheet (the hotline's colours), if any. */
  stylesheet?: PageAsset;
  /** The same-origin script (deferred), if the page has one. */
  script?: PageAsset;
  bodyClass?: string;
  /** Extra `data-*` attributes of `<body>`. */
  data?: Record<string, string>;
  body: Html;
}

/** A whole HTML document: language and direction, the stylesheet, an optional deferred script. */
export function pageDocument(options: PageDocumentOptions): Html {
  const { t } = options;
  const data = Object.entries(options.data ?? {}).map(
    ([name, value]) => html` data-${name}="${value}"`,
  );
  return html`<!doctype html>
<html lang="${t.locale}" dir="${t.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
${options.description !== undefined && html`<meta name="description" content="${options.description}">`}
<link rel="stylesheet" href="${pageAssets.stylesheet.path}">
${options.stylesheet && html`<link rel="stylesheet" href="${options.stylesheet.path}">`}
${options.script && html`<script src="${options.script.path}" defer></script>`}
</head>
<body${options.bodyClass && html` class="${options.bodyClass}"`}${data}>
${options.body}
</body>
</html>
`;
}
