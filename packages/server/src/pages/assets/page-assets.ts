import type { Route } from '../../http/router.js';
import { consoleScript, portalScript } from './browser-scripts.generated.js';
import { portalStylesheet } from './portal-stylesheet.js';

/** A same-origin file of the pages, named by its content so it can be cached for a year. */
export interface PageAsset {
  path: string;
  contentType: string;
  body: string;
}

// FNV-1a: a cache-busting name, not a security measure (the files are same-origin).
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const asset = (name: string, extension: string, contentType: string, body: string): PageAsset => ({
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

/** The routes that serve the assets, cacheable for a year (their names change with their content). */
export function assetRoutes(): Route[] {
  return Object.values(pageAssets).map((file) => ({
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
