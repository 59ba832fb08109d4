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
  describeStore,
  migrateStore,
  storeCommandOptions,
  storeFailure,
  storeLocation,
  storeOptionsHelp,
} from '../store/store-options.js';

const help = `Usage: reportal migrate [options]

Applies the store's pending migrations (versioned SQL, under an advisory lock, so several
processes may run it at once) and exits. \`reportal serve\` also migrates at start-up; run this
ahead of a deployment to see the result first.

${besideRunningServerHelp}

Options:
${storeOptionsHelp}
  -h, --help             show this help

${exitCodesHelp}
  1 also: the database cannot be reached`;

const options = {
  ...storeCommandOptions,
  help: { type: 'boolean', short: 'h' },
} as const;

async function migrateCommand(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, options);
  if (values.help) {
    context.stdout(help);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const location = storeLocation(values, context.cwd);
  try {
    const result = await migrateStore(location, context);
    context.stdout(
      `${describeStore(location)}: schema at version ${result.version}, ${result.applied.length} migration(s) applied.`,
    );
    return ExitCode.ok;
  } catch (error) {
    context.stderr(`reportal: ${storeFailure(location, error)}`);
    return ExitCode.problems;
  }
}

export const migrateCommands: CommandGroup = {
  name: 'migrate',
  summary: 'apply pending store migrations (PGlite folder or PostgreSQL)',
  help,
  run: besideRunningServer('migrate', options, migrateCommand),
};
