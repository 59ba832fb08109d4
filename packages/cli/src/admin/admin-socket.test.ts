import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogFields } from '@reportal/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type StoreLocation } from '../store/store-options.js';
import { type AdminSocket, openAdminSocket } from './admin-socket.js';

const cwd = mkdtempSync(join(tmpdir(), 'reportal-admin-'));
const location: StoreLocation = { kind: 'pglite', dataDir: join(cwd, 'state', 'db') };
const logged: { message: string; fields?: LogFields }[] = [];
const logger = {
  info: (message: string, fields?: LogFields) =>
    logged.push({ message, ...(fields && { fields }) }),
  warn: (message: string, fields?: LogFields) =>
    logged.push({ message, ...(fields && { fields }) }),
  error: (message: string, fields?: LogFields) =>
    logged.push({ message, ...(fields && { fields }) }),
};
let close: () => Promise<void>;
let admin: AdminSocket;

/** Leaves a socket file nobody listens on, as a killed server does. */
async function leaveStaleSocket(path: string): Promise<void> {
  const holder = spawn(process.execPath, [
    '-e',
    `require('node:net').createServer().listen(${JSON.stringify(path)}, () => console.log('up'))`,
  ]);
  await new Promise((resolve) => holder.stdout.once('data', resolve));
  holder.kill('SIGKILL');
  await new Promise((resolve) => holder.once('exit', resolve));
}

beforeAll(async () => {
  const store = await openStore(location);
  const path = join(cwd, 'state', 'admin.sock');
  await leaveStaleSocket(path);
  expect(lstatSync(path).isSocket()).toBe(true);
  admin = (await openAdminSocket({ location, store, logger }))!;
  close = async () => {
    await admin.close();
    await store.close();
  };
}, 60_000);

afterAll(async () => {
  await close();
  rmSync(cwd, { recursive: true, force: true });
});

/** Sends raw text to the admin socket and answers what comes back before it closes. */
function exchange(text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection(admin.path);
    let answer = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(answer));
    socket.write(text);
  });
}

const request = (argv: string[]) => `${JSON.stringify({ argv, cwd })}\n`;

describe('the admin socket of reportal serve', () => {
  it('is a 0600 socket beside the store folder, in place of the stale one', () => {
    expect(admin.path).toBe(join(cwd, 'state', 'admin.sock'));
    expect(lstatSync(admin.path).isSocket()).toBe(true);
    expect(lstatSync(admin.path).mode & 0o777).toBe(0o600);
  });

  it('runs a store command on the open store and answers its output and exit code', async () => {
    const answer = JSON.parse(await exchange(request(['tokens', 'list', '--data', 'state'])));
    expect(answer).toEqual({ exitCode: 0, stdout: [], stderr: [] });
    expect(logged.at(-1)).toEqual({
      message: 'admin command',
      fields: { command: 'tokens list', exitCode: 0 },
    });
  });

  it('runs no other command (never a second serve, never files written for the caller)', async () => {
    for (const argv of [
      ['serve', '--port', '0'],
      ['locales', 'add', 'de'],
    ]) {
      expect(JSON.parse(await exchange(request(argv)))).toEqual({
        exitCode: 2,
        stdout: [],
        stderr: ['reportal: a running server runs only tokens, purge, migrate, transparency.'],
      });
    }
  });

  it('refuses a command that names another store than the one it has open', async () => {
    const answer = JSON.parse(await exchange(request(['tokens', 'list', '--data', 'other'])));
    expect(answer.exitCode).toBe(1);
    expect(answer.stderr[0]).toContain(
      `the running server has the embedded store in ${location.dataDir} open, not embedded store in ${join(cwd, 'other', 'db')}`,
    );
  });

  it('closes a connection that sends no valid request, without running anything', async () => {
    const before = logged.length;
    expect(await exchange('{"argv": "tokens"}\n')).toBe('');
    expect(
      await exchange(`${JSON.stringify({ argv: ['tokens', 'list'], cwd: 'relative' })}\n`),
    ).toBe('');
    expect(await exchange(`${'x'.repeat(70_000)}\n`)).toBe('');
    expect(logged.length).toBe(before);
  });

  it('is not made over a file that is not a socket, and is removed when it closes', async () => {
    const other: StoreLocation = { kind: 'pglite', dataDir: join(cwd, 'other', 'db') };
    const store = await openStore(other);
    try {
      const path = join(cwd, 'other', 'admin.sock');
      writeFileSync(path, 'not a socket');
      expect(await openAdminSocket({ location: other, store, logger })).toBeUndefined();
      expect(logged.at(-1)).toEqual({
        message: 'admin socket unavailable',
        fields: { reason: `${path} exists and is not a socket` },
      });
      expect(existsSync(path)).toBe(true);

      unlinkSync(path);
      const opened = await openAdminSocket({ location: other, store, logger });
      expect(lstatSync(path).isSocket()).toBe(true);
      await opened!.close();
      expect(existsSync(path)).toBe(false);
    } finally {
      await store.close();
    }
  }, 60_000);
});
