import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Minified and gzip-compressed size of a browser bundle of `source` (an ES module). */
export async function measureBundle(options: {
  source: string;
  resolveDir: string;
}): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: { contents: options.source, resolveDir: options.resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}
