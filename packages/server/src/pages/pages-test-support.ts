// Test support for the pages (not exported): a portal with the pages on the memory store.
import { getPortal, type Portal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createReportal, type ReportalOptions } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';
import { createPortalPages, type PortalPagesOptions } from './create-portal-pages.js';

export const quickExitUrl = 'https://www.example.com/';

export function pagesReportal(
  options: Partial<ReportalOptions> & { pages?: PortalPagesOptions } = {},
) {
  const { pages, ...rest } = options;
  return createReportal({
    portal: getPortal('bz')!,
    catalogs: Object.values(catalogs),
    store: createMemoryStore(),
    rateLimit: false,
    routes: createPortalPages({ quickExitUrl, ...pages }),
    ...rest,
  });
}

/** Every launch locale in one portal. */
export const everyLocalePortal: Portal = {
  ...getPortal('bz')!,
  id: 'xx',
  locales: ['en', 'es', 'fr', 'pt', 'ar', 'ur', 'hi', 'sw'],
  countryNames: Object.fromEntries(
    ['en', 'es', 'fr', 'pt', 'ar', 'ur', 'hi', 'sw'].map((locale) => [locale, 'Example']),
  ),
};

export function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://portal.test${path}`, { headers });
}

export function postForm(
  path: string,
  fields: [string, string][] | Record<string, string>,
): Request {
  return new Request(`http://portal.test${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The receipt shown on a confirmation page. */
export function receiptOf(page: string): string | undefined {
  const shown = /id="receipt-code"[^>]*>(.*?)<\/p>/.exec(page)?.[1];
  return shown?.replace(/<[^>]+>/g, '');
}
