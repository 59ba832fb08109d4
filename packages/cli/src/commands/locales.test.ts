import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, temporaryCore } from '../test-support.js';

describe('reportal locales check', () => {
  it('prints one summary line per catalog and exits 0 when all is well', async () => {
    const core = temporaryCore({ locales: ['en', 'es', 'ar'], portals: [] });
    const result = await runCli(['locales', 'check'], core);
    expect(result).toEqual({
      code: 0,
      stdout: [
        expect.stringMatching(
          /^locales\/en\.json: ok: English \(en\), ltr, reviewed, \d+ messages$/,
        ),
        expect.stringMatching(/^locales\/ar\.json: ok: Arabic \(ar\), rtl, draft, \d+ messages$/),
        expect.stringMatching(/^locales\/es\.json: ok: Spanish \(es\), ltr, draft, \d+ messages$/),
      ],
      stderr: [],
    });
  });

  it('prints one line per problem naming file and key, and exits 1', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: [] });
    const file = join(core, 'locales', 'es.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    delete catalog.messages['form.submit'];
    catalog.messages['portal.operated_by'] = 'Evaluadas por {linea}.';
    writeFileSync(file, JSON.stringify(catalog));
    const result = await runCli(['locales', 'check', '--locale', 'es'], core);
    expect(result).toEqual({
      code: 1,
      stdout: [
        'locales/es.json: portal.operated_by: placeholders differ from en.json: missing {hotline}; unexpected {linea}',
        'locales/es.json: form.submit: missing (en.json has this key)',
      ],
      stderr: ['2 problems in 1 catalog.'],
    });
  });

  it('reports a file that is not JSON', async () => {
    const core = temporaryCore({ locales: ['en'], portals: [] });
    writeFileSync(join(core, 'locales', 'fr.json'), '{ "locale": "fr", ');
    const result = await runCli(['locales', 'check'], core);
    expect(result.code).toBe(1);
    expect(result.stdout[0]).toMatch(/^locales\/fr\.json: \(file\): is not valid JSON: /);
  });

  it('says so when a requested catalog does not exist (exit 3)', async () => {
    const core = temporaryCore({ locales: ['en'], portals: [] });
    const result = await runCli(['locales', 'check', '--locale', 'fr'], core);
    expect(result.code).toBe(3);
    expect(result.stderr).toEqual([
      'There is no catalog for "fr" (looked for locales/fr.json). Create it with `reportal locales add fr`.',
    ]);
  });
});

describe('reportal locales add', () => {
  it('scaffolds a catalog whose every message check lists as untranslated', async () => {
    const core = temporaryCore({ locales: ['en'], portals: [] });
    const added = await runCli(['locales', 'add', 'FA'], core);
    expect(added.code).toBe(0);
    expect(added.stdout[0]).toBe('Using the canonical form of "FA": fa.');
    expect(added.stdout[1]).toMatch(
      /^Created locales\/fa\.json \(rtl, draft\): \d+ messages to translate\.$/,
    );
    const source = JSON.parse(readFileSync(join(core, 'locales', 'en.json'), 'utf8'));
    const scaffold = JSON.parse(readFileSync(join(core, 'locales', 'fa.json'), 'utf8'));
    expect(scaffold).toEqual({
      locale: 'fa',
      direction: 'rtl',
      status: 'draft',
      messages: source.messages,
      untranslated: Object.keys(source.messages),
    });

    const checked = await runCli(['locales', 'check', '--locale', 'fa'], core);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toEqual(
      Object.keys(source.messages).map(
        (key) => `locales/fa.json: ${key}: not translated yet (listed in "untranslated")`,
      ),
    );
  });

  it('starts a regional catalog empty: it falls back to its language', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: [] });
    expect((await runCli(['locales', 'add', 'es-GT'], core)).stdout).toEqual([
      'Created locales/es-GT.json (ltr, draft) with no messages: it falls back to es.json.',
      'Add only the messages that differ from es, with the keys and placeholders of en.json.',
      'See what is left: reportal locales check --locale es-GT',
    ]);
    const file = join(core, 'locales', 'es-GT.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    expect(catalog).toEqual({ locale: 'es-GT', direction: 'ltr', status: 'draft', messages: {} });
    expect((await runCli(['locales', 'check', '--locale', 'es-GT'], core)).stdout).toEqual([
      'locales/es-GT.json: ok: Spanish (Guatemala) (es-GT), ltr, draft, 0 messages (the rest from es)',
    ]);
    catalog.messages['form.submit'] = 'Mandar denuncia {x}';
    writeFileSync(file, JSON.stringify(catalog));
    expect((await runCli(['locales', 'check', '--locale', 'es-GT'], core)).stdout).toEqual([
      'locales/es-GT.json: form.submit: placeholders differ from en.json: unexpected {x}',
    ]);
  });

  it('writes a file the formatter accepts as it is', async () => {
    const core = temporaryCore({ locales: ['en'], portals: [] });
    await runCli(['locales', 'add', 'de'], core);
    const text = readFileSync(join(core, 'locales', 'de.json'), 'utf8');
    expect(text).toMatch(
      /^\{\n {2}"locale": "de",\n {2}"direction": "ltr",\n {2}"status": "draft",\n/,
    );
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
  });

  it('refuses to overwrite a catalog (exit 1) and an invalid tag (exit 2)', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: [] });
    expect(await runCli(['locales', 'add', 'es'], core)).toEqual({
      code: 1,
      stdout: [],
      stderr: [
        'locales/es.json already exists. Edit it, and run `reportal locales check --locale es` to see what is left.',
      ],
    });
    expect(await runCli(['locales', 'add', 'es_ES'], core)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'reportal: "es_ES" is not a valid BCP 47 language tag (examples: fr, pt-BR, zh-Hant).',
        'Run `reportal locales --help` to see what it takes.',
      ],
    });
  });
});
