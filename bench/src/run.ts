// `pnpm bench`: measures what the issues' budgets and targets name, prints a table and writes
// bench/results/latest.json. Run after `pnpm build` (the root script does it). Every comparison
// (Reportal against the raw floor, parseSubmission against Ajv) is measured in the same run.
// BENCH_QUICK=1 shortens the runs (for a smoke test; the figures are then rough).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAnalystScale } from './analyst-scale.js';
import { measureBundle } from './bundle-size.js';
import { measureIntake } from './intake-throughput.js';
import { measurePageWeight } from './page-weight.js';
import { measureStartUp } from './start-up.js';
import { measureValidation } from './validation-speed.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsFile = fileURLToPath(new URL('../results/latest.json', import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
/** Which sections run: `main` (sizes, validation, start-up, intake) and `analyst`; default both. */
const sections = new Set((process.env.BENCH_SECTIONS ?? 'main,analyst').split(','));

interface Row {
  benchmark: string;
  value: number;
  unit: string;
  budget?: string;
  met?: boolean;
}

const rows: Row[] = [];
const row = (
  benchmark: string,
  value: number,
  unit: string,
  budget?: { text: string; met: boolean },
) => {
  rows.push({ benchmark, value, unit, ...(budget && { budget: budget.text, met: budget.met }) });
};

if (sections.has('main')) {
  // Sizes.
  const parseSubmissionBundle = await measureBundle({
    source: `import { parseSubmission } from '@reportal/core'; globalThis.parse = parseSubmission;`,
    resolveDir: here,
  });
  row('browser bundle: parseSubmission alone (min)', parseSubmissionBundle.minified, 'bytes');
  row('browser bundle: parseSubmission alone (min+gzip)', parseSubmissionBundle.gzip, 'bytes');

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
  row(
    'browser bundle: createReportalClient + submitReport + es (min+gzip)',
    clientBundle.gzip,
    'bytes',
    {
      text: '<= 10 KB (issue 6)',
      met: clientBundle.gzip <= 10 * 1024,
    },
  );

  const page = await measurePageWeight('/es/');
  const pageGzip = page.htmlGzip + page.cssGzip;
  row('form page /es/: HTML + CSS (gzip)', pageGzip, 'bytes', {
    text: '<= 14 KB (issue 7)',
    met: pageGzip <= 14 * 1024,
  });
  for (const locale of ['en', 'es', 'fr', 'pt', 'ar', 'ur', 'hi', 'sw']) {
    const catalog = await measureBundle({
      source: `import { catalog } from '@reportal/core/locales/${locale}'; globalThis.catalog = catalog;`,
      resolveDir: here,
    });
    row(`catalog ${locale} (min+gzip)`, catalog.gzip, 'bytes');
  }

  // Validation speed.
  const validation = await measureValidation();
  const ajv = validation.find((task) => task.name.startsWith('Ajv'))!.operationsPerSecond;
  for (const task of validation) {
    const isParseSubmission = task.name.startsWith('parseSubmission');
    row(
      `validation: ${task.name}`,
      task.operationsPerSecond,
      'ops/s',
      !isParseSubmission
        ? undefined
        : {
            text: `>= 50% of Ajv (${Math.round((task.operationsPerSecond / ajv) * 100)}%)`,
            met: task.operationsPerSecond >= ajv / 2,
          },
    );
  }

  // Start-up.
  const startUp = await measureStartUp(quick ? 1 : 3);
  row('start-up to first 201, empty data folder', startUp.emptyMs, 'ms');
  row('start-up to first 201, existing data folder', startUp.existingMs, 'ms', {
    text: '< 1 s',
    met: startUp.existingMs < 1000,
  });

  // Intake throughput, each store against the raw floor of this machine, in the same run.
  const intake = await measureIntake({
    targets: [
      { name: 'raw node:http floor', script: 'raw-floor.ts', args: [] },
      {
        name: 'PostgreSQL (synchronous_commit on)',
        script: 'intake-server.ts',
        args: ['--store', 'postgres'],
      },
      {
        name: 'PostgreSQL, time-blind',
        script: 'intake-server.ts',
        args: ['--store', 'postgres', '--time-blind'],
      },
      { name: 'PGlite', script: 'intake-server.ts', args: ['--store', 'pglite'] },
      {
        name: 'PGlite, time-blind',
        script: 'intake-server.ts',
        args: ['--store', 'pglite', '--time-blind'],
      },
      // BENCH_COMPARE=<another checkout, built>: its PostgreSQL intake in the same run.
      ...(process.env.BENCH_COMPARE
        ? [
            {
              name: `PostgreSQL (${process.env.BENCH_COMPARE})`,
              script: join(process.env.BENCH_COMPARE, 'bench/src/servers/intake-server.ts'),
              args: ['--store', 'postgres'],
            },
          ]
        : []),
      { name: 'memory', script: 'intake-server.ts', args: ['--store', 'memory'] },
    ],
    connections: [16, 64],
    runs: quick ? 1 : 3,
    seconds: quick ? 2 : 5,
  });
  for (const figure of intake) {
    const floor = intake.find(
      (candidate) =>
        candidate.target.startsWith('raw') && candidate.connections === figure.connections,
    )!;
    const ratio = figure.requestsPerSecond / floor.requestsPerSecond;
    const isTarget = figure.target.startsWith('PostgreSQL') && figure.connections === 64;
    const name = `intake ${figure.target}, ${figure.connections} connections`;
    row(
      `${name}: requests/s`,
      figure.requestsPerSecond,
      'req/s',
      isTarget
        ? { text: `>= 10% of floor (${(ratio * 100).toFixed(1)}%)`, met: ratio >= 0.1 }
        : undefined,
    );
    if (!figure.target.startsWith('raw'))
      row(`${name}: share of the floor`, Math.round(ratio * 1000) / 10, '%');
    row(`${name}: p50`, figure.p50Ms, 'ms');
    row(
      `${name}: p99`,
      figure.p99Ms,
      'ms',
      isTarget ? { text: '<= 40 ms', met: figure.p99Ms <= 40 } : undefined,
    );
    row(
      `${name}: non-2xx`,
      figure.non2xx + figure.errors,
      'responses',
      isTarget ? { text: '0', met: figure.non2xx + figure.errors === 0 } : undefined,
    );
    row(`${name}: server peak RSS`, figure.peakRssMiB, 'MiB');
  }
}

