import type { PortalInput } from '@reportal/core';

/** Options of `scaffoldPortal`. */
export interface ScaffoldPortalOptions {
  locales: readonly string[];
  country?: string | undefined;
}

/**
 * A new portal configuration: the hotline is left empty, so `reportal jurisdictions check` lists
 * what is left to fill in; the country's names come from CLDR (add `countryNames` only to differ). It starts as an example
 * configuration (reserved domain names only) until a hotline sets `example` to false.
 */
export function scaffoldPortal(id: string, options: ScaffoldPortalOptions): PortalInput {
  const country = options.country ?? (/^[a-z]{2}$/.test(id) ? id.toUpperCase() : '');
  return {
    id,
    example: true,
    country,
    locales: [...options.locales],
    defaultLocale: options.locales[0] ?? 'en',
    hotline: { name: '', website: '' },
    outcomeFeedback: false,
    retention: { reportDays: 365, contactDays: 90 },
    takedownDeadlineHours: 72,
    receivedAtPrecision: 'hour',
  };
}
