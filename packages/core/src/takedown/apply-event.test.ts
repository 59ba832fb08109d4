import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportalError } from '../errors/reportal-error.js';
import { applyEvent, linkReport, type TakedownEventInput } from './apply-event.js';
import { actors, caseIn, newCase, step, validPayloads } from './case-fixtures.js';
import {
  type CaseActor,
  type TakedownEventType,
  type TakedownState,
  takedownEvents,
  takedownEventTypes,
  takedownStates,
} from './takedown-machine.js';

const at = '2025-03-12T08:30:00.000Z';
const roles = Object.keys(actors) as CaseActor['role'][];

const combinations = takedownEventTypes.flatMap((type) =>
  takedownStates.flatMap((state) => roles.map((role) => [type, state, role] as const)),
);

describe('applyEvent over every event, state and role', () => {
  it.each(combinations)('%s from %s by %s', (type, state, role) => {
    const current = caseIn(state);
    const before = structuredClone(current);
    const definition = takedownEvents[type];
    const result = applyEvent(current, {
      type,
      actor: actors[role],
      at,
      expectedVersion: current.version,
      payload: validPayloads[type],
    });
    expect(current).toEqual(before);

    if (!(definition.roles as readonly string[]).includes(role)) {
      expect(result).toEqual({
        ok: false,
        refusal: { code: 'forbidden_for_role', type, role, allowedRoles: definition.roles },
      });
    } else if (!(definition.from as readonly TakedownState[]).includes(state)) {
      expect(result).toEqual({
        ok: false,
        refusal: { code: 'not_allowed_from_state', type, state, allowedFrom: definition.from },
      });
    } else {
      if (!result.ok) throw new Error(JSON.stringify(result.refusal));
      const next = result.case;
      expect(next.state).toBe(definition.to === 'unchanged' ? state : definition.to);
      expect(next.version).toBe(current.version + 1);
      expect(next.history).toHaveLength(current.history.length + 1);
      expect(next.history.slice(0, -1)).toEqual(current.history);
      expect(next.history.at(-1)).toEqual({
        type,
        version: current.version + 1,
        at,
        actor: actors[role],
        payload: validPayloads[type],
      });
      expect(next.updatedAt).toBe(at);
    }
  });
});

describe('the order of the checks: role, version, state, payload', () => {
  const assessing = caseIn('assessing');
  const send = (event: Partial<TakedownEventInput> & { type: TakedownEventType }) =>
    applyEvent(assessing, {
      actor: actors.analyst,
      at,
      expectedVersion: assessing.version,
      payload: validPayloads[event.type],
      ...event,
    });

  it('refuses a role before looking at the version', () => {
    const result = send({ type: 'confirm', actor: actors.auditor, expectedVersion: 1 });
    expect(!result.ok && result.refusal.code).toBe('forbidden_for_role');
  });

  it('refuses a stale version before looking at the state', () => {
    const result = send({ type: 'verify_removed', expectedVersion: assessing.version - 1 });
    expect(result).toEqual({
      ok: false,
      refusal: {
        code: 'stale_version',
        expectedVersion: assessing.version - 1,
        version: assessing.version,
      },
    });
  });

  it('refuses a version from the future too', () => {
    const result = send({ type: 'confirm', expectedVersion: assessing.version + 1 });
    expect(!result.ok && result.refusal.code).toBe('stale_version');
  });

  it('refuses the state before looking at the payload', () => {
    const result = send({ type: 'forward', payload: { to: 'nowhere' } });
    expect(!result.ok && result.refusal.code).toBe('not_allowed_from_state');
  });

  it('refuses an invalid payload last', () => {
    const result = send({ type: 'confirm', payload: { classification: 'severe' } });
    expect(!result.ok && result.refusal.code).toBe('invalid_payload');
  });
});

