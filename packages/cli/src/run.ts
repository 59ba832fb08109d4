import { readFileSync } from 'node:fs';
import {
  type CommandContext,
  type CommandGroup,
  ExitCode,
  exitCodesHelp,
  UsageError,
} from './command.js';
import { jurisdictionsCommands } from './commands/jurisdictions.js';
import { localesCommands } from './commands/locales.js';
import { migrateCommands } from './commands/migrate.js';
import { purgeCommands } from './commands/purge.js';
import { serveCommands } from './commands/serve.js';
import { submitCommands } from './commands/submit.js';
import { tokensCommands } from './commands/tokens.js';
import { transparencyCommands } from './commands/transparency.js';

/** Every command group; a new group is one file under src/commands/ and one line here. */
export const commandGroups: readonly CommandGroup[] = [
  serveCommands,
  migrateCommands,
  tokensCommands,
  purgeCommands,
  transparencyCommands,
  submitCommands,
  localesCommands,
  jurisdictionsCommands,
];

function help(): string {
  const width = Math.max(...commandGroups.map((group) => group.name.length));
  return `Usage: reportal <command> [options]

Reportal: anonymous reporting portals for child sexual abuse material.

Commands:
${commandGroups.map((group) => `  ${group.name.padEnd(width)}  ${group.summary}`).join('\n')}

Options:
  -h, --help     show this help (also after any command: reportal locales check --help)
  -v, --version  show the version

${exitCodesHelp}`;
}

/** Runs the `reportal` command line and answers its exit code; never throws for bad input. */
export async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    context.stderr(help());
    return ExitCode.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    context.stdout(help());
    return ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    context.stdout(version());
    return ExitCode.ok;
  }
  const group = commandGroups.find((candidate) => candidate.name === name);
  try {
    if (!group) throw new UsageError(`unknown command "${name}"`);
    return await group.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`reportal: ${error.message}.`);
      context.stderr(
        `Run \`reportal ${group ? `${group.name} ` : ''}--help\` to see what it takes.`,
      );
      return ExitCode.usage;
    }
    throw error;
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}
