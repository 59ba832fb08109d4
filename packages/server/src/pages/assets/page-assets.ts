import { hotlineColors, hotlineLogo, type Portal } from '@reportal/core';
import type { Route } from '../../http/router.js';
import { consoleScript, portalScript } from './browser-scripts.generated.js';
import { portalStylesheet } from './portal-stylesheet.js';

/** A same-origin file of the pages, named by its content so it can be cached for a year. */
export interface PageAsset {
  path: string;
  contentType: string;
  body: string | Uint8Array<ArrayBuffer>;
}

// FNV-1a: a cache-busting name, not a security measure (the files are same-origin).
function contentHash(content: string | Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < content.length; index++) {
    hash ^= typeof content === 'string' ? content.charCodeAt(index) : content[index]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const asset = (
  name: string,
  extension: string,
  contentType: string,
  body: string | Uint8Array<ArrayBuffer>,
): PageAsset => ({
  path: `/assets/${name}.${contentHash(body)}.${extension}`,
  contentType,
  body,
});

/** The stylesheet and the two scripts the pages load, all from the portal's own origin. */
export const pageAssets = {
  stylesheet: asset('reportal', 'css', 'text/css; charset=utf-8', portalStylesheet),
  portalScript: asset('reportal', 'js', 'text/javascript; charset=utf-8', portalScript),
  consoleScript: asset('console', 'js', 'text/javascript; charset=utf-8', consoleScript),
} as const;

/** The hotline's logo and brand colours, as files of the portal's own origin. */
export interface HotlineAssets {
  logo?: PageAsset;
  /** The band's colours: a stylesheet, as the pages' CSP allows no inline style. */
  stylesheet?: PageAsset;
}

const hotlineAssetsOf = new WeakMap<Portal, HotlineAssets>();

/** The portal's hotline assets (made once per portal object). */
export function hotlineAssets(portal: Portal): HotlineAssets {
  let assets = hotlineAssetsOf.get(portal);
  if (!assets) {
    const logo = hotlineLogo(portal);
    const colors = hotlineColors(portal);
    assets = {
      ...(logo && {
        logo: asset('logo', logo.extension, logo.mediaType, new Uint8Array(logo.bytes)),
      }),
      ...(colors && {
        stylesheet: asset(
          'hotline',
          'css',
          'text/css; charset=utf-8',
          `.hotline{color:${colors.text};background:${colors.background}}`,
        ),
      }),
    };
    hotlineAssetsOf.set(portal, assets);
  }
  return assets;
}

/** The routes that serve the assets, cacheable for a year (their names change with their content). */
export function assetRoutes(portal?: Portal): Route[] {
  const hotline = portal ? Object.values(hotlineAssets(portal)) : [];
  return [...Object.values(pageAssets), ...hotline].map((file) => ({
    method: 'GET',
    path: file.path,
    handler: () =>
      new Response(file.body, {
        headers: {
          'Content-Type': file.contentType,
          'Cache-Control': 'public, max-age=31536000, immutable',
        },
      }),
  }));
}
