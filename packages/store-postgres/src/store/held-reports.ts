import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
} from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import {
  type FileHandle,
  mkdir,
  open,
  readdir,
  readFile,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';

// Time-blind intake. A report is first written sealed (AES-256-GCM under a key of its window,
// padded to a size class) to a spool file beside the database, never to the database: nothing
// the database writes (tables, indexes, WAL) then carries the moment it came. At the end of the
// window the window's reports are opened, shuffled and stored in one transaction, and the spool
// files and the key are deleted. What stays of the moment a report arrived: nothing in any file's
// contents; the spool is gone and the stored rows share the release's transaction and commit
// time with every other report of the window.

const minuteInMilliseconds = 60_000;
const nonceBytes = 12;
const tagBytes = 16;
const smallestSize = 4096;

/** One sealed report of a spool, with the keyed hashes that find it. */
export interface SpoolRecord {
  /** The keyed hash of its receipt hash (hex). */
  receiptLookup: string;
  /** The keyed hash of its idempotency key, or `''`. */
  idempotencyLookup: string;
  /** The report, sealed under its window's key. */
  sealed: Buffer;
}

/**
 * The folder where a time-blind store holds reports: per window, one key file and one spool file
 * per store instance. Every file is 0600 and every folder 0700; every write is synced before the
 * report is acknowledged, so a crash or a power cut loses nothing acknowledged (unless the keys
 * are on a memory file system). Whoever reads the folder within a window can open that window's
 * held reports; after it, nothing is left to open.
 */
export interface HeldSpool {
  /** Where the spool and the keys are, in words for the operator. */
  readonly description: string;
  /** The key of the window starting at `start`, made (and synced) if it does not exist yet. */
  keyFor(start: Date): Promise<Uint8Array>;
  /** Every key still kept, by the start of its window (ISO 8601). */
  keys(): Promise<Map<string, Uint8Array>>;
  /** Appends records to this instance's spool file of the window, synced before it returns. */
  append(start: Date, records: readonly SpoolRecord[]): Promise<void>;
  /** The records of every spool file of these windows (every instance's), torn tails dropped. */
  read(starts: readonly string[]): Promise<Map<string, SpoolRecord[]>>;
  /**
   * Brings the index of held records up to date: only what was appended to the spool files since
   * the last call is read, so a look-up costs as little on the thousandth report of a window as on
   * the first.
   */
  refresh(): Promise<void>;
  /** The held record with this keyed hash (receipt or idempotency), as of the last `refresh`. */
  find(lookup: string): IndexedRecord | undefined;
  /** How many records the index holds. */
  readonly size: number;
  /** The sealed text of an indexed record. */
  sealedOf(record: IndexedRecord): Promise<Buffer>;
  /** The windows that have a spool file or a key (ISO 8601 starts). */
  windows(): Promise<string[]>;
  /** Deletes the spool files and keys of these windows, and syncs the folders. */
  forget(starts: readonly string[]): Promise<void>;
}

/** A held record as the index knows it: its keyed hashes and where its sealed text is. */
export interface IndexedRecord {
  receiptLookup: string;
  idempotencyLookup: string;
  file: string;
  /** Byte offset and length of the sealed text (base64) in the file. */
  offset: number;
  length: number;
}

/** Where a time-blind store's spool and keys live. */
export interface HeldSpoolFolders {
  /** The spool files (sealed reports). */
  folder: string;
  /** The keys (default: the spool folder). A memory file system keeps them off every disk. */
  keysFolder?: string | undefined;
}

const fileStamp = (start: string) => start.replaceAll(':', '-');
/** The window stamp a file's name starts with (up to the `Z` of its time). */
const stampOfFile = (file: string) => file.slice(0, file.indexOf('Z') + 1);
const startOfFile = (file: string) =>
  new Date(stampOfFile(file).replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3')).toISOString();

function syncFolder(folder: string) {
  const descriptor = openSync(folder, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** One spool record as a line of text: receipt lookup, idempotency lookup, sealed (base64). */
function recordLine(record: SpoolRecord): string {
  return `${record.receiptLookup} ${record.idempotencyLookup || '-'} ${record.sealed.toString('base64')}\n`;
}

function parseRecords(text: string): SpoolRecord[] {
  const records: SpoolRecord[] = [];
  // A line without its newline is a write cut short by a crash: never acknowledged, dropped.
  for (const line of text.split('\n').slice(0, -1)) {
    const [receiptLookup, idempotencyLookup, sealed] = line.split(' ');
    if (!receiptLookup || !idempotencyLookup || !sealed) continue;
    records.push({
      receiptLookup,
      idempotencyLookup: idempotencyLookup === '-' ? '' : idempotencyLookup,
      sealed: Buffer.from(sealed, 'base64'),
    });
  }
  return records;
}

/**
 * The spool of a time-blind store in `folders` (see `HeldSpool`). Each store instance writes a
 * spool file of its own per window, so several instances (processes) may share the folder.
 */
export function heldSpool(folders: HeldSpoolFolders): HeldSpool {
  const { folder } = folders;
  const keysFolder = folders.keysFolder ?? folder;
  const instance = randomBytes(8).toString('hex');
  const cache = new Map<string, Uint8Array>();
  const keyFile = (start: string) => join(keysFolder, `${fileStamp(start)}.key`);
  // Per spool file: the bytes indexed so far and the records found in them.
  const indexed = new Map<string, { size: number; records: IndexedRecord[] }>();
  const byLookup = new Map<string, IndexedRecord>();
  let appending: Promise<unknown> = Promise.resolve();

  const ensureFolders = async () => {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await mkdir(keysFolder, { recursive: true, mode: 0o700 });
  };

  const refreshIndex = async () => {
    const present = new Set<string>();
    for (const name of await listFolder(folder)) {
      if (!name.endsWith('.spool')) continue;
      const file = join(folder, name);
      present.add(file);
      const entry = indexed.get(file) ?? { size: 0, records: [] };
      indexed.set(file, entry);
      let handle: FileHandle;
      try {
        handle = await open(file, 'r');
      } catch (error) {
        // Released and deleted by another process meanwhile.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      try {
        const { size } = await handle.stat();
        if (size <= entry.size) continue;
        const bytes = Buffer.alloc(size - entry.size);
        await handle.read(bytes, 0, bytes.length, entry.size);
        // Whole lines only: a line still being written is read at the next call.
        let lineStart = 0;
        for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, lineStart)) {
          const line = bytes.subarray(lineStart, end).toString('latin1');
          const [receiptLookup, idempotencyLookup, sealed] = line.split(' ');
          if (receiptLookup && idempotencyLookup && sealed) {
            const record: IndexedRecord = {
              receiptLookup,
              idempotencyLookup: idempotencyLookup === '-' ? '' : idempotencyLookup,
              file,
              offset: entry.size + lineStart + receiptLookup.length + idempotencyLookup.length + 2,
              length: sealed.length,
            };
            entry.records.push(record);
            byLookup.set(record.receiptLookup, record);
            if (record.idempotencyLookup) byLookup.set(record.idempotencyLookup, record);
          }
          lineStart = end + 1;
        }
        entry.size += lineStart;
      } finally {
        await handle.close();
      }
    }
    for (const [file, entry] of indexed) {
      if (present.has(file)) continue;
      indexed.delete(file);
      for (const record of entry.records) {
        byLookup.delete(record.receiptLookup);
        if (record.idempotencyLookup) byLookup.delete(record.idempotencyLookup);
      }
    }
  };
  let refreshing: Promise<unknown> = Promise.resolve();

  const spool: HeldSpool = {
    description:
      keysFolder === folder
        ? `in the folder ${folder} (sealed reports and their keys)`
        : `in the folder ${folder}, keys in ${keysFolder}`,

    async keyFor(start) {
      const id = start.toISOString();
      const cached = cache.get(id);
      if (cached) return cached;
      await ensureFolders();
      const file = keyFile(id);
      try {
        await writeFile(file, randomBytes(32), { flag: 'wx', mode: 0o600, flush: true });
        // The file's times would tell when it was made; they say the window's start instead.
        await utimes(file, start, start);
        syncFolder(keysFolder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const key = await readFile(file);
      cache.set(id, key);
      return key;
    },

    async keys() {
      const found = new Map<string, Uint8Array>();
      for (const file of await listFolder(keysFolder)) {
        if (!file.endsWith('.key')) continue;
        const start = startOfFile(file);
        const key = cache.get(start) ?? (await readFile(join(keysFolder, file)));
        cache.set(start, key);
        found.set(start, key);
      }
      for (const start of cache.keys()) if (!found.has(start)) cache.delete(start);
      return found;
    },

    get size() {
      let total = 0;
      for (const entry of indexed.values()) total += entry.records.length;
      return total;
    },

    find: (lookup) => byLookup.get(lookup),

    refresh() {
      // One refresh at a time: two reading the same new bytes would index them twice and move
      // the offsets past the end of what was read.
      const next = refreshing.then(refreshIndex);
      refreshing = next.catch(() => {});
      return next;
    },

    async sealedOf(record) {
      const handle = await open(record.file, 'r');
      try {
        const text = Buffer.alloc(record.length);
        await handle.read(text, 0, record.length, record.offset);
        return Buffer.from(text.toString('latin1'), 'base64');
      } finally {
        await handle.close();
      }
    },

    append(start, records) {
      // One append at a time per instance, so that lines never interleave.
      const next = appending.then(async () => {
        await ensureFolders();
        const file = join(folder, `${fileStamp(start.toISOString())}.${instance}.spool`);
        const handle = await open(file, 'a', 0o600);
        try {
          await handle.writeFile(records.map(recordLine).join(''));
          await handle.datasync();
          await handle.utimes(start, start);
        } finally {
          await handle.close();
        }
        syncFolder(folder);
      });
      appending = next.catch(() => {});
      return next;
    },

    async read(starts) {
      const wanted = new Set(starts);
      const found = new Map<string, SpoolRecord[]>(starts.map((start) => [start, []]));
      for (const file of await listFolder(folder)) {
        if (!file.endsWith('.spool')) continue;
        const start = startOfFile(file);
        if (!wanted.has(start)) continue;
        found.get(start)!.push(...parseRecords(await readFile(join(folder, file), 'utf8')));
      }
      return found;
    },

    async windows() {
      const files = [...(await listFolder(folder)), ...(await listFolder(keysFolder))];
      const starts = files
        .filter((file) => file.endsWith('.spool') || file.endsWith('.key'))
        .map(startOfFile);
      return [...new Set(starts)].sort();
    },

    async forget(starts) {
      if (starts.length === 0) return;
      const stamps = new Set(starts.map(fileStamp));
      const ignoreMissing = (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      };
      for (const file of await listFolder(folder)) {
        if (file.endsWith('.spool') && stamps.has(stampOfFile(file)))
          await unlink(join(folder, file)).catch(ignoreMissing);
      }
      for (const start of starts) {
        cache.delete(start);
        await unlink(keyFile(start)).catch(ignoreMissing);
      }
      syncFolder(folder);
      if (keysFolder !== folder) syncFolder(keysFolder);
    },
  };
  return spool;
}

/** The start of the window of `windowMinutes` (aligned to the clock, UTC) that `at` is in. */
export function windowOf(at: Date, windowMinutes: number): Date {
  const length = windowMinutes * minuteInMilliseconds;
  return new Date(Math.floor(at.getTime() / length) * length);
}

/** When the reports of the window starting at `start` are released: its end plus the grace. */
export function releaseTimeOf(start: Date, windowMinutes: number, graceMinutes: number): Date {
  return new Date(start.getTime() + (windowMinutes + graceMinutes) * minuteInMilliseconds);
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
 * Seals text under a window's key: AES-256-GCM (Node's OpenSSL) with a random nonce, the text
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
