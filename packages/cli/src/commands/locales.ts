import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CatalogSource, catalogSourceSchema, SOURCE_LOCALE } from '@reportal/core';
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
import { type CatalogProblem, checkCatalog } from '../locales/check-catalog.js';
import { scaffoldCatalog } from '../locales/scaffold-catalog.js';

const help = `Usage: reportal locales <command> [options]

Work on the locale catalogs (packages/core/locales/<tag>.json): one file per locale, metadata and
a flat map of message keys to ICU MessageFormat messages, translated from en.json.

Commands:
  check [--locale <tag>]   check every catalog (or one) against en.json; one line per problem
  add <tag>                create <tag>.json from en.json, every message marked untranslated

Options:
  --locale <tag>   check only this catalog
  --core <folder>  the @reportal/core package folder (default: packages/core of this repository,
                   else the installed @reportal/core)
  -h, --help       show this help

${exitCodesHelp}

Examples:
  reportal locales add fr-CA
  reportal locales check --locale fr-CA`;

const checkHelp = `Usage: reportal locales check [--locale <tag>] [--core <folder>]

Checks each catalog against the source catalog en.json and prints one line per problem, as
<file>: <key>: <problem>. It finds missing and extra keys, messages not translated yet,
placeholders that differ from en.json, ICU syntax errors, plural messages lacking a CLDR
category the locale needs, select cases renamed, and a direction that disagrees with the locale.
When all is well it prints one summary line per catalog and exits 0.

${exitCodesHelp}`;

const addHelp = `Usage: reportal locales add <tag> [--core <folder>]

Creates <tag>.json next to en.json: the direction of the locale's script, status "draft", every
message copied from en.json and listed under "untranslated". Translate a message, remove its key
from "untranslated", and run \`reportal locales check --locale <tag>\` to see what is left.

${exitCodesHelp}`;

