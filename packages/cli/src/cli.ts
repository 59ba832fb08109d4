#!/usr/bin/env node
/** The `reportal` command. */
import { run } from './run.js';

// `reportal ... | head`: once the reader has gone, the rest of the output has nowhere to go.
// Stop quietly, as other command-line tools do, instead of a stack trace of EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const stop = new AbortController();
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort());

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  signal: stop.signal,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
