import { join, resolve } from 'node:path';
import { type LocaleCatalog, listPortals } from '@reportal/core';
import { createJsonLogger, createReportal, type Logger } from '@reportal/server';
import { compileTrustProxy, serveNode } from '@reportal/server/node';
import { createPortalPages } from '@reportal/server/pages';
import type { ReportStore } from '@reportal/store';
import type { TimeBlindOptions } from '@reportal/store-postgres';
import { openAdminSocket } from '../admin/admin-socket.js';
import {
  type CommandContext,
  type CommandGroup,
  ExitCode,
  exitCodesHelp,
  parseCommandLine,
  UsageError,
} from '../command.js';
import { type CoreData, loadCoreData } from '../files/core-data.js';
import { findDataFolders } from '../files/data-folders.js';
import {
  describeStore,
  openStore,
  storeCommandOptions,
  storeFailure,
  storeLocation,
  storeOptionsHelp,
} from '../store/store-options.js';

const help = `Usage: reportal serve [options]

Serves one portal: the report API (and pages), the analyst API, health checks. Stops gracefully
on SIGTERM or Ctrl-C: requests in flight finish, then the store closes. Purges data past the
portal's retention periods ten seconds after start and then daily.

Options:
  --portal <id>            the portal to serve (default bz); see reportal jurisdictions check
${storeOptionsHelp}
  --port <number>          default 8080 (0 picks a free port)
  --host <address>         default 127.0.0.1
  --trust-proxy <list>     behind a reverse proxy: the proxies whose forwarded header is believed,
                           so rate limits see each reporter (addresses, CIDR ranges, loopback,
                           linklocal, uniquelocal; comma-separated; default none, or TRUST_PROXY)
  --forwarded-header <x-forwarded-for|forwarded>
                           the one header read from trusted proxies (default x-forwarded-for)
  --partner-origin <url>   a partner page's origin allowed to call the API (repeatable)
  --rate-limit <on|off>    off only for load tests on loopback (default on)
  --pages <on|off>         the report form, status page and analyst console (default on)
  --quick-exit-url <url>   where "leave this site quickly" goes (a neutral page of your choice)
  --time-blind-window <minutes|off>
                           hold each report sealed until the end of its window (aligned to the
                           clock; default 60: a report of 15:12 waits for 16:00 plus the grace),
                           then store the window's reports together, so that no file of the
                           database tells when within the window a report came; they reach the
                           analysts' queue then (see docs/security.md). off stores each at once
  --time-blind-grace <minutes>
                           minutes after a window ends before it is stored (0 to 60, default 5)
  --held <folder>          where held reports wait, sealed (default <data>/held, .reportal/held
                           with --database-url; several processes on one database share it)
  --held-keys <folder>     the windows' keys in a folder of their own (default: in --held); on a
                           memory file system a power cut loses the reports held at that moment
  --core <folder>          the @reportal/core folder whose locales/ and jurisdictions/ are served
                           (default: packages/core of this repository, else the installed
                           package); read at start, so a new language or portal needs no build
  -h, --help               show this help

${exitCodesHelp}
  1 also: unknown portal, unreachable database, port in use

Example:
  reportal serve --portal bz --data ./.reportal --port 8080`;

