// A server process of a benchmark: started from src/servers/ (or an absolute path), its URL read
// from its first "listening <url>" line; its memory read from /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A server script to start: a file in src/servers/, or an absolute path, with its arguments. */
export interface ServerTarget {
  name: string;
  script: string;
  args: string[];
}

export async function startServer(
  target: ServerTarget,
): Promise<{ child: ChildProcess; url: string }> {
  const script = target.script.startsWith('/')
    ? target.script
    : fileURLToPath(new URL(`./servers/${target.script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...target.args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const match = /^listening (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${target.name} exited with ${code}`)));
  });
  return { child, url };
}

/** The process's peak resident memory (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** The process's resident memory now (VmRSS), in MiB. */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}