// The analyst side at scale (issue 15): one store grown to each size, the reads timed at each.
const analystRows: Row[] = [];
if (sections.has('analyst')) {
  const sizes = (process.env.BENCH_ANALYST_SIZES ?? (quick ? '2000,10000' : '10000,100000,1000000'))
    .split(',')
    .map(Number);
  const analyst = await measureAnalystScale({
    sizes,
    samples: quick ? 10 : 40,
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    log: (line) => console.log(line),
  });
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  for (const figure of analyst.figures) {
    const base = analyst.figures.find(
      (candidate) => candidate.read === figure.read && candidate.cases === smallest,
    )!;
    const ratio = figure.p50Ms / Math.max(base.p50Ms, 0.1);
    const judged = figure.cases === largest && largest >= 1_000_000 && figure.status < 400;
    analystRows.push({
      benchmark: `${figure.read} at ${figure.cases.toLocaleString('en')} cases (HTTP ${figure.status}): p50 ${figure.p50Ms} ms, ${ratio.toFixed(1)}x of ${smallest.toLocaleString('en')}`,
      value: figure.p99Ms,
      unit: 'ms p99',
      ...(judged && {
        budget: '<= 3x the p50 at 10,000, p99 < 100 ms',
        met: ratio <= 3 && figure.p99Ms < 100,
      }),
    });
  }
  for (const { cases, seconds } of analyst.fillSeconds) {
    analystRows.push({
      benchmark: `filling the store to ${cases.toLocaleString('en')} cases through its API`,
      value: seconds,
      unit: 's',
    });
  }
  const memory = analyst.serverRssMiB;
  for (const { cases, rssMiB } of memory) {
    analystRows.push({
      benchmark: `analyst server RSS after the reads at ${cases.toLocaleString('en')} cases`,
      value: rssMiB,
      unit: 'MiB',
      ...(cases === largest && {
        budget: `flat: within 1.5x of ${memory[0]!.rssMiB} MiB at ${smallest.toLocaleString('en')}`,
        met: rssMiB <= memory[0]!.rssMiB * 1.5,
      }),
    });
  }
  rows.push(...analystRows);
}

console.table(rows);
mkdirSync(fileURLToPath(new URL('../results/', import.meta.url)), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify({ node: process.version, cpus: availableParallelism(), cpu: cpus()[0]?.model, date: new Date().toISOString(), rows }, null, 2)}\n`,
);
console.log(`written to ${resultsFile}`);

// docs/performance.md carries the latest tables between their markers (a section not run this
// time leaves its table as it was).
const performanceDoc = fileURLToPath(new URL('../../docs/performance.md', import.meta.url));
const tableOf = (entries: Row[]) =>
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'an unknown CPU'} (${availableParallelism()} cores), Node ${process.version}${quick ? ', quick mode (rough figures)' : ''}.`,
    '',
    '| benchmark | value | unit | budget or target | met |',
    '|---|---:|---|---|---|',
    ...entries.map(
      (entry) =>
        `| ${entry.benchmark} | ${entry.value} | ${entry.unit} | ${entry.budget ?? ''} | ${entry.met === undefined ? '' : entry.met ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
let doc = readFileSync(performanceDoc, 'utf8');
const replaceTable = (marker: string, entries: Row[]) => {
  doc = doc.replace(
    new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`),
    `<!-- ${marker}:start -->\n${tableOf(entries)}\n<!-- ${marker}:end -->`,
  );
};
if (sections.has('main'))
  replaceTable(
    'bench',
    rows.filter((entry) => !analystRows.includes(entry)),
  );
if (sections.has('analyst')) replaceTable('bench-analyst', analystRows);
writeFileSync(performanceDoc, doc);
console.log(`tables written to ${performanceDoc}`);
