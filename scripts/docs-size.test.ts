// A guard against a broken rewrite of a document (a replacement with an empty pattern once wrote
// one paragraph between every two characters of docs/performance.md: 6.6 MB of it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const markdown = (folder: string): string[] =>
  readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return markdown(path);
    return name.endsWith('.md') ? [path] : [];
  });

describe('the documentation', () => {
  const files = ['README.md', 'CONTRIBUTING.md', ...markdown('docs')];

  it('is found by the check (the docs folder has its guides)', () => {
    expect(files).toContain(join('docs', 'performance.md'));
    expect(files.length).toBeGreaterThan(8);
  });

  it('has no document over 100 KB, and no paragraph repeated in one', () => {
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text.length, file).toBeLessThan(100_000);
      const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.length > 200);
      const repeated = paragraphs.filter(
        (paragraph, index) => paragraphs.indexOf(paragraph) !== index,
      );
      expect(repeated, file).toEqual([]);
    }
  });
});
