// Test helpers: a throw-away @reportal/core folder and a context that records output.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from './command.js';
import { findDataFolders } from './files/data-folders.js';
import { run } from './run.js';

const shippedCore = fileURLToPath(new URL('../../core/', import.meta.url));

/** A temporary core folder with copies of some shipped catalogs and jurisdiction files. */
export function temporaryCore(options: { locales: string[]; portals: string[] }): string {
  const folder = mkdtempSync(join(tmpdir(), 'reportal-cli-'));
  mkdirSync(join(folder, 'locales'));
  mkdirSync(join(folder, 'jurisdictions'));
  for (const locale of options.locales) {
    cpSync(
      join(shippedCore, 'locales', `${locale}.json`),
      join(folder, 'locales', `${locale}.json`),
    );
  }
  for (const id of options.portals) {
    cpSync(
      join(shippedCore, 'jurisdictions', `${id}.json`),
      join(folder, 'jurisdictions', `${id}.json`),
    );
  }
  return folder;
}

/** Runs `reportal ...args` in `cwd` and answers its exit code and output lines. */
export async function runCli(args: string[], cwd: string) {
  // Never let a test write into the shipped catalogs.
  const found = findDataFolders(cwd);
  if (!found?.locales.startsWith(cwd)) throw new Error(`${cwd} is not a core folder`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CommandContext = {
    cwd,
    stdout: (line) => stdout.push(...line.split('\n')),
    stderr: (line) => stderr.push(...line.split('\n')),
  };
  const code = await run(args, context);
  return { code, stdout, stderr };
}

/**
 * Starts `reportal ...args` in `cwd`, recording its output as it comes; `done` settles with the
 * exit code, `signal` stops a long-running command (serve).
 */
export function startCli(args: string[], cwd: string, signal?: AbortSignal) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CommandContext = {
    cwd,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    ...(signal && { signal }),
  };
  return { done: run(args, context), stdout, stderr };
}