const commonOptions = {
  core: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const localesCommands: CommandGroup = subcommandGroup({
  name: 'locales',
  summary: 'check the locale catalogs, or start a new one',
  help,
  commands: { check, add },
});

function check(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine(args, {
    ...commonOptions,
    locale: { type: 'string' },
  });
  if (values.help) {
    context.stdout(checkHelp);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const folders = findDataFolders(context.cwd, values.core);
  if (!folders) return noCatalogs(context);
  const show = (path: string) => relative(context.cwd, path) || path;

  const sourcePath = join(folders.locales, `${SOURCE_LOCALE}.json`);
  const problems: CatalogProblem[] = [];
  const summaries: string[] = [];
  const sourceFile = readJsonFile(sourcePath);
  if (!sourceFile.ok) {
    context.stderr(`${show(sourcePath)} ${sourceFile.error}`);
    return ExitCode.files;
  }
  const sourceCheck = checkCatalog(sourceFile.value, {
    file: show(sourcePath),
    fileLocale: SOURCE_LOCALE,
  });
  problems.push(...sourceCheck.problems);
  const source: CatalogSource | undefined = sourceCheck.catalog;

  let locales = catalogLocales(folders.locales);
  if (values.locale !== undefined) {
    if (!locales.includes(values.locale)) {
      context.stderr(
        `There is no catalog for "${values.locale}" (looked for ${show(join(folders.locales, `${values.locale}.json`))}). Create it with \`reportal locales add ${values.locale}\`.`,
      );
      return ExitCode.files;
    }
    locales = [values.locale];
  }
  for (const locale of locales) {
    const path = join(folders.locales, `${locale}.json`);
    let catalogProblems: CatalogProblem[];
    let catalog: CatalogSource | undefined;
    if (locale === SOURCE_LOCALE) {
      catalogProblems = sourceCheck.problems;
      catalog = source;
    } else {
      const file = readJsonFile(path);
      if (!file.ok) {
        catalogProblems = [{ file: show(path), key: '(file)', message: file.error }];
      } else if (!source) {
        catalogProblems = [];
      } else {
        const result = checkCatalog(file.value, {
          file: show(path),
          fileLocale: locale,
          source,
          parent: parentLocale(locale, catalogLocales(folders.locales)),
        });
        catalogProblems = result.problems;
        catalog = result.catalog;
      }
      problems.push(...catalogProblems);
    }
    if (catalogProblems.length === 0 && catalog) {
      summaries.push(
        summary(show(path), catalog, parentLocale(locale, catalogLocales(folders.locales))),
      );
    }
  }

  for (const problem of problems) {
    context.stdout(`${problem.file}: ${problem.key}: ${problem.message}`);
  }
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    context.stderr(
      `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'catalog' : 'catalogs'}.`,
    );
    return ExitCode.problems;
  }
  for (const line of summaries) context.stdout(line);
  return ExitCode.ok;
}

function add(args: readonly string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine(args, commonOptions);
  if (values.help) {
    context.stdout(addHelp);
    return ExitCode.ok;
  }
  const [tag, extra] = positionals;
  if (tag === undefined)
    throw new UsageError('say which locale to add, e.g. `reportal locales add fr-CA`');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    throw new UsageError(
      `"${tag}" is not a valid BCP 47 language tag (examples: fr, pt-BR, zh-Hant)`,
    );
  }
  const folders = findDataFolders(context.cwd, values.core);
  if (!folders) return noCatalogs(context);
  const path = join(folders.locales, `${locale}.json`);
  const show = relative(context.cwd, path) || path;
  if (existsSync(path)) {
    context.stderr(
      `${show} already exists. Edit it, and run \`reportal locales check --locale ${locale}\` to see what is left.`,
    );
    return ExitCode.problems;
  }
  const sourceFile = readJsonFile(join(folders.locales, `${SOURCE_LOCALE}.json`));
  const source = sourceFile.ok ? catalogSourceSchema.safeParse(sourceFile.value) : undefined;
  if (!source?.success) {
    context.stderr(
      'The source catalog en.json cannot be read; run `reportal locales check` first.',
    );
    return ExitCode.files;
  }
  const parent = parentLocale(locale, catalogLocales(folders.locales));
  const catalog = scaffoldCatalog(locale, source.data, { hasParent: parent !== undefined });
  try {
    writeJsonFile(path, catalog);
  } catch (error) {
    context.stderr(`Cannot write ${show}: ${(error as Error).message}`);
    return ExitCode.files;
  }
  const count = Object.keys(catalog.messages).length;
  if (locale !== tag) context.stdout(`Using the canonical form of "${tag}": ${locale}.`);
  if (parent !== undefined) {
    context.stdout(
      `Created ${show} (${catalog.direction}, draft) with no messages: it falls back to ${parent}.json.`,
    );
    context.stdout(
      `Add only the messages that differ from ${parent}, with the keys and placeholders of en.json.`,
    );
  } else {
    context.stdout(
      `Created ${show} (${catalog.direction}, draft): ${count} messages to translate.`,
    );
    context.stdout(
      'Translate each message, remove its key from "untranslated", and keep placeholders such as {hotline} as they are.',
    );
  }
  context.stdout(`See what is left: reportal locales check --locale ${locale}`);
  return ExitCode.ok;
}

function catalogLocales(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort((a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b)));
}

/** The nearest parent of `locale` with a catalog of its own (`es` for `es-GT`). */
function parentLocale(locale: string, locales: readonly string[]): string | undefined {
  const parts = locale.split('-');
  for (let length = parts.length - 1; length > 0; length--) {
    const candidate = parts.slice(0, length).join('-');
    if (locales.includes(candidate)) return candidate;
  }
  return undefined;
}

function summary(file: string, catalog: CatalogSource, parent: string | undefined): string {
  const language = new Intl.DisplayNames(['en'], { type: 'language' }).of(catalog.locale);
  const count = Object.keys(catalog.messages).length;
  const rest = parent === undefined ? '' : ` (the rest from ${parent})`;
  return `${file}: ok: ${language} (${catalog.locale}), ${catalog.direction}, ${catalog.status}, ${count} messages${rest}`;
}

function noCatalogs(context: CommandContext): number {
  context.stderr(
    'Cannot find the catalogs (packages/core/locales/en.json). Run this inside a Reportal clone, or name the @reportal/core folder with --core <folder>.',
  );
  return ExitCode.files;
}
