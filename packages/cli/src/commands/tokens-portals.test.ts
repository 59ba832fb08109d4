import { rmSync } from 'node:fs';
import { createPgliteStore } from '@reportal/store-postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, temporaryCore } from '../test-support.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('reportal tokens create --portal', () => {
  it('scopes a token to the portals given, lists the scope, and refuses an unknown portal', async () => {
    const cwd = temporaryCore({ locales: ['en'], portals: ['bz'] });
    folders.push(cwd);
    const created = await runCli(
      [
        'tokens',
        'create',
        '--role',
        'analyst',
        '--portal',
        'bz',
        '--portal',
        'gt',
        '--data',
        'state',
      ],
      cwd,
    );
    expect(created.code).toBe(0);
    const listed = await runCli(['tokens', 'list', '--data', 'state'], cwd);
    expect(listed.stdout.join('\n')).toMatch(/analyst {2}"analyst token" {2}portals bz,gt/);
    const store = await createPgliteStore({ dataDir: `${cwd}/state/db` });
    try {
      const [token] = await store.listTokens();
      expect(token?.portals).toEqual(['bz', 'gt']);
    } finally {
      await store.close();
    }
    const unknown = await runCli(
      ['tokens', 'create', '--role', 'analyst', '--portal', 'zz-nowhere', '--data', 'state'],
      cwd,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.join('\n')).toContain('--portal zz-nowhere is not a known portal');
  }, 60_000);
});
