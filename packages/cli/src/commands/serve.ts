import { resolve } from 'node:path';
import { getPortal, listPortals } from '@reportal/core';
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
  --time-blind <minutes>   hold each report sealed until <minutes> after the end of its hour, then
                           store the hour's reports together: no file of the database tells when
                           within the hour a report came (0 to 60; default off, see docs/security.md)
  --held-keys <folder>     with --time-blind: keep the keys of held hours in this folder (on a
                           memory file system, a power cut loses the reports held at that moment)
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
    'time-blind': { type: 'string' },
    'held-keys': { type: 'string' },
    pages: { type: 'string', default: 'on' },
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
  const timeBlind = timeBlindOption(values['time-blind'], values['held-keys'], context.cwd);
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
  const portal = getPortal(values.portal);
  if (!portal) {
    context.stderr(
      `reportal: unknown portal "${values.portal}". Known portals: ${listPortals()
        .map((known) => known.id)
        .join(', ')}.`,
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
    const { graceMinutes, keys } = store.heldReports;
    context.stdout(
      `Time-blind intake: each hour's reports reach the analysts' queue ${graceMinutes} minutes after the hour ends; the keys of held hours are ${keys}.`,
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

/** `--time-blind <minutes>` and `--held-keys <folder>` as store options, or `undefined`. */
function timeBlindOption(
  minutes: string | undefined,
  keysFolder: string | undefined,
  cwd: string,
): TimeBlindOptions | undefined {
  if (minutes === undefined) {
    if (keysFolder !== undefined) throw new UsageError('--held-keys needs --time-blind');
    return undefined;
  }
  const graceMinutes = Number(minutes);
  if (!/^\d+$/.test(minutes) || graceMinutes > 60) {
    throw new UsageError('--time-blind must be a number of minutes from 0 to 60');
  }
  return {
    graceMinutes,
    ...(keysFolder !== undefined && { keysFolder: resolve(cwd, keysFolder) }),
  };
}

export const serveCommands: CommandGroup = {
  name: 'serve',
  summary: 'serve a portal (report API and pages, analyst API) on the embedded store or PostgreSQL',
  help,
  run: serve,
};