async function serve(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    ...storeCommandOptions,
    portal: { type: 'string', default: 'bz' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'trust-proxy': { type: 'string' },
    'forwarded-header': { type: 'string', default: 'x-forwarded-for' },
    'partner-origin': { type: 'string', multiple: true },
    'rate-limit': { type: 'string', default: 'on' },
    'quick-exit-url': { type: 'string' },
    'time-blind-window': { type: 'string', default: '60' },
    'time-blind-grace': { type: 'string', default: '5' },
    held: { type: 'string' },
    'held-keys': { type: 'string' },
    pages: { type: 'string', default: 'on' },
    core: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    context.stdout(help);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError('--port must be a number from 0 to 65535');
  if (values['rate-limit'] !== 'on' && values['rate-limit'] !== 'off')
    throw new UsageError('--rate-limit must be on or off');
  if (values.pages !== 'on' && values.pages !== 'off')
    throw new UsageError('--pages must be on or off');
  const quickExitUrl = values['quick-exit-url'];
  if (quickExitUrl !== undefined && !/^https?:\/\//.test(quickExitUrl)) {
    throw new UsageError('--quick-exit-url must be an http or https URL');
  }
  const partnerOrigins = values['partner-origin'] ?? [];
  for (const origin of partnerOrigins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new UsageError(
        `--partner-origin ${origin} is not an origin (scheme, host and port only)`,
      );
    }
  }
  const timeBlind = timeBlindOption(values, context.cwd);
  const forwardedHeader = values['forwarded-header'];
  if (forwardedHeader !== 'x-forwarded-for' && forwardedHeader !== 'forwarded')
    throw new UsageError('--forwarded-header must be x-forwarded-for or forwarded');
  const fromFlag = values['trust-proxy'] !== undefined;
  const trustProxy = values['trust-proxy'] ?? (process.env.TRUST_PROXY || undefined);
  if (trustProxy !== undefined) {
    try {
      compileTrustProxy(trustProxy);
    } catch (error) {
      const where = fromFlag ? '--trust-proxy' : 'TRUST_PROXY';
      throw new UsageError((error as Error).message.replace(/^trustProxy/, where));
    }
  }
  // The portals and catalogs as their files say now (a clone's packages/core, --core, or the
  // installed package's data), so that a language or portal just added is served without a build.
  const folders = findDataFolders(context.cwd, values.core);
  let data: CoreData | undefined;
  if (folders) {
    try {
      data = loadCoreData(folders);
    } catch (error) {
      context.stderr(
        `reportal: the catalogs or jurisdiction files are not valid (run reportal locales check and reportal jurisdictions check):\n${(error as Error).message}`,
      );
      return ExitCode.problems;
    }
  } else if (values.core !== undefined) {
    context.stderr(`reportal: no catalogs in ${values.core} (it needs locales/en.json)`);
    return ExitCode.files;
  }
  const known = data?.portals ?? listPortals();
  const portal = known.find((candidate) => candidate.id === values.portal);
  if (!portal) {
    context.stderr(
      `reportal: unknown portal "${values.portal}". Known portals: ${known
        .map((candidate) => candidate.id)
        .join(', ')}.`,
    );
    return ExitCode.problems;
  }
  let catalogs: LocaleCatalog[] | undefined;
  try {
    catalogs = data?.catalogsFor(portal);
  } catch (error) {
    context.stderr(
      `reportal: the catalogs of the ${portal.id} portal are not valid (run reportal locales check):\n${(error as Error).message}`,
    );
    return ExitCode.problems;
  }
  const location = storeLocation(values, context.cwd);
  const logger: Logger = createJsonLogger({ write: (line) => context.stderr(line.trimEnd()) });

  let store: ReportStore;
  try {
    store = await openStore(location, {
      onNotice: (notice) => logger.warn('store notice', { notice }),
      ...(timeBlind && { timeBlind }),
    });
  } catch (error) {
    context.stderr(`reportal: ${storeFailure(location, error)}`);
    return ExitCode.problems;
  }
  const reportal = createReportal({
    portal,
    ...(catalogs && { catalogs }),
    store,
    partnerOrigins,
    rateLimit: values['rate-limit'] === 'off' ? false : {},
    logger,
    ...(values.pages === 'on' && {
      routes: createPortalPages({ logger, ...(quickExitUrl !== undefined && { quickExitUrl }) }),
    }),
  });
  let running: Awaited<ReturnType<typeof serveNode>>;
  try {
    running = await serveNode(reportal, {
      port,
      host: values.host,
      handleSignals: false,
      forwardedHeader,
      ...(trustProxy !== undefined && { trustProxy }),
    });
  } catch (error) {
    await store.close();
    const code = (error as { code?: string }).code;
    context.stderr(
      code === 'EADDRINUSE'
        ? `reportal: port ${port} on ${values.host} is in use; choose another with --port`
        : `reportal: cannot listen on ${values.host}:${port}: ${(error as Error).message}`,
    );
    return ExitCode.problems;
  }
  // The CLI's commands that use an embedded store run here, on this process's open store.
  const admin = await openAdminSocket({ location, store, logger });

  context.stdout(
    `Reportal is serving the ${portal.id} portal at ${running.url} (${describeStore(location)}).`,
  );
  logger.info('listening', { portal: portal.id, url: running.url });
  if (store.heldReports) {
    const { windowMinutes, graceMinutes, keys } = store.heldReports;
    const window = windowMinutes === 60 ? 'hour' : `${windowMinutes}-minute window`;
    context.stdout(
      `Time-blind intake: each ${window}'s reports reach the analysts' queue ${graceMinutes} minutes after it ends (the next at ${store.heldReports.releaseTimeFor(new Date()).toISOString()}); held reports are ${keys}.`,
    );
  }

  await new Promise<void>((resolve) => {
    if (context.signal?.aborted) resolve();
    context.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await admin?.close();
  await running.stop();
  logger.info('stopped', { portal: portal.id });
  return ExitCode.ok;
}

/** `--time-blind-window`, `--time-blind-grace`, `--held` and `--held-keys` as store options. */
function timeBlindOption(
  values: {
    'time-blind-window': string;
    'time-blind-grace': string;
    held?: string | undefined;
    'held-keys'?: string | undefined;
    data?: string | undefined;
  },
  cwd: string,
): TimeBlindOptions | undefined {
  const window = values['time-blind-window'];
  if (window === 'off') {
    if (values.held !== undefined || values['held-keys'] !== undefined)
      throw new UsageError(
        '--held and --held-keys need time-blind intake (not --time-blind-window off)',
      );
    return undefined;
  }
  const windowMinutes = Number(window);
  if (!/^\d+$/.test(window) || windowMinutes < 1 || 1440 % windowMinutes !== 0) {
    throw new UsageError(
      '--time-blind-window must be off or a number of minutes that divides a day (60, 30, 15, 120, ...)',
    );
  }
  const grace = values['time-blind-grace'];
  const graceMinutes = Number(grace);
  if (!/^\d+$/.test(grace) || graceMinutes > 60) {
    throw new UsageError('--time-blind-grace must be a number of minutes from 0 to 60');
  }
  return {
    windowMinutes,
    graceMinutes,
    folder: resolve(cwd, values.held ?? join(values.data ?? '.reportal', 'held')),
    ...(values['held-keys'] !== undefined && { keysFolder: resolve(cwd, values['held-keys']) }),
  };
}

export const serveCommands: CommandGroup = {
  name: 'serve',
  summary: 'serve a portal (report API and pages, analyst API) on the embedded store or PostgreSQL',
  help,
  run: serve,
};
