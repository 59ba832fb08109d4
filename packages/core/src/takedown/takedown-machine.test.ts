import { describe, expect, it } from 'vitest';
import { pathTo } from './case-fixtures.js';
import { type TakedownState, takedownEvents, takedownStates } from './takedown-machine.js';

// The machine of DESIGN.md ("Takedown-state machine"), written out by hand so that the data in
// takedown-machine.ts is checked against the design rather than against itself.
const staff = ['analyst', 'supervisor'];
const design = {
  link_report: {
    from: ['received', 'assessing', 'confirmed', 'forwarded', 'notice_sent'],
    to: 'unchanged',
    roles: ['intake'],
  },
  claim: { from: ['received'], to: 'assessing', roles: staff },
  release: { from: ['assessing'], to: 'received', roles: staff },
  dismiss: { from: ['assessing'], to: 'dismissed', roles: staff },
  merge: { from: ['received', 'assessing'], to: 'merged', roles: staff },
  confirm: { from: ['assessing'], to: 'confirmed', roles: staff },
  forward: { from: ['confirmed'], to: 'forwarded', roles: staff },
  send_notice: { from: ['confirmed', 'forwarded', 'notice_sent'], to: 'notice_sent', roles: staff },
  notify_law_enforcement: {
    from: ['confirmed', 'forwarded', 'notice_sent'],
    to: 'unchanged',
    roles: staff,
  },
  verify_removed: { from: ['confirmed', 'forwarded', 'notice_sent'], to: 'removed', roles: staff },
  reappear: { from: ['removed'], to: 'confirmed', roles: staff },
  reopen: { from: ['dismissed'], to: 'assessing', roles: ['supervisor'] },
  close: { from: ['removed', 'dismissed', 'merged'], to: 'closed', roles: ['supervisor'] },
};

describe('the takedown machine', () => {
  it('is the machine of the design: events, from-states, target states and roles', () => {
    const machine = Object.fromEntries(
      Object.entries(takedownEvents).map(([type, { from, to, roles }]) => [
        type,
        { from: [...from].sort(), to, roles: [...roles].sort() },
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(design).map(([type, { from, to, roles }]) => [
        type,
        { from: [...from].sort(), to, roles: [...roles].sort() },
      ]),
    );
    expect(machine).toEqual(expected);
  });

  it('names only known states', () => {
    for (const { from, to } of Object.values(takedownEvents)) {
      for (const state of [...from, ...(to === 'unchanged' ? [] : [to])]) {
        expect(takedownStates).toContain(state);
      }
    }
  });

  it.each(takedownStates)('reaches %s from a new case', (state) => {
    expect(() => pathTo(state)).not.toThrow();
  });

  it('has no event out of closed: closed is final', () => {
    const fromClosed = Object.entries(takedownEvents).filter(([, { from }]) =>
      (from as readonly TakedownState[]).includes('closed'),
    );
    expect(fromClosed).toEqual([]);
  });

  it('lets auditors and partners send nothing', () => {
    for (const { roles } of Object.values(takedownEvents)) {
      expect(roles).not.toContain('auditor');
      expect(roles).not.toContain('partner');
    }
  });
});
