// Global setup: a fresh folder for this run, where each suite leaves its database dump, its
// server logs and the markers it sent, for the anonymity audit that runs last.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runDirectory: string;
  }
}

export default function setup(project: TestProject) {
  const runDirectory = fileURLToPath(new URL('../.tmp/run/', import.meta.url));
  rmSync(runDirectory, { recursive: true, force: true });
  mkdirSync(runDirectory, { recursive: true });
  project.provide('runDirectory', runDirectory);
}
