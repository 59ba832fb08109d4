import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../packages/cli/dist/cli.js', import.meta.url));

const report = JSON.stringify({
  schemaVersion: 1,
  portal: 'bz',
  locale: 'en',
  urls: ['https://www.example.com/start-up'],
  goodFaith: true,
});

/** Milliseconds from launching `reportal serve` on `dataFolder` to its first 201. */
async function launchToFirstReport(dataFolder: string): Promise<number> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--data', dataFolder, '--port', '0', '--rate-limit', 'off'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const match = / at (http:\/\/\S+) /.exec(line);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`reportal serve exited with ${code}`)));
    });
    for (;;) {
      const response = await fetch(`${url}/v1/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: report,
      }).catch(() => undefined);
      if (response?.status === 201) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Start-up to the first 201, on an empty data folder and on an existing one (median of `runs`). */
export async function measureStartUp(
  runs: number,
): Promise<{ emptyMs: number; existingMs: number }> {
  const empty: number[] = [];
  const existing: number[] = [];
  for (let run = 0; run < runs; run++) {
    const folder = mkdtempSync(join(tmpdir(), 'reportal-start-up-'));
    try {
      empty.push(await launchToFirstReport(folder));
      existing.push(await launchToFirstReport(folder));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return { emptyMs: Math.round(median(empty)), existingMs: Math.round(median(existing)) };
}
