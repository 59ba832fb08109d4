import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Exit codes of every `reportal` command. */
export const ExitCode = {
  /** Done; a check found nothing to fix. */
  ok: 0,
  /** A check found problems, or the command could not do what was asked (a file already exists). */
  problems: 1,
  /** The command line is wrong: unknown command or option, missing or invalid argument. */
  usage: 2,
  /** Files could not be found, read or written. */
  files: 3,
} as const;

/** What a command may touch: its working directory and two output streams, line by line. */
export interface CommandContext {
  cwd: string;
  /** Aborted on SIGTERM or Ctrl-C: long-running commands (serve) stop gracefully. */
  signal?: AbortSignal;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** A group of commands (`reportal locales ...`), one file under src/commands/. */
export interface CommandGroup {
  name: string;
  summary: string;
  help: string;
  run(args: readonly string[], context: CommandContext): number | Promise<number>;
}

/**
 * A command group made of subcommands (`reportal locales check`, `... add`): no subcommand or
 * `--help` prints the group's help; an unknown one is a usage error naming those there are.
 */
export function subcommandGroup(options: {
  name: string;
  summary: string;
  help: string;
  commands: Readonly<Record<string, CommandGroup['run']>>;
}): CommandGroup {
  const { name, summary, help, commands } = options;
  return {
    name,
    summary,
    help,
    run(args, context) {
      const [command, ...rest] = args;
      if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        context.stdout(help);
        return ExitCode.ok;
      }
      const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
      if (!run) {
        throw new UsageError(
          `unknown command "${name} ${command}" (try ${Object.keys(commands).join(' or ')})`,
        );
      }
      return run(rest, context);
    },
  };
}

/** Thrown for a wrong command line; the runner prints it with the help hint and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `node:util` parseArgs, strict, with its errors turned into plain-word usage errors. */
export function parseCommandLine<Options extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: Options,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1] ?? message;
      throw new UsageError(`unknown option ${option}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(message.replace(/^Option '([^']+)'/, 'option $1').split('.')[0]!);
    }
    throw new UsageError(message);
  }
}

export const exitCodesHelp = `Exit codes:
  0  done; nothing to fix
  1  problems found (each printed on its own line), a file already exists, or the command could
     not do its work (unknown portal, unreachable database, port in use)
  2  wrong command line (unknown command or option, missing argument)
  3  files not found or not readable or writable`;
