// `pnpm start`: a demo portal (bz, in memory) on 127.0.0.1:8080 that allows the partner page
// served on 127.0.0.1:8081, so the widget can be tried in a browser. Ctrl-C stops both.
import { fileURLToPath } from 'node:url';
import { createReportal } from '@reportal/server';
import { serveNode } from '@reportal/server/node';
import { createMemoryStore } from '@reportal/store';
import { serveFolder } from './static-server.js';
import { buildWidget } from './widget-build.js';

const portalUrl = 'http://127.0.0.1:8080';
const pageOrigin = 'http://127.0.0.1:8081';
const outdir = fileURLToPath(new URL('../dist/', import.meta.url));
await buildWidget({ outdir, portalUrl, portal: 'bz' });
const reportal = createReportal({
  portal: 'bz',
  store: createMemoryStore(),
  partnerOrigins: [pageOrigin],
});
const portal = await serveNode(reportal, { port: 8080 });
const page = await serveFolder(outdir, 8081);
console.log(`Demo portal (in memory): ${portal.url}`);
console.log(`Partner page: ${page.origin}/  (Ctrl-C to stop)`);
process.once('SIGINT', () => void page.stop());
