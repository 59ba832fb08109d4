// `pnpm build`: dist/index.html and dist/widget.js for the portal at PORTAL_URL (default
// http://127.0.0.1:8080, what `reportal serve` listens on) and PORTAL (default bz).
import { fileURLToPath } from 'node:url';
import { buildWidget } from './widget-build.js';

const outdir = fileURLToPath(new URL('../dist/', import.meta.url));
const size = await buildWidget({
  outdir,
  portalUrl: process.env.PORTAL_URL ?? 'http://127.0.0.1:8080',
  portal: process.env.PORTAL ?? 'bz',
});
console.log(`${outdir}widget.js: ${size.minified} bytes minified, ${size.gzip} bytes min+gzip`);
