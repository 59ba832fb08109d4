// The reference portal: one file a hotline can copy. It composes @reportal/core (the portal and
// its catalogs), @reportal/server (the API), @reportal/server/pages (the HTML pages and the
// analyst console) and @reportal/store-postgres (PGlite in a folder, or PostgreSQL).
//
//   node src/portal.js [--portal bz] [--data ./.reportal | --database-url postgres://...]
//                      [--port 8080] [--host 127.0.0.1] [--partner-origin https://...]
//                      [--quick-exit-url https://...] [--analyst-token new|off]
//
// Each flag may come from the environment instead: PORTAL, REPORTAL_DATA, DATABASE_URL, PORT,
// HOST, PARTNER_ORIGINS (comma-separated), QUICK_EXIT_URL, ANALYST_TOKEN.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getPortal, listPortals } from '@reportal/core';
import { catalogs } from '@reportal/core/locales';
import { createAccessToken, createJsonLogger, createReportal } from '@reportal/server';
import { serveNode } from '@reportal/server/node';
import { createPortalPages, DEFAULT_QUICK_EXIT_URL } from '@reportal/server/pages';
import { createPgliteStore, createPostgresStore } from '@reportal/store-postgres';

/** The label of the analyst tokens this example makes; each start revokes the previous ones. */
const TOKEN_LABEL = 'example portal (printed at start)';

/**
 * @typedef {object} PortalConfiguration
 * @property {import('@reportal/core').Portal} portal
 * @property {{ kind: 'pglite', dataDir: string } | { kind: 'postgres', url: string } | { kind: 'given', store: import('@reportal/store').ReportStore }} store
 * @property {number} port
 * @property {string} host
 * @property {string[]} partnerOrigins
 * @property {string} quickExitUrl
 * @property {boolean} analystToken  make (and print) a new analyst token at start
 * @property {{ windowMinutes: number, folder: string } | undefined} [timeBlind]  hold reports
 *   sealed until the end of their window (default an hour), then store them together
 */

/** A configuration mistake: the message says what to fix. */
export class ConfigurationError extends Error {
  /** @override */
  name = 'ConfigurationError';
}

/**
 * Reads the configuration from flags and environment variables (a flag wins).
 * @param {string[]} args
 * @param {Record<string, string | undefined>} environment
 * @param {string} cwd
 * @returns {PortalConfiguration}
 */
export function readConfiguration(args, environment, cwd) {
  /** @type {ReturnType<typeof parseArgs>['values']} */
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        portal: { type: 'string' },
        data: { type: 'string' },
        'database-url': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'partner-origin': { type: 'string', multiple: true },
        'quick-exit-url': { type: 'string' },
        'analyst-token': { type: 'string' },
        'time-blind-window': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : String(error));
  }
  /** @param {string} flag @param {string} variable */
  const option = (flag, variable) => {
    const value = values[flag];
    return typeof value === 'string' ? value : environment[variable] || undefined;
  };

  const portalId = option('portal', 'PORTAL') ?? 'bz';
  const portal = getPortal(portalId);
  if (!portal) {
    const known = listPortals().map((candidate) => candidate.id);
    throw new ConfigurationError(
      `unknown portal "${portalId}"; choose one of: ${known.join(', ')}`,
    );
  }

  // A flag wins over the environment; two places for the store at the same level is a mistake.
  const dataFlag = typeof values.data === 'string';
  const urlFlag = typeof values['database-url'] === 'string';
  const data = urlFlag && !dataFlag ? undefined : option('data', 'REPORTAL_DATA');
  const databaseUrl = dataFlag && !urlFlag ? undefined : option('database-url', 'DATABASE_URL');
  if (data !== undefined && databaseUrl !== undefined) {
    throw new ConfigurationError('give either a data folder or a database URL, not both');
  }
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigurationError('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const portText = option('port', 'PORT') ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    throw new ConfigurationError(`port "${portText}" is not a number from 0 to 65535`);
  }

  const originList = Array.isArray(values['partner-origin'])
    ? values['partner-origin'].map(String)
    : (environment.PARTNER_ORIGINS ?? '').split(',');
  const partnerOrigins = originList.map((origin) => origin.trim()).filter(Boolean);
  for (const origin of partnerOrigins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigurationError(
        `partner origin "${origin}" is not an origin (scheme, host, port)`,
      );
    }
  }

  const quickExitUrl = option('quick-exit-url', 'QUICK_EXIT_URL') ?? DEFAULT_QUICK_EXIT_URL;
  if (!URL.canParse(quickExitUrl) || !/^https?:$/.test(new URL(quickExitUrl).protocol)) {
    throw new ConfigurationError(`quick exit URL "${quickExitUrl}" is not an http(s) address`);
  }

  const token = option('analyst-token', 'ANALYST_TOKEN') ?? 'new';
  if (token !== 'new' && token !== 'off') {
    throw new ConfigurationError('analyst token must be "new" or "off"');
  }

  const windowText = option('time-blind-window', 'TIME_BLIND_WINDOW') ?? '60';
  const windowMinutes = Number(windowText);
  if (
    windowText !== 'off' &&
    (!/^\d+$/.test(windowText) || windowMinutes < 1 || 1440 % windowMinutes !== 0)
  ) {
    throw new ConfigurationError(
      `time-blind window "${windowText}" is not "off" nor a number of minutes that divides a day (60, 30, 120, ...)`,
    );
  }

  return {
    portal,
    store:
      databaseUrl !== undefined
        ? { kind: 'postgres', url: databaseUrl }
        : { kind: 'pglite', dataDir: resolve(cwd, data ?? '.reportal', 'db') },
    timeBlind:
      windowText === 'off'
        ? undefined
        : { windowMinutes, folder: resolve(cwd, data ?? '.reportal', 'held') },
    port,
    host: option('host', 'HOST') ?? '127.0.0.1',
    partnerOrigins,
    quickExitUrl,
    analystToken: token === 'new',
  };
}

