// A Reportal server on an existing PostgreSQL schema, for the analyst-scale benchmark:
// `--schema <name>`; rate limits off, retention off (the benchmark's cases must stay).
import { getPortal } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createReportal } from '@reportal/server';
import { serveNode } from '@reportal/server/node';
import { createPostgresStore } from '@reportal/store-postgres';

const schema = process.argv[process.argv.indexOf('--schema') + 1];
if (!schema) throw new Error('--schema <name> is required');
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const store = await createPostgresStore({
  connectionString: databaseUrl,
  schema,
  maxConnections: 8,
});
const reportal = createReportal({
  portal: getPortal('bz')!,
  catalogs: Object.values(catalogs),
  store,
  rateLimit: false,
  retention: false,
});
const running = await serveNode(reportal, { port: 0, handleSignals: false });
console.log(`listening ${running.url}`);
process.on('SIGTERM', async () => {
  await running.stop();
  process.exit(0);
});
