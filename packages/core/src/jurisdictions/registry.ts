import { localeFallbackChain } from '../locales/fallback-chain.js';
import type { Portal } from './portal-schema.js';
import { portals } from './portals.generated.js';

/**
 * Every portal of the jurisdiction registry (the launch set are example configurations).
 * The list satisfies `parseSubmission`'s `portals` option.
 *
 * @example
 * ```ts
 * const result = parseSubmission(body, { portals: listPortals() });
 * ```
 */
export function listPortals(): readonly Portal[] {
  return portals;
}

/**
 * The portal with this id, or `undefined`.
 *
 * @example
 * ```ts
 * getPortal('bz')?.locales; // ['en', 'es']
 * ```
 */
export function getPortal(id: string): Portal | undefined {
  return portals.find((portal) => portal.id === id);
}

/**
 * The portal's country name in a locale, following the fallback chain (`es-GT` -> `es` ->
 * the portal's default -> `en`), else the country code.
 *
 * @example
 * ```ts
 * portalCountryName(getPortal('bz')!, 'es'); // 'Belice'
 * ```
 */
export function portalCountryName(portal: Portal, locale: string): string {
  for (const tag of localeFallbackChain(locale, { defaultLocale: portal.defaultLocale })) {
    const name = portal.countryNames[tag];
    if (name !== undefined) return name;
  }
  return portal.country;
}
