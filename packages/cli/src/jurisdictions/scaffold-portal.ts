import type { PortalInput } from '@reportal/core';

/** Options of `scaffoldPortal`. */
export interface ScaffoldPortalOptions {
  locales: readonly string[];
  country?: string | undefined;
}

/**
 * A new portal configuration with every field present: names and the hotline are left empty,
 * so `reportal jurisdictions check` lists what is left to fill in. It starts as an example
 * configuration (reserved domain names only) until a hotline sets `example` to false.
 */
export function scaffoldPortal(id: string, options: ScaffoldPortalOptions): PortalInput {
  const country = options.country ?? (/^[a-z]{2}$/.test(id) ? id.toUpperCase() : '');
  const names = [...new Set([...options.locales, 'en'])];
  return {
    id,
    example: true,
    country,
    countryNames: Object.fromEntries(names.map((locale) => [locale, ''])),
    locales: [...options.locales],
    defaultLocale: options.locales[0] ?? 'en',
    hotline: { name: '', website: '' },
    outcomeFeedback: false,
    retention: { reportDays: 365, contactDays: 90 },
    takedownDeadlineHours: 72,
    receivedAtPrecision: 'hour',
  };
}
