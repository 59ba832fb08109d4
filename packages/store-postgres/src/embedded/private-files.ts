import { chmodSync, type Dirent, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The modes of everything in an embedded store's folder: only its owner reads or writes it. */
export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

/**
 * Sets every folder under `folder`, itself included, to 0700 and every file to 0600, without following symbolic links. PGlite writes the files of a new
 * database 0666 and some others 0644 by an explicit chmod, whatever the umask, so this runs
 * after it too. Answers how many entries were open to other accounts (group or other bits).
 */
export function makeFolderPrivate(folder: string): number {
  let opened = tighten(folder, privateFolderMode);
  const walk = (parent: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(parent, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // removed meanwhile
      throw error;
    }
    for (const entry of entries) {
      const path = join(parent, entry.name);
      if (entry.isDirectory()) {
        opened += tighten(path, privateFolderMode);
        walk(path);
      } else if (entry.isFile() || entry.isSocket()) {
        opened += tighten(path, privateFileMode);
      }
    }
  };
  walk(folder);
  return opened;
}

/** Sets the mode unless it is already right; 1 when it had group or other bits, else 0. */
function tighten(path: string, mode: number): number {
  try {
    const current = lstatSync(path).mode & 0o777;
    if (current === mode) return 0;
    chmodSync(path, mode);
    return current & 0o077 ? 1 : 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0; // removed meanwhile
    throw error;
  }
}
