import type { TransparencyReport } from '@reportal/core';
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
  selectedPortals,
  storeCommandOptions,
  storeOptionsHelp,
  withStore,
} from '../store/store-options.js';

const help = `Usage: reportal transparency --year <yyyy> [options]

Prints the yearly transparency report of each portal (DSA Art. 15 and 22(3)): cases assessed and
the action taken, reasons for dismissal, classification, notices by hosting provider and by
hosting country with median and 90th percentile removal times, reminders sent. Counts and
durations only: nothing in it comes from a reporter. Read from the store's aggregates.

${besideRunningServerHelp}

Options:
  --year <yyyy>          the calendar year (UTC), required
  --portal <id>          only this portal (default: every portal of the registry)
  --format <json|csv>    json (default): one object, or an array for several portals;
                         csv: one row per figure (portal, year, section, name, country, measure, value)
${storeOptionsHelp}
  -h, --help             show this help

${exitCodesHelp}`;

const options = {
  ...storeCommandOptions,
  year: { type: 'string' },
  portal: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function transparency(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, options);
  if (values.help) {
    context.stdout(help);
    return ExitCode.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const yearText = values.year ?? '';
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000) {
    throw new UsageError('--year takes a year of four digits, 2000 or later');
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format takes json or csv, not "${format}"`);
  }
  const portals = selectedPortals(values.portal);
  const reports = await withStore(values, context, (store) =>
    Promise.all(
      portals.map((portal) =>
        store.transparencyReport({ portal: portal.id, year: Number(yearText), now: new Date() }),
      ),
    ),
  );
  if (!reports) return ExitCode.problems;
  if (format === 'csv') {
    context.stdout(transparencyCsv(reports));
  } else {
    context.stdout(JSON.stringify(values.portal === undefined ? reports : reports[0], null, 2));
  }
  return ExitCode.ok;
}

/** The reports as CSV, one row per figure. */
export function transparencyCsv(reports: readonly TransparencyReport[]): string {
  const rows: (string | number | null)[][] = [
    ['portal', 'year', 'section', 'name', 'country', 'measure', 'value'],
  ];
  for (const report of reports) {
    const add = (
      section: string,
      name: string | null,
      country: string | null,
      measure: string,
      value: number | null,
    ) => rows.push([report.portal, report.year, section, name, country, measure, value]);
    add('assessed', null, null, 'cases', report.casesAssessed);
    for (const [name, value] of Object.entries(report.actionTaken)) {
      add('action_taken', name, null, 'cases', value);
    }
    for (const [name, value] of Object.entries(report.dismissalReasons)) {
      add('dismissal_reason', name, null, 'cases', value);
    }
    for (const item of report.byClassification) {
      const name = item.severity ? `${item.classification}/${item.severity}` : item.classification;
      add('classification', name, null, 'cases', item.cases);
    }
    const group = (
      section: string,
      name: string | null,
      country: string | null,
      figures: TransparencyReport['notices'],
    ) => {
      for (const [measure, value] of Object.entries(figures)) {
        add(section, name, country, measure, value);
      }
    };
    group('notices', null, null, report.notices);
    for (const { hostingProvider, hostingCountry, ...figures } of report.byHostingProvider) {
      group('hosting_provider', hostingProvider, hostingCountry, figures);
    }
    for (const { hostingCountry, ...figures } of report.byHostingCountry) {
      group('hosting_country', null, hostingCountry, figures);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\n');
}

/** One CSV field: quoted when needed; text a spreadsheet would run as a formula is defused. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const transparencyCommands: CommandGroup = {
  name: 'transparency',
  summary: 'print the yearly transparency report (JSON or CSV)',
  help,
  run: besideRunningServer('transparency', options, transparency),
};
