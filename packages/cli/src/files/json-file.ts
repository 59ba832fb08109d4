import { readFileSync, writeFileSync } from 'node:fs';

/** The outcome of reading a JSON file: its value, or why it could not be read, in plain words. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

export function readJsonFile(path: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `is not valid JSON: ${(error as Error).message}` };
  }
}

/** Writes JSON laid out as the repository's formatter (Biome) does, so a new file passes `biome check`. */
export function writeJsonFile(path: string, value: unknown): void {
  writeFileSync(path, `${formatJson(value, 0, 0)}\n`, { flag: 'wx' });
}

const lineWidth = 100;

/** Objects one member per line; an array of scalars on one line when it fits. */
export function formatJson(value: unknown, indent: number, prefixLength: number): string {
  const pad = '  '.repeat(indent + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const scalars = value.every((item) => item === null || typeof item !== 'object');
    const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (scalars && prefixLength + inline.length + 1 <= lineWidth) return inline;
    const items = value.map((item) => pad + formatJson(item, indent + 1, pad.length));
    return `[\n${items.join(',\n')}\n${'  '.repeat(indent)}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const members = entries.map(([key, member]) => {
      const head = `${pad}${JSON.stringify(key)}: `;
      return head + formatJson(member, indent + 1, head.length);
    });
    return `{\n${members.join(',\n')}\n${'  '.repeat(indent)}}`;
  }
  return JSON.stringify(value);
}
