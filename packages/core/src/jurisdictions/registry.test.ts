import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../locales/catalogs/index.generated.js';
import { parseSubmission } from '../schema/parse-submission.js';
import { parsePortal } from './parse-portal.js';
import { getPortal, listPortals, portalCountryName } from './registry.js';

const folder = new URL('../../jurisdictions/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('jurisdiction registry', () => {
  it('holds the launch set, all example configurations', () => {
    expect(listPortals().map((portal) => [portal.id, portal.locales])).toEqual(
      expect.arrayContaining([
        ['bz', ['en', 'es']],
        ['cd', ['fr']],
        ['gt', ['es']],
        ['in', ['hi', 'en']],
        ['jo', ['ar', 'en']],
        ['mz', ['pt']],
        ['pk', ['ur', 'en']],
        ['sv', ['es']],
        ['tz', ['sw', 'en']],
      ]),
    );
    for (const id of ['bz', 'cd', 'gt', 'in', 'jo', 'mz', 'pk', 'sv', 'tz']) {
      const portal = getPortal(id)!;
      expect(portal.example).toBe(true);
      expect(new URL(portal.hotline.website).hostname).toMatch(/(^|\.)example\.org$/);
    }
  });

  it.each(files)('%s is valid, names its own file, and has a catalog for every locale', (file) => {
    const result = parsePortal(JSON.parse(readFileSync(new URL(file, folder), 'utf8')), {
      catalogLocales: Object.keys(catalogs),
    });
    expect(result).toMatchObject({ ok: true, portal: { id: file.slice(0, -'.json'.length) } });
  });

  it('finds a portal by id, with defaults applied', () => {
    expect(getPortal('bz')).toMatchObject({
      defaultLocale: 'en',
      takedownDeadlineHours: 72,
      receivedAtPrecision: 'hour',
    });
    expect(getPortal('xx')).toBeUndefined();
  });

  it('feeds parseSubmission its portals option', () => {
    const submission = { schemaVersion: 1, urls: ['https://example.com/a'], goodFaith: true };
    expect(
      parseSubmission({ ...submission, portal: 'gt', locale: 'es' }, { portals: listPortals() }).ok,
    ).toBe(true);
    expect(
      parseSubmission({ ...submission, portal: 'gt', locale: 'en' }, { portals: listPortals() }),
    ).toEqual({
      ok: false,
      issues: [{ path: ['locale'], code: 'unsupported_locale', params: { locales: 'es' } }],
    });
  });

  it('names the country in a locale along the fallback chain', () => {
    const belize = getPortal('bz')!;
    expect(portalCountryName(belize, 'es-GT')).toBe('Belice');
    expect(portalCountryName(belize, 'fr')).toBe('Belize');
  });
});
