import type { Route } from '../http/router.js';
import { type Logger, silentLogger } from '../logging/logger.js';
import type { ReportalParts } from '../reportal.js';
import { assetRoutes } from './assets/page-assets.js';
import { consoleRoutes } from './console/console-routes.js';
import { reporterRoutes } from './reporter/reporter-routes.js';

/** Where "leave this site quickly" goes unless the portal chooses another neutral page. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/';

/** Options of `createPortalPages`. */
export interface PortalPagesOptions {
  /**
   * The neutral page "leave this site quickly" opens (default `https://www.google.com/`, a page
   * that looks ordinary in anyone's history). Choose one that suits your country: an
   * `https:` (or `http:`) URL.
   */
  quickExitUrl?: string;
  /** Serve the analyst console under `/console/` (default `true`). */
  console?: boolean;
  /** Where a page that fails logs it (the error only, never anything of the request). */
  logger?: Logger;
}

/**
 * The reference portal's HTML pages, as the `routes` of `createReportal`: the language choice,
 * the report form, its confirmation with the receipt, the status lookup, privacy and legal
 * pages in each of the portal's locales (all working without JavaScript), and the analyst
 * console. Same-origin CSS and scripts only, a strict Content-Security-Policy, no cookie.
 *
 * @example
 * ```ts
 * import { createReportal } from '@reportal/server';
 * import { createPortalPages } from '@reportal/server/pages';
 * const reportal = createReportal({
 *   portal, catalogs, store,
 *   routes: createPortalPages({ quickExitUrl: 'https://www.example.com/' }),
 * });
 * ```
 */
export function createPortalPages(
  options: PortalPagesOptions = {},
): (parts: ReportalParts) => Route[] {
  const quickExitUrl = options.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
  if (!['https:', 'http:'].includes(new URL(quickExitUrl).protocol)) {
    throw new TypeError(`quickExitUrl must be an http: or https: URL, not ${quickExitUrl}`);
  }
  return (parts) => [
    ...assetRoutes(parts.portal),
    ...reporterRoutes(parts, { quickExitUrl, logger: options.logger ?? silentLogger }),
    ...(options.console === false ? [] : consoleRoutes(parts)),
  ];
}
