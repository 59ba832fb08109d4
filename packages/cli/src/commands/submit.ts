import { resolve } from 'node:path';
import type { formatProgress as FormatProgress } from '@reportal/client/bulk';
import type { SubmitManyProgress } from '@reportal/client/node';
import {
  type CommandContext,
  type CommandGroup,
  ExitCode,
  parseCommandLine,
  UsageError,
} from '../command.js';

const help = `Usage: reportal submit --portal-url <url> --portal <id> --file <reports.csv> [options]

Submits one report per row of a CSV file to a running portal: as a partner (trusted flagger)
with an API key, or as the public. The file has a header row and the columns
  urls          one or more URLs, separated by spaces (required)
  description   why it is illegal (optional)
  contentTypes  image video livestream text other unsure, separated by spaces (optional)
  whereFound    website social_media search_engine file_sharing messaging_app forum email
                game other unsure (optional)
Any other column is refused, so that nothing else in the file is sent by mistake. Submitting
the file states, for each row, that the report is made in good faith.

Rows are checked before anything is sent, with the portal's own rules and messages. Each row's
receipt or error is written to the results file (JSON Lines) as soon as it is known. After an
interruption (Ctrl-C, a crash, a lost connection), run the same command again: rows with a
receipt are skipped, the others are sent again under the same idempotency keys, so the portal
stores nothing twice (within its idempotency window of 24 hours).

Options:
  --portal-url <url>   the portal's address, e.g. https://report.example.org
  --portal <id>        the portal's id, e.g. bz
  --file <path>        the CSV file of reports
  --api-key <key>      a partner API key (default: the REPORTAL_API_KEY environment variable;
                       prefer it, so the key stays out of your shell history)
  --locale <tag>       the language of the reports and of the messages (default: the portal's)
  --results <path>     the results file (default: <file>.results.jsonl)
  --concurrency <n>    reports in flight at once, 1 to 64 (default 8)
  --proxy <url>        send through this HTTP proxy (a corporate proxy, a local Tor HTTP proxy)
  -h, --help           show this help

Exit codes:
  0  every row accepted
  1  some rows refused or failed (see the results file), or the run was interrupted
  2  wrong command line
  3  the CSV or results file cannot be read or written, or the portal cannot be reached

Examples:
  REPORTAL_API_KEY=... reportal submit --portal-url https://report.example.org --portal bz --file reports.csv
  reportal submit --portal-url http://127.0.0.1:8080 --portal bz --file reports.csv --concurrency 4`;

export const submitCommands: CommandGroup = {
  name: 'submit',
  summary: 'submit a CSV file of reports to a portal, resumably (trusted flaggers)',
  help,
  run: submit,
};

async function submit(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    'portal-url': { type: 'string' },
    portal: { type: 'string' },
    file: { type: 'string' },
    'api-key': { type: 'string' },
    locale: { type: 'string' },
    results: { type: 'string' },
    concurrency: { type: 'string' },
    proxy: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    context.stdout(help);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const portalUrl = values['portal-url'];
  const portal = values.portal;
  const file = values.file;
  if (!portalUrl) throw new UsageError('--portal-url is required');
  if (!portal) throw new UsageError('--portal is required');
  if (!file) throw new UsageError('--file is required');
  if (!URL.canParse(portalUrl) || !/^https?:$/.test(new URL(portalUrl).protocol)) {
    throw new UsageError(`--portal-url ${portalUrl} is not an http or https URL`);
  }
  const concurrency = Number(values.concurrency ?? 8);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError('--concurrency takes a whole number from 1 to 64');
  }
  const apiKey = values['api-key'] ?? process.env.REPORTAL_API_KEY;
  // Loaded here, not at start-up: the HTTP client is for this command only, and `reportal serve`
  // should not wait for it.
  const [{ createReportalClient, fetchPortalConfiguration }, { formatProgress, submitCsvFile }] =
    await Promise.all([import('@reportal/client/node'), import('@reportal/client/bulk')]);

  const options = {
    baseUrl: portalUrl,
    portal,
    ...(apiKey && { apiKey }),
    ...(values.proxy && { proxy: values.proxy }),
  };
  let locale = values.locale;
  if (!locale) {
    // The portal's default language; this also tells at once whether the portal is there.
    const probe = createReportalClient({ ...options, locale: 'en' });
    const found = await fetchPortalConfiguration(probe);
    await probe.close();
    if (!found.ok) {
      context.stderr(
        `reportal: cannot get portal ${portal} from ${portalUrl}: ${found.error.message} (${found.error.code})`,
      );
      return ExitCode.files;
    }
    locale = found.portal.defaultLocale;
  }
  const client = createReportalClient({ ...options, locale });
  const progress = progressWriter(context, formatProgress);
  try {
    const result = await submitCsvFile({
      client,
      file: resolve(context.cwd, file),
      ...(values.results && { resultsFile: resolve(context.cwd, values.results) }),
      concurrency,
      onProgress: progress.update,
      ...(context.signal && { signal: context.signal }),
    });
    progress.finish();
    if (!result.ok) {
      context.stderr(`reportal: ${result.message}`);
      return ExitCode.files;
    }
    const { summary } = result;
    const left = summary.aborted;
    const parts = [
      `${summary.accepted} accepted${summary.replayed > 0 ? ` (${summary.replayed} already stored by an interrupted run)` : ''}`,
      ...(summary.alreadyDone > 0 ? [`${summary.alreadyDone} done by an earlier run`] : []),
      `${summary.failed} refused or failed`,
      ...(left > 0 ? [`${left} not sent`] : []),
    ];
    context.stdout(
      `${parts.join(', ')} of ${summary.total} rows; results in ${summary.resultsFile}`,
    );
    if (left > 0) {
      context.stderr('Interrupted: run the same command again to send the rows left.');
      return ExitCode.problems;
    }
    return summary.failed > 0 ? ExitCode.problems : ExitCode.ok;
  } finally {
    progress.finish();
    await client.close();
  }
}

/**
 * Progress on standard error: a bar redrawn in place on a terminal, otherwise a plain line at
 * each tenth of the run (and at most every five seconds in between).
 */
function progressWriter(context: CommandContext, formatProgress: typeof FormatProgress) {
  // The bar goes straight to the terminal: it rewrites its line, which `context` cannot.
  const terminal = process.stderr.isTTY === true;
  let last: SubmitManyProgress | undefined;
  let lastLineAt = 0;
  let lastTenth = 0;
  let lastDrawAt = 0;
  const draw = (step: SubmitManyProgress) =>
    process.stderr.write(`\r${formatProgress(step, { bar: true })}\u001b[K`);
  return {
    update(step: SubmitManyProgress) {
      const now = Date.now();
      if (terminal) {
        last = step;
        if (now - lastDrawAt < 100 && step.done < step.total) return;
        lastDrawAt = now;
        draw(step);
        return;
      }
      const tenth = Math.floor((step.done * 10) / Math.max(1, step.total));
      if (tenth > lastTenth || now - lastLineAt >= 5_000) {
        lastTenth = tenth;
        lastLineAt = now;
        context.stderr(formatProgress(step, { bar: false }));
      }
    },
    finish() {
      if (last) {
        draw(last);
        process.stderr.write('\n');
      }
      last = undefined;
    },
  };
}
