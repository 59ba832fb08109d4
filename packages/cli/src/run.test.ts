import { describe, expect, it } from 'vitest';
import { commandGroups } from './run.js';
import { runCli, temporaryCore } from './test-support.js';

describe('reportal', () => {
  const core = temporaryCore({ locales: ['en'], portals: [] });

  it.each([
    [['--help']],
    [['locales', '--help']],
    [['locales', 'check', '--help']],
    [['locales', 'add', '--help']],
    [['jurisdictions', '--help']],
    [['jurisdictions', 'check', '-h']],
    [['jurisdictions', 'add', '--help']],
  ])('%j prints help with the exit codes and exits 0', async (args) => {
    const result = await runCli(args, core);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^Usage: reportal /);
    expect(result.stdout).toContain('Exit codes:');
  });

  it('lists every command group in its help', async () => {
    const { stdout } = await runCli(['--help'], core);
    for (const group of commandGroups) {
      expect(stdout.some((line) => line.startsWith(`  ${group.name} `))).toBe(true);
    }
  });

  it('prints help to stderr and exits 2 without a command', async () => {
    const result = await runCli([], core);
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toBe('Usage: reportal <command> [options]');
  });

  it('explains an unknown command or option in plain words (exit 2)', async () => {
    expect(await runCli(['translate'], core)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'reportal: unknown command "translate".',
        'Run `reportal --help` to see what it takes.',
      ],
    });
    expect(await runCli(['locales', 'check', '--verbose'], core)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'reportal: unknown option --verbose.',
        'Run `reportal locales --help` to see what it takes.',
      ],
    });
  });

  it('says where it looked when it finds no catalogs (exit 3)', async () => {
    const result = await runCli(['locales', 'check', '--core', 'nowhere'], core);
    expect(result.code).toBe(3);
    expect(result.stderr[0]).toMatch(/^Cannot find the catalogs/);
  });

  it('prints its version', async () => {
    expect(await runCli(['--version'], core)).toEqual({ code: 0, stdout: ['0.0.0'], stderr: [] });
  });
});
