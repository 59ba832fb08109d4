// `pnpm bench`: measures what the budgets in the issues name, prints a table and writes
// bench/results/latest.json. Run after `pnpm build` (the root script does it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureBundle } from './bundle-size.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsFile = fileURLToPath(new URL('../results/latest.json', import.meta.url));

interface Row {
  benchmark: string;
  value: number;
  unit: string;
  budget?: string;
}

const rows: Row[] = [];

const parseSubmissionBundle = await measureBundle({
  source: `import { parseSubmission } from '@reportal/core'; globalThis.parse = parseSubmission;`,
  resolveDir: here,
});
rows.push({
  benchmark: 'browser bundle: parseSubmission alone (min)',
  value: parseSubmissionBundle.minified,
  unit: 'bytes',
});
rows.push({
  benchmark: 'browser bundle: parseSubmission alone (min+gzip)',
  value: parseSubmissionBundle.gzip,
  unit: 'bytes',
});

// Issue 6: a partner app importing only createReportalClient and submitReport, with local
// validation and one locale (Spanish, its error messages only, as docs/partners.md advises).
const clientBundle = await measureBundle({
  source: `import { createReportalClient, submitReport } from '@reportal/client';
import { defineCatalog } from '@reportal/core';
import { errorMessages, metadata } from '@reportal/core/locales/es';
const client = createReportalClient({ baseUrl: 'https://report.example.org', portal: 'bz', locale: 'es', catalog: defineCatalog(metadata, [errorMessages]) });
globalThis.report = (input) => submitReport(client, input);`,
  resolveDir: here,
});
rows.push({
  benchmark: 'browser bundle: createReportalClient + submitReport + es (min)',
  value: clientBundle.minified,
  unit: 'bytes',
});
rows.push({
  benchmark: 'browser bundle: createReportalClient + submitReport + es (min+gzip)',
  value: clientBundle.gzip,
  unit: 'bytes',
  budget: '<= 10 KB (issue 6)',
});

console.table(rows);
mkdirSync(fileURLToPath(new URL('../results/', import.meta.url)), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log(`written to ${resultsFile}`);