describe('payloads', () => {
  const assessing = caseIn('assessing');
  const confirm = (payload: unknown) =>
    applyEvent(assessing, {
      type: 'confirm',
      actor: actors.analyst,
      at,
      expectedVersion: assessing.version,
      payload,
    });
  const issuesOf = (result: ReturnType<typeof applyEvent>) =>
    result.ok || result.refusal.code !== 'invalid_payload' ? [] : result.refusal.issues;

  it('reports every issue with its path and a stable code', () => {
    const result = confirm({
      classification: 'severe',
      severity: 3,
      hostingProvider: 'x'.repeat(201),
      sender: 'someone',
    });
    expect(issuesOf(result)).toEqual(
      expect.arrayContaining([
        { path: ['classification'], code: 'invalid_value' },
        { path: ['severity'], code: 'invalid_value' },
        { path: ['hostingCountry'], code: 'required' },
        { path: ['hostingProvider'], code: 'too_long' },
        { path: ['sender'], code: 'unknown_field' },
      ]),
    );
  });

  it('refuses a payload that is not an object', () => {
    expect(issuesOf(confirm('baseline'))).toEqual([{ path: [], code: 'invalid_type' }]);
  });

  it('refuses an empty text', () => {
    const confirmed = caseIn('confirmed');
    const result = applyEvent(confirmed, {
      type: 'send_notice',
      actor: actors.analyst,
      at,
      expectedVersion: confirmed.version,
      payload: { recipient: '   ', channel: 'email' },
    });
    expect(issuesOf(result)).toEqual([{ path: ['recipient'], code: 'empty' }]);
  });

  it('refuses U+0000 in any text of a payload, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const hostingProvider = `${before}\u0000${after}`;
        const result = confirm({
          classification: 'national',
          hostingCountry: 'BZ',
          hostingProvider,
        });
        expect(issuesOf(result)).toEqual([{ path: ['hostingProvider'], code: 'nul_character' }]);
      }),
    );
    const acting = caseIn('confirmed');
    const forwarded = applyEvent(acting, {
      type: 'notify_law_enforcement',
      actor: actors.analyst,
      at,
      expectedVersion: acting.version,
      payload: { agency: 'Police\u0000Example' },
    });
    expect(issuesOf(forwarded)).toEqual([{ path: ['agency'], code: 'nul_character' }]);
  });

  it('stores the normalized payload: trimmed texts, upper-case country code', () => {
    const result = confirm({ classification: 'national', hostingCountry: ' bz ' });
    expect(result.ok && result.case.history.at(-1)?.payload).toEqual({
      classification: 'national',
      hostingCountry: 'BZ',
    });
  });

  it('takes an event without payload with `{}` or none, and nothing else', () => {
    const received = newCase();
    const claim = (payload?: unknown) =>
      applyEvent(received, {
        type: 'claim',
        actor: actors.analyst,
        at,
        expectedVersion: 1,
        ...(payload === undefined ? {} : { payload }),
      });
    expect(claim().ok).toBe(true);
    expect(claim({}).ok).toBe(true);
    expect(issuesOf(claim({ note: 'x' }))).toEqual([{ path: ['note'], code: 'unknown_field' }]);
  });

  it('refuses to merge a case into itself', () => {
    const result = applyEvent(assessing, {
      type: 'merge',
      actor: actors.analyst,
      at,
      expectedVersion: assessing.version,
      payload: { into: assessing.id },
    });
    expect(issuesOf(result)).toEqual([{ path: ['into'], code: 'invalid_value' }]);
  });

  it('refuses to link a report twice', () => {
    const result = linkReport(assessing, {
      reportId: 'report-1',
      urls: ['https://example.com/gallery/1'],
      receivedAt: at,
      expectedVersion: assessing.version,
    });
    expect(issuesOf(result)).toEqual([{ path: ['reportId'], code: 'invalid_value' }]);
  });
});

describe('programming errors', () => {
  it('throws on an unknown event type', () => {
    expect(() =>
      applyEvent(newCase(), {
        type: 'teleport' as TakedownEventType,
        actor: actors.supervisor,
        at,
        expectedVersion: 1,
      }),
    ).toThrow(ReportalError);
  });

  it('throws on a time that does not parse', () => {
    expect(() =>
      applyEvent(newCase(), {
        type: 'claim',
        actor: actors.analyst,
        at: 'yesterday',
        expectedVersion: 1,
      }),
    ).toThrow(/not a valid time/);
  });
});

describe('linkReport', () => {
  it('links a new report and its spelling of the URL to an open case', () => {
    const current = step(newCase(), 'claim');
    const result = linkReport(current, {
      reportId: 'report-2',
      urls: ['https://EXAMPLE.com/gallery/1', 'https://example.com/gallery/1'],
      receivedAt: '2025-03-10T11:00:00Z',
      expectedVersion: current.version,
    });
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.case.reportIds).toEqual(['report-1', 'report-2']);
    expect(result.case.urls).toEqual([
      'https://example.com/gallery/1',
      'https://EXAMPLE.com/gallery/1',
    ]);
    expect(result.case.state).toBe('assessing');
    expect(result.case.history.at(-1)?.actor).toEqual({ id: 'intake', role: 'intake' });
  });

  it.each(['removed', 'dismissed', 'merged', 'closed'] as const)(
    'refuses a case that is %s (not open)',
    (state) => {
      const current = caseIn(state);
      const result = linkReport(current, {
        reportId: 'report-2',
        urls: ['https://example.com/gallery/1'],
        receivedAt: at,
        expectedVersion: current.version,
      });
      expect(!result.ok && result.refusal.code).toBe('not_allowed_from_state');
    },
  );
});
