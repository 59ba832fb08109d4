// The anonymity audit of issue 5: reports sent with distinctive marker values in every place a
// reporter's network identity could travel; afterwards none of them is anywhere in the database
// (a dump of every table) or in the captured logs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresStore } from '@reportal/store-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../command.js';
import { run } from '../run.js';

const adminUrl =
  process.env.REPORTAL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `reportal_audit_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();

const markers = {
  forwardedFor: '203.0.113.77',
  realIp: '198.51.100.77',
  userAgent: 'AuditMarkerAgent/7.7',
  cookie: 'audit-cookie-marker',
  referrer: 'https://referrer.example/audit-referrer-marker',
  acceptLanguage: 'x-auditmarker',
  custom: 'audit-header-marker',
  via: 'audit-via-marker',
};

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const held = mkdtempSync(join(tmpdir(), 'reportal-audit-held-'));

/** Every file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

function filesContaining(files: readonly string[], text: string): string[] {
  const needle = Buffer.from(text);
  return files.filter((file) => {
    try {
      return readFileSync(file).includes(needle);
    } catch (error) {
      // A WAL segment the shared server recycled since the listing: it is gone, with its bytes.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  });
}

/** The files of this database (after a checkpoint) and the server's WAL. */
async function databaseFiles(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CHECKPOINT');
    const { rows } = await client.query<{ directory: string; oid: string }>(
      `SELECT current_setting('data_directory') AS directory, oid::text AS oid
      FROM pg_database WHERE datname = current_database()`,
    );
    const { directory, oid } = rows[0]!;
    return [...filesUnder(join(directory, 'base', oid)), ...filesUnder(join(directory, 'pg_wal'))];
  } finally {
    await client.end();
  }
}

async function dumpDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
    );
    let dump = '';
    for (const table of tables.rows) {
      const rows = await client.query(
        `SELECT t::text AS row FROM "${table.schema}"."${table.name}" t`,
      );
      dump += `${table.schema}.${table.name}\n${rows.rows.map((row) => row.row).join('\n')}\n`;
    }
    return dump;
  } finally {
    await client.end();
  }
}

function post(url: string, path: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${url}${path}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': markers.userAgent,
          Cookie: `session=${markers.cookie}`,
          Referer: markers.referrer,
          'Accept-Language': markers.acceptLanguage,
          'X-Forwarded-For': markers.forwardedFor,
          'X-Real-IP': markers.realIp,
          Forwarded: `for=${markers.forwardedFor}`,
          'X-Audit': markers.custom,
          Via: markers.via,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

describe('anonymity audit', () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${database}`);
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(held, { recursive: true, force: true });
  });

  it('keeps every network identifier out of the database and the logs', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const stop = new AbortController();
    const context: CommandContext = {
      cwd: process.cwd(),
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
      signal: stop.signal,
    };
    const served = run(
      ['serve', '--database-url', databaseUrl, '--port', '0', '--portal', 'bz', '--held', held],
      context,
    );
    const deadline = Date.now() + 20_000;
    let url: string | undefined;
    while (!url && Date.now() < deadline) {
      url = /at (http:\/\/\S+) /.exec(stdout.join('\n'))?.[1];
      if (!url) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(url, stderr.join('\n')).toBeDefined();
    const sentAt = new Date();
    const statuses = [];
    for (let index = 0; index < 5; index++) {
      statuses.push(
        await post(url!, '/v1/reports', {
          schemaVersion: 1,
          portal: 'bz',
          locale: 'es',
          urls: [
            `https://www.example.com/audit/${index}?utm_source=audit&fbclid=audit-click-marker`,
          ],
          description: 'Audit report.',
          goodFaith: true,
          contact: { consent: false, email: 'audit-contact-marker@example.com' },
        }),
      );
    }
    // Refused and malformed requests must leave nothing either.
    statuses.push(
      await post(url!, '/v1/reports', { schemaVersion: 1, portal: 'bz', urls: ['javascript:x'] }),
    );
    statuses.push(await post(url!, '/v1/status', { receipt: 'not-a-receipt' }));
    expect(statuses).toEqual([201, 201, 201, 201, 201, 422, 422]);
    stop.abort();
    expect(await served).toBe(0);

    const everyMarker = {
      ...markers,
      click: 'audit-click-marker',
      contact: 'audit-contact-marker',
    };
    // Time-blind intake (the default) held the reports sealed: nothing in its folder is readable.
    expect(filesUnder(held).length).toBeGreaterThan(0);
    for (const [name, marker] of Object.entries({ ...everyMarker, url: 'audit/0' })) {
      expect(filesContaining(filesUnder(held), marker), `${name} in the held reports`).toEqual([]);
    }
    // Their window ends (a store whose clock is two hours on): stored, and the folder emptied.
    const later = new Date(Date.now() + 2 * 3_600_000);
    const store = await createPostgresStore({
      connectionString: databaseUrl,
      migrate: false,
      timeBlind: { folder: held, now: () => later },
    });
    try {
      expect((await store.heldReports!.releaseDue()).unreadable).toBe(0);
    } finally {
      await store.close();
    }
    expect(filesUnder(held)).toEqual([]);

    // Not only the tables: every file of this database and the WAL, as a thief would read them.
    const files = await databaseFiles();
    // The scan reads the right files: the reports are there, written by the release.
    expect(filesContaining(files, 'www.example.com/audit/0').length).toBeGreaterThan(0);
    for (const [name, marker] of Object.entries(everyMarker)) {
      if (name === 'forwardedFor' || name === 'realIp') continue; // documentation addresses other tests send too
      expect(filesContaining(files, marker), `${name} in the database's files`).toEqual([]);
    }

    const dump = await dumpDatabase();
    expect(dump).toContain('https://www.example.com/audit/0');
    const logs = [...stdout, ...stderr].join('\n');
    for (const [name, marker] of Object.entries({ ...everyMarker, loopback: '127.0.0.1' })) {
      expect(dump, `${name} in the database`).not.toContain(marker);
      if (name !== 'loopback') expect(logs, `${name} in the logs`).not.toContain(marker);
    }
    // No exact time of the requests: no report data carries their minute (ISO or PostgreSQL
    // text). schema_migrations records when the schema was migrated, which here is just before.
    const reportData = dump.replace(
      /^\S+\.schema_migrations\n[\s\S]*?(?=^\S+\.\S+\n|(?![\s\S]))/m,
      '',
    );
    expect(reportData).toContain('https://www.example.com/audit/0');
    expect(reportData).not.toContain('schema_migrations');
    const iso = sentAt.toISOString();
    if (iso.slice(14, 16) !== '00') {
      expect(reportData).not.toContain(iso.slice(0, 16));
      expect(reportData).not.toContain(iso.slice(0, 16).replace('T', ' '));
    }
  }, 60_000);
});
