import type * as z from 'zod/mini';
import { localeDirection } from '../locales/locale-direction.js';
import { hotlineIdentityProblems } from './hotline-identity.js';
import { type Portal, portalSchema } from './portal-schema.js';

/** One problem with a portal configuration: where (a dotted path) and what, in plain words. */
export interface PortalProblem {
  path: string;
  message: string;
}

/** The outcome of `parsePortal`. */
export type ParsePortalResult =
  | { ok: true; portal: Portal }
  | { ok: false; problems: PortalProblem[] };

/** Options of `parsePortal`. */
export interface ParsePortalOptions {
  /** The locales that have a catalog; when given, every locale of the portal must be one. */
  catalogLocales?: readonly string[];
}

const reservedHost = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/;

/**
 * Validates a portal configuration: the schema, then the fields against each other (the default
 * locale is one of the locales, every locale has a catalog and a country name, the hotline has
 * an http(s) website, contact details are not kept longer than reports, an example uses reserved
 * domain names, the hotline's logo is within its size cap and loads nothing, its colours have a
 * contrast of 4.5:1). Never throws.
 *
 * @example
 * ```ts
 * const result = parsePortal(JSON.parse(text), { catalogLocales: ['en', 'es'] });
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 * ```
 */
export function parsePortal(input: unknown, options: ParsePortalOptions = {}): ParsePortalResult {
  const parsed = portalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap(describeIssue) };
  const portal = parsed.data;
  const problems: PortalProblem[] = [];
  const seen = new Set<string>();
  portal.locales.forEach((locale, index) => {
    const path = `locales.${index}`;
    const canonical = canonicalLocale(locale);
    if (canonical === undefined) {
      problems.push({ path, message: `"${locale}" is not a valid BCP 47 language tag` });
      return;
    }
    if (canonical !== locale) {
      problems.push({ path, message: `write "${locale}" as "${canonical}"` });
    }
    if (seen.has(locale)) problems.push({ path, message: `"${locale}" is listed twice` });
    seen.add(locale);
    if (options.catalogLocales && !options.catalogLocales.includes(locale)) {
      problems.push({
        path,
        message: `unknown locale "${locale}": there is no catalog for it (known: ${options.catalogLocales.join(', ')})`,
      });
    }
  });
  if (!portal.locales.includes(portal.defaultLocale)) {
    problems.push({
      path: 'defaultLocale',
      message: `"${portal.defaultLocale}" is not one of the portal's locales (${portal.locales.join(', ')})`,
    });
  }
  // Names from CLDR (Intl.DisplayNames) where the file gives none.
  const countryNames: Record<string, string> = { ...portal.countryNames };
  for (const locale of new Set([...portal.locales, 'en'])) {
    if (countryNames[locale] !== undefined) continue;
    const name = cldrCountryName(portal.country, locale);
    if (name) countryNames[locale] = name;
    else {
      problems.push({
        path: 'countryNames',
        message: `the country's name in "${locale}" is missing, and CLDR has none for ${portal.country}: give it in countryNames`,
      });
    }
  }
  portal.countryNames = countryNames;
  for (const locale of Object.keys(portal.countryNames)) {
    if (localeDirection(locale) === undefined) {
      problems.push({
        path: `countryNames.${locale}`,
        message: `"${locale}" is not a valid BCP 47 language tag`,
      });
    }
  }
  const website = parseHttpUrl(portal.hotline.website);
  if (!website) {
    problems.push({
      path: 'hotline.website',
      message: 'the hotline needs a website URL starting with https:// or http://',
    });
  } else if (portal.example && !reservedHost.test(website.hostname)) {
    problems.push({
      path: 'hotline.website',
      message: `an example configuration must use a reserved domain name such as hotline.example.org, not ${website.hostname}`,
    });
  }
  if (portal.retention.contactDays > portal.retention.reportDays) {
    problems.push({
      path: 'retention.contactDays',
      message: `contact details must not be kept longer than the report (${portal.retention.contactDays} > ${portal.retention.reportDays} days)`,
    });
  }
  problems.push(...hotlineIdentityProblems(portal));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, portal };
}

function describeIssue(issue: z.core.$ZodIssue): PortalProblem[] {
  const path = issue.path.map(String).join('.') || '(file)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: path === '(file)' ? key : `${path}.${key}`,
        message: 'unknown field (check its spelling)',
      }));
    case 'invalid_type':
      return [
        {
          path,
          message: issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`,
        },
      ];
    case 'invalid_value':
      return [{ path, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    default:
      return [
        { path, message: issue.message === 'Invalid input' ? 'is not valid' : issue.message },
      ];
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function canonicalLocale(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

function parseHttpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A region's name in a locale from CLDR (`Intl.DisplayNames`), or undefined if it has none. */
function cldrCountryName(country: string, locale: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(country);
    return name && name !== country ? name : undefined;
  } catch {
    return undefined;
  }
}
