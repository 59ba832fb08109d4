// The built @reportal/core (after `pnpm build`) reaches node:crypto only through its `#crypto`
// import: Node resolves the `node` variant of package.json `imports`, a browser bundle the
// `default` (Web Crypto) one, and both give the same answers.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Platform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const core = fileURLToPath(new URL('../packages/core/', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'reportal-crypto-conditions-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `code` with Node in the core package's folder, where `#crypto` is core's own import. */
function nodeIn(code: string, inputType: 'module' | 'commonjs'): string {
  return execFileSync(process.execPath, [`--input-type=${inputType}`, '-e', code], {
    cwd: core,
    encoding: 'utf8',
  }).trim();
}

async function bundle(platform: Platform): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { openSealedText, sealText, sha256Hex } from ${JSON.stringify(join(core, 'dist/index.js'))};`,
      resolveDir: core,
    },
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const expected = createHash('sha256').update('http://www.example.com/gallery/7').digest('hex');

describe('#crypto in the built @reportal/core', () => {
  it('is the node:crypto variant on Node, for import and require', () => {
    expect(nodeIn(`console.log(import.meta.resolve('#crypto'))`, 'module')).toBe(
      pathToFileURL(join(core, 'dist/modules/crypto/platform-crypto-node.js')).href,
    );
    expect(nodeIn(`console.log(require.resolve('#crypto'))`, 'commonjs')).toBe(
      join(core, 'dist/modules/crypto/platform-crypto-node.cjs'),
    );
    const hash = `sha256Hex('http://www.example.com/gallery/7').then(console.log)`;
    expect(nodeIn(`import { sha256Hex } from './dist/index.js'; ${hash}`, 'module')).toBe(expected);
    expect(nodeIn(`const { sha256Hex } = require('./dist/index.cjs'); ${hash}`, 'commonjs')).toBe(
      expected,
    );
  });

  it('is the Web Crypto variant in a browser bundle, with the same answers', async () => {
    const browser = await bundle('browser');
    expect(browser).not.toMatch(/node:crypto|createHash|createCipheriv|getBuiltinModule/);
    expect(browser).toContain('crypto.subtle');
    expect(await bundle('node')).toContain('node:crypto');

    const file = join(folder, 'browser-bundle.mjs');
    writeFileSync(file, browser);
    const web = await import(pathToFileURL(file).href);
    expect(await web.sha256Hex('http://www.example.com/gallery/7')).toBe(expected);
    const { openSealedText, sealText } = await import(join(core, 'dist/index.js'));
    const keyMaterial = 'answers\u0000public\u00005f0c3c8e-1d7e-4b8e-a1f4-0d3b2f6e9a10';
    const text = '{"receipt":"7K2M-9QXD-0000-0000-0000-0000"}';
    expect(await openSealedText(await web.sealText(text, { keyMaterial }), { keyMaterial })).toBe(
      text,
    );
    expect(await web.openSealedText(await sealText(text, { keyMaterial }), { keyMaterial })).toBe(
      text,
    );
  });
});
