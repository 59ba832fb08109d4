import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryCore } from '../test-support.js';

describe('reportal jurisdictions check', () => {
  it('prints one summary line per portal and exits 0 when all is well', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: ['bz', 'gt'] });
    expect(await runCli(['jurisdictions', 'check'], core)).toEqual({
      code: 0,
      stdout: [
        'jurisdictions/bz.json: ok: bz Belize, en, es (default en), example configuration',
        'jurisdictions/gt.json: ok: gt Guatemala, es (default es), example configuration',
      ],
      stderr: [],
    });
  });

  it('finds unknown locales, a default outside the list and a hotline without a URL', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: ['bz'] });
    const file = join(core, 'jurisdictions', 'bz.json');
    const portal = JSON.parse(readFileSync(file, 'utf8'));
    portal.locales = ['en', 'kek'];
    portal.countryNames.kek = 'Belice';
    portal.defaultLocale = 'es';
    portal.hotline.website = '';
    writeFileSync(file, JSON.stringify(portal));
    expect(await runCli(['jurisdictions', 'check', '--portal', 'bz'], core)).toEqual({
      code: 1,
      stdout: ['jurisdictions/bz.json: hotline.website: must not be empty'],
      stderr: ['1 problem found.'],
    });
    portal.hotline.website = 'hotline.example.org';
    writeFileSync(file, JSON.stringify(portal));
    expect((await runCli(['jurisdictions', 'check'], core)).stdout).toEqual([
      'jurisdictions/bz.json: locales.1: unknown locale "kek": there is no catalog for it (known: en, es)',
      'jurisdictions/bz.json: defaultLocale: "es" is not one of the portal\'s locales (en, kek)',
      'jurisdictions/bz.json: hotline.website: the hotline needs a website URL starting with https:// or http://',
    ]);
  });

  it('refuses hotline colours under 4.5:1 contrast and a logo over the size cap', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: ['bz'] });
    const file = join(core, 'jurisdictions', 'bz.json');
    const portal = JSON.parse(readFileSync(file, 'utf8'));
    portal.hotline.colors = { background: '#888888', text: '#ffffff' };
    portal.hotline.logo = {
      svg: `<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(9000)}</svg>`,
    };
    writeFileSync(file, JSON.stringify(portal));
    expect(await runCli(['jurisdictions', 'check'], core)).toEqual({
      code: 1,
      stdout: [
        'jurisdictions/bz.json: hotline.logo.svg: the logo is 9046 bytes, over the cap of 8192 bytes (simplify or compress it)',
        'jurisdictions/bz.json: hotline.colors: the text colour #ffffff on #888888 has a contrast of 3.54:1, under the 4.5:1 that WCAG requires',
      ],
      stderr: ['2 problems found.'],
    });
  });

  it('finds an id that does not match the file name', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: ['bz'] });
    const portal = JSON.parse(readFileSync(join(core, 'jurisdictions', 'bz.json'), 'utf8'));
    writeFileSync(join(core, 'jurisdictions', 'belize.json'), JSON.stringify(portal));
    expect((await runCli(['jurisdictions', 'check'], core)).stdout).toEqual([
      'jurisdictions/belize.json: id: "bz" does not match the file name belize.json',
    ]);
  });
});

describe('reportal jurisdictions add', () => {
  it('scaffolds a portal whose check lists what is left to fill in', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: [] });
    const added = await runCli(['jurisdictions', 'add', 'hn', '--locales', 'es,en'], core);
    expect(added).toEqual({
      code: 0,
      stdout: [
        'Created jurisdictions/hn.json: fill in the hotline.',
        'See what is left: reportal jurisdictions check --portal hn',
      ],
      stderr: [],
    });
    const scaffolded = JSON.parse(readFileSync(join(core, 'jurisdictions', 'hn.json'), 'utf8'));
    expect(scaffolded).toMatchObject({
      id: 'hn',
      example: true,
      country: 'HN',
      locales: ['es', 'en'],
      defaultLocale: 'es',
    });
    // The country's names come from CLDR: nothing to type.
    expect(scaffolded.countryNames).toBeUndefined();
    expect((await runCli(['jurisdictions', 'check', '--portal', 'hn'], core)).stdout).toEqual([
      'jurisdictions/hn.json: hotline.name: must not be empty',
      'jurisdictions/hn.json: hotline.website: must not be empty',
    ]);
  });

  it('refuses an id that cannot be a portal id (exit 2) and an existing file (exit 1)', async () => {
    const core = temporaryCore({ locales: ['en'], portals: ['bz'] });
    expect((await runCli(['jurisdictions', 'add', 'Belize'], core)).code).toBe(2);
    expect((await runCli(['jurisdictions', 'add', 'bz'], core)).code).toBe(1);
  });
});
