// The contributor's path with no hidden step: a language and a portal added with the CLI are
// served by `reportal serve` at once, read from their files, without a build.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli, temporaryCore } from '../test-support.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function waitForUrl(output: string[]): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const url = /at (http:\/\/\S+) /.exec(output.join('\n'))?.[1];
    if (url) return url;
    if (Date.now() > deadline) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a new language and portal, served without a build', () => {
  it('serves the form of a portal and locale added a moment ago', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: ['bz'] });
    folders.push(core);
    expect((await runCli(['locales', 'add', 'mn'], core)).code).toBe(0);
    // The translator translates a message (and takes it off the untranslated list).
    const catalogFile = join(core, 'locales', 'mn.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'));
    catalog.messages['form.page_title'] = 'Хүүхдийн бэлгийн хүчирхийллийн материалыг мэдээлэх';
    catalog.untranslated = catalog.untranslated.filter((key: string) => key !== 'form.page_title');
    writeFileSync(catalogFile, JSON.stringify(catalog, null, 2));
    // The check lists what is left to translate; what was translated is no longer on it.
    const left = (await runCli(['locales', 'check', '--locale', 'mn'], core)).stdout.join('\n');
    expect(left).toContain('mn.json: language.name: not translated yet');
    expect(left).not.toContain('form.page_title');
    // The portal, as the jurisdiction guide adds it: scaffold, fill in the hotline, check.
    expect((await runCli(['jurisdictions', 'add', 'mn', '--locales', 'mn,en'], core)).code).toBe(0);
    const portalFile = join(core, 'jurisdictions', 'mn.json');
    expect((await runCli(['jurisdictions', 'check', '--portal', 'mn'], core)).code).toBe(1);
    const portal = JSON.parse(readFileSync(portalFile, 'utf8'));
    portal.hotline = { name: 'Example Hotline', website: 'https://hotline.example.org/mn/' };
    writeFileSync(portalFile, JSON.stringify(portal, null, 2));
    const checked = await runCli(['jurisdictions', 'check', '--portal', 'mn'], core);
    expect(checked.stdout.join('\n')).toContain('ok: mn Mongolia, mn, en (default mn)');
    expect(checked.code).toBe(0);

    const stop = new AbortController();
    const served = startCli(
      [
        'serve',
        '--core',
        core,
        '--portal',
        'mn',
        '--data',
        join(core, 'state'),
        '--port',
        '0',
        '--time-blind-window',
        'off',
      ],
      core,
      stop.signal,
    );
    try {
      const url = await waitForUrl(served.stdout);
      const form = await fetch(`${url}/mn/`);
      expect(form.status).toBe(200);
      const page = await form.text();
      expect(page).toContain('<html lang="mn" dir="ltr">');
      expect(page).toContain('Хүүхдийн бэлгийн хүчирхийллийн материалыг мэдээлэх');
      // What is not translated yet falls back to English.
      expect(page).toContain('Send report');
    } finally {
      stop.abort();
      expect(await served.done).toBe(0);
    }
  }, 90_000);

  it('refuses to start on a catalog that does not compile, and says which', async () => {
    const core = temporaryCore({ locales: ['en', 'es'], portals: ['bz'] });
    folders.push(core);
    const file = join(core, 'locales', 'es.json');
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    catalog.messages['form.page_title'] = 'Denunciar {sitio';
    writeFileSync(file, JSON.stringify(catalog, null, 2));
    const served = startCli(['serve', '--core', core, '--port', '0'], core);
    expect(await served.done).toBe(1);
    expect(served.stderr.join('\n')).toMatch(
      /the catalogs of the bz portal are not valid[\s\S]*locales\/es\.json: form\.page_title does not compile/,
    );
  });
});

describe('reportal in a pipe', () => {
  it('stops quietly when the reader goes away (reportal ... | head)', async () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--help'], {
      cwd: fileURLToPath(new URL('../../../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader closes before anything is written, as `head` does after its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
