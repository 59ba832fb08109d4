import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Portal, parsePortal } from '@reportal/core';
import {
  type CommandContext,
  type CommandGroup,
  ExitCode,
  exitCodesHelp,
  parseCommandLine,
  subcommandGroup,
  UsageError,
} from '../command.js';
import { findDataFolders } from '../files/data-folders.js';
import { readJsonFile, writeJsonFile } from '../files/json-file.js';
import { scaffoldPortal } from '../jurisdictions/scaffold-portal.js';

const help = `Usage: reportal jurisdictions <command> [options]

Work on the jurisdiction files (packages/core/jurisdictions/<id>.json): one portal each, with its
country names, locales, hotline, outcome feedback, retention periods and takedown deadline.

Commands:
  check [--portal <id>]                        check every jurisdiction file (or one)
  add <id> [--locales <tags>] [--country <CC>] create <id>.json with every field to fill in

Options:
  --portal <id>     check only this portal
  --locales <tags>  the portal's locales, comma-separated, default locale first (default: en)
  --country <CC>    ISO 3166-1 alpha-2 code (default: the id in capitals, for a two-letter id)
  --core <folder>   the @reportal/core package folder (default: packages/core of this repository,
                    else the installed @reportal/core)
  -h, --help        show this help

${exitCodesHelp}

Examples:
  reportal jurisdictions add ke --locales sw,en
  reportal jurisdictions check --portal ke`;

const checkHelp = `Usage: reportal jurisdictions check [--portal <id>] [--core <folder>]

Checks each jurisdiction file and prints one line per problem, as <file>: <field>: <problem>:
fields missing, misspelt or of the wrong type, unknown locales (no catalog), a default locale not
in the list, country names missing for a locale, a hotline without a website URL, contact details
kept longer than reports, an example configuration using a real domain name, a hotline logo over
the size cap (8 KiB) or an SVG logo that loads or runs anything, hotline colours under 4.5:1
contrast (WCAG), an id that does not match the file name. When all is well it prints one summary line per portal and exits 0.

${exitCodesHelp}`;

const addHelp = `Usage: reportal jurisdictions add <id> [--locales <tags>] [--country <CC>] [--core <folder>]

Creates <id>.json with every field present and the names and hotline left empty, as an example
configuration. Fill in the fields and run \`reportal jurisdictions check --portal <id>\`.

${exitCodesHelp}`;

const commonOptions = {
  core: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const jurisdictionsCommands: CommandGroup = subcommandGroup({
  name: 'jurisdictions',
  summary: 'check the jurisdiction files, or start a new one',
  help,
  commands: { check, add },
});

function check(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine(args, {
    ...commonOptions,
    portal: { type: 'string' },
  });
  if (values.help) {
    context.stdout(checkHelp);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const folders = findDataFolders(context.cwd, values.core);
  if (!folders || !existsSync(folders.jurisdictions)) return noFolder(context);
  const show = (path: string) => relative(context.cwd, path) || path;
  const catalogLocales = jsonNames(folders.locales);
  let ids = jsonNames(folders.jurisdictions);
  if (values.portal !== undefined) {
    if (!ids.includes(values.portal)) {
      context.stderr(
        `There is no jurisdiction file for "${values.portal}" (looked for ${show(join(folders.jurisdictions, `${values.portal}.json`))}). Create it with \`reportal jurisdictions add ${values.portal}\`.`,
      );
      return ExitCode.files;
    }
    ids = [values.portal];
  }
  const problems: string[] = [];
  const summaries: string[] = [];
  for (const id of ids) {
    const file = show(join(folders.jurisdictions, `${id}.json`));
    const content = readJsonFile(join(folders.jurisdictions, `${id}.json`));
    if (!content.ok) {
      problems.push(`${file}: (file): ${content.error}`);
      continue;
    }
    const result = parsePortal(content.value, { catalogLocales });
    const own: string[] = [];
    if (!result.ok) {
      for (const problem of result.problems)
        own.push(`${file}: ${problem.path}: ${problem.message}`);
    } else if (result.portal.id !== id) {
      own.push(`${file}: id: "${result.portal.id}" does not match the file name ${id}.json`);
    }
    problems.push(...own);
    if (own.length === 0 && result.ok) summaries.push(summary(file, result.portal));
  }
  for (const line of problems) context.stdout(line);
  if (problems.length > 0) {
    context.stderr(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} found.`);
    return ExitCode.problems;
  }
  for (const line of summaries) context.stdout(line);
  return ExitCode.ok;
}

function add(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine(args, {
    ...commonOptions,
    locales: { type: 'string' },
    country: { type: 'string' },
  });
  if (values.help) {
    context.stdout(addHelp);
    return ExitCode.ok;
  }
  const [id, extra] = positionals;
  if (id === undefined)
    throw new UsageError('say which portal id to add, e.g. `reportal jurisdictions add ke`');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(id)) {
    throw new UsageError(
      `"${id}" cannot be a portal id: use 2 to 32 lower-case letters, digits or dashes`,
    );
  }
  const locales = (values.locales ?? 'en')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (locales.length === 0)
    throw new UsageError('--locales needs at least one locale, e.g. --locales sw,en');
  if (values.country !== undefined && !/^[A-Z]{2}$/.test(values.country)) {
    throw new UsageError(`--country takes a two-letter ISO 3166-1 code in capitals, e.g. KE`);
  }
  const folders = findDataFolders(context.cwd, values.core);
  if (!folders || !existsSync(folders.jurisdictions)) return noFolder(context);
  const path = join(folders.jurisdictions, `${id}.json`);
  const show = relative(context.cwd, path) || path;
  if (existsSync(path)) {
    context.stderr(
      `${show} already exists. Edit it, and run \`reportal jurisdictions check --portal ${id}\`.`,
    );
    return ExitCode.problems;
  }
  try {
    writeJsonFile(path, scaffoldPortal(id, { locales, country: values.country }));
  } catch (error) {
    context.stderr(`Cannot write ${show}: ${(error as Error).message}`);
    return ExitCode.files;
  }
  context.stdout(`Created ${show}: fill in the hotline.`);
  context.stdout(`See what is left: reportal jurisdictions check --portal ${id}`);
  return ExitCode.ok;
}

function jsonNames(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

function summary(file: string, portal: Portal): string {
  const country = portal.countryNames.en ?? portal.country;
  const kind = portal.example ? 'example configuration' : 'live configuration';
  return `${file}: ok: ${portal.id} ${country}, ${portal.locales.join(', ')} (default ${portal.defaultLocale}), ${kind}`;
}

function noFolder(context: CommandContext): number {
  context.stderr(
    'Cannot find the jurisdiction files (packages/core/jurisdictions). Run this inside a Reportal clone, or name the @reportal/core folder with --core <folder>.',
  );
  return ExitCode.files;
}
