#!/usr/bin/env node
/** The `reportal` command. */
import { run } from './run.js';

const stop = new AbortController();
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  signal: stop.signal,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
