import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
} from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SqlQueryable } from '../driver/sql-driver.js';

// Time-blind intake. Every report of an hour is first written sealed (AES-256-GCM under a key of
// that hour, padded to a size class) to `held_reports`, and only at the end of the hour's window
// are the hour's reports opened, shuffled and stored in one transaction. What the WAL and the
// tables keep of the moment a report arrived is then a ciphertext whose key is gone: the rows
// that carry the report share the release's transaction id and commit time with every other
// report of the hour.

const hourInMilliseconds = 3_600_000;
const minuteInMilliseconds = 60_000;
const nonceBytes = 12;
const tagBytes = 16;
const smallestSize = 4096;

/**
 * Where the keys of the hours being held are kept. A key exists from the first report of its hour
 * until that hour is released; whoever reads a key within that time can open the hour's held
 * reports and see when each was written, and whoever loses it loses the hour's held reports.
 */
export interface HeldKeyKeeper {
  /** Where the keys are, in words, for the operator (`in the database (UNLOGGED)`, a folder). */
  readonly description: string;
  /** The key of the hour starting at `hour`, made if it does not exist yet. */
  keyFor(hour: Date): Promise<Uint8Array>;
  /** Every key still kept, by the hour it belongs to (ISO 8601). */
  keys(): Promise<Map<string, Uint8Array>>;
  /** Forgets the keys of these hours (ISO 8601), so that nothing kept can open their reports. */
  forget(hours: readonly string[]): Promise<void>;
}

/**
 * Keys in an UNLOGGED table of the database, shared by every process on it: never written to
 * the WAL, so never in a WAL archive, a replica or a base backup. PostgreSQL empties UNLOGGED
 * tables when it recovers from a crash of its own (a power cut, a kill of the database server):
 * the reports held at that moment are then lost. A crash of a Reportal process loses nothing.
 */
export function databaseKeyKeeper(queryable: SqlQueryable, schema: string): HeldKeyKeeper {
  const table = `${schema}.held_keys`;
  const cache = new Map<string, Uint8Array>();
  return {
    description: `in the database (${table}, UNLOGGED)`,
    async keyFor(hour) {
      const id = hour.toISOString();
      const cached = cache.get(id);
      if (cached) return cached;
      await queryable.query(
        `INSERT INTO ${table} (hour, key) VALUES ($1, decode($2, 'hex')) ON CONFLICT (hour) DO NOTHING`,
        [id, randomBytes(32).toString('hex')],
      );
      const { rows } = await queryable.query<{ key: string }>(
        `SELECT encode(key, 'hex') AS key FROM ${table} WHERE hour = $1`,
        [id],
      );
      const key = Buffer.from(rows[0]!.key, 'hex');
      cache.set(id, key);
      return key;
    },
    async keys() {
      const { rows } = await queryable.query<{ hour: string; key: string }>(
        `SELECT to_json(hour)#>>'{}' AS hour, encode(key, 'hex') AS key FROM ${table}`,
      );
      return new Map(
        rows.map((row) => [new Date(row.hour).toISOString(), Buffer.from(row.key, 'hex')]),
      );
    },
    async forget(hours) {
      for (const hour of hours) cache.delete(hour);
      if (hours.length === 0) return;
      await queryable.query(`DELETE FROM ${table} WHERE hour = ANY($1::timestamptz[])`, [hours]);
      // A deleted row stays in its page until the page is reused; a full vacuum writes the live
      // rows to a new file and removes the old one, so no file of the database holds the key.
      await queryable.query(`VACUUM FULL ${table}`);
    },
  };
}

/**
 * Keys as files of one folder (0600, the folder 0700), one per hour, written and synced before
 * the first report of the hour is acknowledged. On a disk, nothing is lost on a power cut, but
 * whoever copies the folder within an hour's window can open that hour's held reports. On a
 * memory file system (`/dev/shm`, `/run/user/<uid>`), a copy of the data folder holds no key,
 * and a power cut or a reboot loses the reports held at that moment.
 */
export function folderKeyKeeper(folder: string): HeldKeyKeeper {
  const cache = new Map<string, Uint8Array>();
  const fileOf = (hour: string) => join(folder, `${hour.replaceAll(':', '-')}.key`);
  const hourOf = (file: string) =>
    file.replace(/\.key$/, '').replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');
  const syncFolder = () => {
    const descriptor = openSync(folder, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  };
  return {
    description: `in the folder ${folder}`,
    async keyFor(hour) {
      const id = hour.toISOString();
      const cached = cache.get(id);
      if (cached) return cached;
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const file = fileOf(id);
      try {
        await writeFile(file, randomBytes(32), { flag: 'wx', mode: 0o600, flush: true });
        syncFolder();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const key = await readFile(file);
      cache.set(id, key);
      return key;
    },
    async keys() {
      let files: string[];
      try {
        files = await readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
        throw error;
      }
      const found = new Map<string, Uint8Array>();
      for (const file of files.filter((name) => name.endsWith('.key'))) {
        found.set(new Date(hourOf(file)).toISOString(), await readFile(join(folder, file)));
      }
      return found;
    },
    async forget(hours) {
      for (const hour of hours) {
        cache.delete(hour);
        await unlink(fileOf(hour)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
      }
      if (hours.length > 0) syncFolder();
    },
  };
}

/** The start of the hour `at` is in. */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / hourInMilliseconds) * hourInMilliseconds);
}

/** When the reports of the hour starting at `hour` are released: the hour's end plus the grace. */
export function releaseTimeOf(hour: Date, graceMinutes: number): Date {
  return new Date(hour.getTime() + hourInMilliseconds + graceMinutes * minuteInMilliseconds);
}

function subkey(key: Uint8Array, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, new Uint8Array(0), `reportal held ${purpose}`, 32));
}

/** The padded size of a plaintext: at least 4 KiB, else the next power of two. */
export function paddedSize(length: number): number {
  let size = smallestSize;
  while (size < length) size *= 2;
  return size;
}

/**
 * Seals text under an hour's key: AES-256-GCM (Node's OpenSSL) with a random nonce, the text
 * padded with spaces to its size class so that the ciphertext's length says little of the report.
 */
export function sealHeld(key: Uint8Array, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const padded = Buffer.alloc(paddedSize(bytes.length), 0x20);
  bytes.copy(padded);
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', subkey(key, 'seal'), nonce);
  const sealed = Buffer.concat([nonce, cipher.update(padded), cipher.final(), cipher.getAuthTag()]);
  return sealed;
}

/** Opens what `sealHeld` sealed (the padding removed), or throws if the key is not the one. */
export function openHeld(key: Uint8Array, sealed: Uint8Array): string {
  const bytes = Buffer.from(sealed);
  const nonce = bytes.subarray(0, nonceBytes);
  const tag = bytes.subarray(bytes.length - tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', subkey(key, 'seal'), nonce);
  decipher.setAuthTag(tag);
  const padded = Buffer.concat([
    decipher.update(bytes.subarray(nonceBytes, bytes.length - tagBytes)),
    decipher.final(),
  ]);
  return padded.toString('utf8').trimEnd();
}

/** A keyed hash that finds a held report by a value (its receipt hash, its idempotency key). */
export function heldLookup(key: Uint8Array, label: string, value: string): string {
  return createHmac('sha256', subkey(key, 'lookup'))
    .update(label)
    .update('\u0000')
    .update(value)
    .digest('hex');
}

/** The items in a random order (Fisher–Yates with a cryptographic random source). */
export function shuffled<Item>(items: readonly Item[]): Item[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}