/**
 * Where the store is, without any password.
 * @param {PortalConfiguration['store']} location
 */
export function describeStore(location) {
  if (location.kind === 'given') return 'the given store';
  if (location.kind === 'pglite') return `embedded PostgreSQL (PGlite) in ${location.dataDir}`;
  const url = new URL(location.url);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/**
 * Opens the store, serves the portal, and makes an analyst token.
 * @param {PortalConfiguration & { handleSignals?: boolean, log?: (line: string) => void, rateLimit?: false }} configuration
 *   `rateLimit: false` is for tests on loopback only.
 */
export async function startPortal(configuration) {
  const location = configuration.store;
  /** @type {import('@reportal/store').ReportStore} */
  let store;
  try {
    if (location.kind === 'given') store = location.store;
    else if (location.kind === 'postgres') {
      store = await createPostgresStore({
        connectionString: location.url,
        ...(configuration.timeBlind && { timeBlind: configuration.timeBlind }),
      });
    } else {
      await mkdir(location.dataDir, { recursive: true });
      store = await createPgliteStore({
        dataDir: location.dataDir,
        ...(configuration.timeBlind && { timeBlind: configuration.timeBlind }),
      });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(`cannot open the store (${describeStore(location)}): ${reason}`);
  }

  const reportal = createReportal({
    portal: configuration.portal,
    catalogs: Object.values(catalogs),
    store,
    partnerOrigins: configuration.partnerOrigins,
    ...(configuration.rateLimit === false && { rateLimit: false }),
    logger: createJsonLogger({
      write: configuration.log ?? ((line) => process.stderr.write(line)),
    }),
    routes: createPortalPages({ quickExitUrl: configuration.quickExitUrl }),
  });

  /** @type {Awaited<ReturnType<typeof serveNode>>} */
  let running;
  try {
    running = await serveNode(reportal, {
      port: configuration.port,
      host: configuration.host,
      handleSignals: configuration.handleSignals ?? true,
    });
  } catch (error) {
    await reportal.close();
    const code = /** @type {{ code?: string }} */ (error).code;
    if (code === 'EADDRINUSE') {
      throw new ConfigurationError(
        `port ${configuration.port} on ${configuration.host} is in use; choose another with --port or PORT`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') {
      throw new ConfigurationError(
        `cannot listen on ${configuration.host}:${configuration.port} (${code})`,
      );
    }
    throw error;
  }
  try {
    const token = configuration.analystToken ? await newAnalystToken(store) : undefined;
    return { url: running.url, token, reportal, stop: running.stop };
  } catch (error) {
    await running.stop();
    throw error;
  }
}

/**
 * A new analyst token; the ones earlier starts printed are revoked, so only the last one works.
 * @param {import('@reportal/store').ReportStore} store
 */
async function newAnalystToken(store) {
  const now = new Date();
  for (const record of await store.listTokens()) {
    if (record.label === TOKEN_LABEL && record.revokedAt === null) {
      await store.revokeToken(record.id, now);
    }
  }
  const { token } = await createAccessToken({ store, role: 'analyst', label: TOKEN_LABEL, now });
  return token;
}

async function main() {
  try {
    const configuration = readConfiguration(process.argv.slice(2), process.env, process.cwd());
    const { portal } = configuration;
    const { url, token, reportal } = await startPortal(configuration);
    const held = reportal.store.heldReports;
    const lines = [
      `Reportal portal "${portal.id}" (${portal.countryNames.en ?? portal.id}${portal.example ? ', example configuration' : ''})`,
      `  report form      ${url}/`,
      `  analyst console  ${url}/console/`,
      `  store            ${describeStore(configuration.store)}`,
      held
        ? `  time-blind       each report is held sealed ${held.keys} and reaches the console ${held.graceMinutes} minutes after its ${held.windowMinutes}-minute window ends (next at ${held.releaseTimeFor(new Date()).toISOString()})`
        : '  time-blind       off: each report reaches the console at once',
      token
        ? `  analyst token    ${token}\n                   (new at each start; the previous one no longer works)`
        : '  analyst token    none made (ANALYST_TOKEN=off)',
      'Stop with Ctrl-C.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`example-portal: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`example-portal: ${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
