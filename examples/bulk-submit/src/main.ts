// `pnpm start`: submits reports.csv and three findings from code. Without PORTAL_URL, a demo
// portal (bz, in memory) is started on 127.0.0.1 first; with it, the reports go there (add
// REPORTAL_API_KEY for a partner key, PORTAL for another portal id, LOCALE for the language).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { submitFile, submitFindings } from './bulk-submit.js';

let portalUrl = process.env.PORTAL_URL;
let stopDemo: (() => Promise<void>) | undefined;
if (!portalUrl) {
  // The demo portal comes from @reportal/server and @reportal/store, dev dependencies of this
  // example only.
  const { createReportal } = await import('@reportal/server');
  const { createMemoryStore } = await import('@reportal/store');
  const { serveNode } = await import('@reportal/server/node');
  const demo = await serveNode(createReportal({ portal: 'bz', store: createMemoryStore() }), {
    port: 0,
    handleSignals: false,
  });
  portalUrl = demo.url;
  stopDemo = demo.stop;
  console.log(`demo portal (in memory) at ${portalUrl}`);
}
const destination = {
  portalUrl,
  portal: process.env.PORTAL ?? 'bz',
  locale: process.env.LOCALE ?? 'en',
  ...(process.env.REPORTAL_API_KEY && { apiKey: process.env.REPORTAL_API_KEY }),
};

// Work on a copy, so that the results file lands in a scratch folder.
const folder = mkdtempSync(join(tmpdir(), 'reportal-bulk-example-'));
const file = join(folder, 'reports.csv');
copyFileSync(fileURLToPath(new URL('../reports.csv', import.meta.url)), file);
for (const attempt of ['first run', 'second run (resumes: nothing left to send)']) {
  const summary = await submitFile(destination, file);
  console.log(
    `${attempt}: ${summary.accepted} accepted, ${summary.alreadyDone} already done, ${summary.failed} failed; see ${summary.resultsFile}`,
  );
}

const findings = [
  { id: 'crawl-2026-001', url: 'https://www.example.com/album/1', seenOn: 'website' },
  { id: 'crawl-2026-002', url: 'https://forum.example.net/t/77', seenOn: 'forum' },
  { id: 'crawl-2026-003', url: 'https://social.example/p/9', seenOn: 'social_media' },
] as const;
for (const attempt of ['first batch', 'same batch again']) {
  const results = await submitFindings(destination, findings);
  const replayed = results.filter((result) => result.ok && result.replayed).length;
  console.log(`${attempt}: ${results.filter((r) => r.ok).length} accepted (${replayed} replayed)`);
}
await stopDemo?.();
