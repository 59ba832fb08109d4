// Bundles the widget with esbuild and writes the partner page next to it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

/** Options of `buildWidget`. */
export interface BuildWidgetOptions {
  /** Where index.html and widget.js go. */
  outdir: string;
  /** The portal the page submits to (it must allow the page's origin). */
  portalUrl: string;
  portal: string;
}

/** Builds the partner page; answers the widget's size (minified, and gzip-compressed). */
export async function buildWidget(
  options: BuildWidgetOptions,
): Promise<{ minified: number; gzip: number }> {
  mkdirSync(options.outdir, { recursive: true });
  const result = await build({
    entryPoints: [new URL('src/main.ts', root).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  writeFileSync(join(options.outdir, 'widget.js'), code);
  const escapeAttribute = (value: string) =>
    value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  const page = readFileSync(new URL('public/index.html', root), 'utf8')
    .replaceAll('__PORTAL_URL__', escapeAttribute(options.portalUrl))
    .replaceAll('__PORTAL__', escapeAttribute(options.portal));
  writeFileSync(join(options.outdir, 'index.html'), page);
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}
