import { describe, expect, it } from 'vitest';
import { parsePortal } from './parse-portal.js';
import type { PortalInput } from './portal-schema.js';

const valid: PortalInput = {
  id: 'ke',
  example: true,
  country: 'KE',
  countryNames: { en: 'Kenya', sw: 'Kenya' },
  locales: ['sw', 'en'],
  defaultLocale: 'sw',
  hotline: { name: 'Example Hotline', website: 'https://hotline.example.org/ke/' },
  outcomeFeedback: false,
  retention: { reportDays: 365, contactDays: 90 },
};

const problemsOf = (input: unknown, catalogLocales?: string[]) => {
  const result = parsePortal(input, catalogLocales ? { catalogLocales } : {});
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parsePortal', () => {
  it('accepts a valid configuration and applies defaults', () => {
    expect(parsePortal(valid)).toEqual({
      ok: true,
      portal: {
        ...valid,
        takedownDeadlineHours: 72,
        receivedAtPrecision: 'hour',
        reminders: { intervalHours: 24, limit: 6 },
      },
    });
  });

  it('takes a schedule of repeated notices, each part defaulted', () => {
    const parsed = parsePortal({ ...valid, reminders: { intervalHours: 12 } });
    expect(parsed.ok && parsed.portal.reminders).toEqual({ intervalHours: 12, limit: 6 });
    expect(problemsOf({ ...valid, reminders: { intervalHours: 0 } })).toEqual([
      'reminders.intervalHours: must be a whole number of hours above 0',
    ]);
  });

  it('explains schema problems in plain words', () => {
    const { hotline: _, ...noHotline } = valid;
    expect(problemsOf(noHotline)).toEqual(['hotline: is required']);
    expect(problemsOf({ ...valid, outcomeFeedbak: true })).toEqual([
      'outcomeFeedbak: unknown field (check its spelling)',
    ]);
    expect(problemsOf({ ...valid, receivedAtPrecision: 'minute' })).toEqual([
      'receivedAtPrecision: must be one of: hour, day',
    ]);
    expect(problemsOf({ ...valid, retention: { reportDays: 0, contactDays: 90 } })).toEqual([
      'retention.reportDays: must be a whole number of days above 0',
    ]);
  });

  it('refuses a default locale not in the list', () => {
    expect(problemsOf({ ...valid, defaultLocale: 'fr' })).toEqual([
      'defaultLocale: "fr" is not one of the portal\'s locales (sw, en)',
    ]);
  });

  it('refuses unknown locales and invalid tags', () => {
    expect(problemsOf({ ...valid, locales: ['sw', 'en', 'xx'] }, ['en', 'sw'])).toEqual([
      'locales.2: unknown locale "xx": there is no catalog for it (known: en, sw)',
    ]);
    expect(problemsOf({ ...valid, locales: ['sw', 'en_GB'] })).toContain(
      'locales.1: "en_GB" is not a valid BCP 47 language tag',
    );
  });

  it('names the country from CLDR where the file gives no name, and keeps the names it gives', () => {
    const { countryNames: _, ...unnamed } = valid as typeof valid & { countryNames?: unknown };
    const result = parsePortal({
      ...unnamed,
      country: 'NP',
      locales: ['ne', 'en'],
      defaultLocale: 'ne',
    });
    expect(result.ok && result.portal.countryNames).toEqual({ ne: 'नेपाल', en: 'Nepal' });
    const named = parsePortal({
      ...unnamed,
      country: 'NP',
      locales: ['ne', 'en'],
      defaultLocale: 'ne',
      countryNames: { en: 'Federal Democratic Republic of Nepal' },
    });
    expect(named.ok && named.portal.countryNames).toEqual({
      ne: 'नेपाल',
      en: 'Federal Democratic Republic of Nepal',
    });
    // A code CLDR has no name for (private use) needs the names written out.
    expect(problemsOf({ ...unnamed, country: 'AA', locales: ['en'], defaultLocale: 'en' })).toEqual(
      [
        'countryNames: the country\'s name in "en" is missing, and CLDR has none for AA: give it in countryNames',
      ],
    );
  });

  it('refuses a hotline without a URL, and a real domain in an example', () => {
    expect(
      problemsOf({ ...valid, hotline: { name: 'Example Hotline', website: 'hotline' } }),
    ).toEqual([
      'hotline.website: the hotline needs a website URL starting with https:// or http://',
    ]);
    expect(
      problemsOf({
        ...valid,
        hotline: { name: 'Example Hotline', website: 'https://hotline.test.org' },
      }),
    ).toEqual([
      'hotline.website: an example configuration must use a reserved domain name such as hotline.example.org, not hotline.test.org',
    ]);
  });

  it('refuses contact details kept longer than the report', () => {
    expect(problemsOf({ ...valid, retention: { reportDays: 30, contactDays: 90 } })).toEqual([
      'retention.contactDays: contact details must not be kept longer than the report (90 > 30 days)',
    ]);
  });
});
