import { besideRunningServer, besideRunningServerHelp } from '../admin/beside-server.js';
import {
  type CommandContext,
  type CommandGroup,
  ExitCode,
  exitCodesHelp,
  parseCommandLine,
  UsageError,
} from '../command.js';
import {
  retentionPolicyOf,
  selectedPortals,
  storeCommandOptions,
  storeOptionsHelp,
  withStore,
} from '../store/store-options.js';

const help = `Usage: reportal purge [options]

Removes what each portal's retention periods say must go: contact details older than the
contact period, closed cases older than the report period (with reports no other case links),
expired idempotency keys. Records the counts of what it removed, never the data, and prints them.
\`reportal serve\` does this at start and daily.

${besideRunningServerHelp}

Options:
  --portal <id>          only this portal (default: every portal of the registry)
${storeOptionsHelp}
  -h, --help             show this help

${exitCodesHelp}`;

const options = {
  ...storeCommandOptions,
  portal: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function purge(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, options);
  if (values.help) {
    context.stdout(help);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const portals = selectedPortals(values.portal);
  const summary = await withStore(values, context, (store) =>
    store.purge({ now: new Date(), policies: portals.map(retentionPolicyOf) }),
  );
  if (!summary) return ExitCode.problems;
  context.stdout(
    `Removed contact details from ${summary.contactDetailsRemoved} report(s); deleted ${summary.casesDeleted} closed case(s) and ${summary.reportsDeleted} report(s).`,
  );
  return ExitCode.ok;
}

export const purgeCommands: CommandGroup = {
  name: 'purge',
  summary: 'remove contact details and closed cases past their retention periods',
  help,
  run: besideRunningServer('purge', options, purge),
};
