import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './apply-event.js';
import type { Case } from './case.js';
import { actors, newCase } from './case-fixtures.js';
import { replayHistory } from './replay-history.js';
import {
  type CaseActor,
  classifications,
  dismissalReasons,
  severities,
  type TakedownEventType,
  type TakedownState,
  takedownEvents,
  takedownEventTypes,
} from './takedown-machine.js';

// Model-based test: random event sequences from random roles, with valid and invalid payloads
// and stale versions, checked against a small model after every step.

interface Model {
  state: TakedownState;
  version: number;
  reportIds: Set<string>;
}
interface Real {
  case: Case;
}

const text = fc.constantFrom('Hosting Example', ' abuse@hosting.example ', 'Police Example');
const optional = <T>(key: string, value: fc.Arbitrary<T>) =>
  fc.option(value, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));

const validPayload: Record<TakedownEventType, fc.Arbitrary<Record<string, unknown>>> = {
  link_report: fc.record({
    reportId: fc.constantFrom('report-1', 'report-2', 'report-3'),
    urls: fc.subarray(['https://example.com/gallery/1', 'https://EXAMPLE.com/gallery/1'], {
      minLength: 1,
    }),
  }),
  claim: fc.constant({}),
  release: fc.constant({}),
  dismiss: fc.record({ reason: fc.constantFrom(...dismissalReasons) }),
  merge: fc.record({ into: fc.constantFrom('case-2', 'case-3') }),
  confirm: fc
    .tuple(
      fc.record({
        classification: fc.constantFrom(...classifications),
        hostingCountry: fc.constantFrom('NL', 'bz', 'US'),
      }),
      optional('severity', fc.constantFrom(...severities)),
      optional('hostingProvider', text),
    )
    .map((parts) => Object.assign({}, ...parts)),
  forward: fc
    .tuple(
      fc.record({ to: fc.constantFrom('hotline', 'law_enforcement'), recipient: text }),
      optional('reference', fc.constantFrom('HX-1', 'LE-9')),
    )
    .map((parts) => Object.assign({}, ...parts)),
  send_notice: fc.record({ recipient: text, channel: fc.constantFrom('email', 'web form') }),
  notify_law_enforcement: fc.record({ agency: text }),
  verify_removed: fc.constant({}),
  reappear: fc.constant({}),
  reopen: fc.constant({}),
  close: fc.constant({}),
};

// Merging and closing end a run early, so they are picked less often.
const pickWeights: Partial<Record<TakedownEventType, number>> = {
  merge: 1,
  close: 1,
  link_report: 2,
};

type Choice<T> = { kind: 'any'; value: T } | { kind: 'allowed'; index: number };

// One event: its type and role either drawn from all, or picked at run time among those the
// machine allows (so that runs go deep into the machine), a payload, a version and a delay.
class SendEvent implements fc.Command<Model, Real> {
  private sent = '';

  constructor(
    readonly type: Choice<TakedownEventType>,
    readonly actor: Choice<CaseActor>,
    readonly payloads: Record<TakedownEventType, Record<string, unknown>>,
    readonly invalidPayload: boolean,
    readonly versionOffset: number,
    readonly hoursLater: number,
  ) {}

  check(): boolean {
    return true;
  }

  run(model: Model, real: Real): void {
    const type = this.resolveType(model.state);
    const definition = takedownEvents[type];
    const actor =
      this.actor.kind === 'any'
        ? this.actor.value
        : actors[definition.roles[this.actor.index % definition.roles.length]!];
    const payload = this.invalidPayload ? { unexpected: true } : this.payloads[type];
    this.sent = `${type}(${actor.role}, v${this.versionOffset}, ${JSON.stringify(payload)})`;

    const before = real.case;
    const snapshot = structuredClone(before);
    const result = applyEvent(before, {
      type,
      actor,
      at: new Date(Date.parse(before.updatedAt) + this.hoursLater * 3_600_000),
      expectedVersion: model.version + this.versionOffset,
      payload,
    });

    const expected = !(definition.roles as readonly string[]).includes(actor.role)
      ? 'forbidden_for_role'
      : this.versionOffset !== 0
        ? 'stale_version'
        : !(definition.from as readonly TakedownState[]).includes(model.state)
          ? 'not_allowed_from_state'
          : this.invalidPayload ||
              (type === 'link_report' && model.reportIds.has(payload.reportId as string))
            ? 'invalid_payload'
            : 'accepted';
    expect(result.ok ? 'accepted' : result.refusal.code).toBe(expected);
    if (result.ok) {
      real.case = result.case;
      model.state = definition.to === 'unchanged' ? model.state : definition.to;
      model.version += 1;
      if (type === 'link_report') model.reportIds.add(payload.reportId as string);
    }

    const current = real.case;
    // Refused events change nothing; accepted ones add one version; closed is final.
    expect(before).toEqual(snapshot);
    expect(current.version - before.version).toBe(result.ok ? 1 : 0);
    if (!result.ok) expect(current).toBe(before);
    if (before.state === 'closed') expect(current.state).toBe('closed');
    expect(current.state).toBe(model.state);
    expect(current.version).toBe(model.version);
    expect(current.history.map((entry) => entry.version)).toEqual(
      Array.from({ length: model.version }, (_, index) => index + 1),
    );
    expect(new Set(current.reportIds)).toEqual(model.reportIds);
    expect(replayHistory(current.history)).toEqual(current);
    expect(current.firstNoticeAt).toBe(current.notices[0]?.at ?? null);
    expect(current.reminderCount).toBe(current.notices.filter((notice) => notice.reminder).length);
    expect(current.removedAt !== null).toBe(
      current.history.findLast(
        (entry) => entry.type === 'verify_removed' || entry.type === 'reappear',
      )?.type === 'verify_removed',
    );
  }

  private resolveType(state: TakedownState): TakedownEventType {
    if (this.type.kind === 'any') return this.type.value;
    const allowed = takedownEventTypes.filter((type) =>
      (takedownEvents[type].from as readonly TakedownState[]).includes(state),
    );
    const candidates = (allowed.length > 0 ? allowed : takedownEventTypes).flatMap((type) =>
      Array<TakedownEventType>(pickWeights[type] ?? 4).fill(type),
    );
    return candidates[this.type.index % candidates.length]!;
  }

  toString(): string {
    return this.sent || 'not run';
  }
}

const choice = <T>(values: readonly T[]): fc.Arbitrary<Choice<T>> =>
  fc.oneof(
    {
      weight: 1,
      arbitrary: fc.constantFrom(...values).map((value) => ({ kind: 'any' as const, value })),
    },
    { weight: 4, arbitrary: fc.nat().map((index) => ({ kind: 'allowed' as const, index })) },
  );

const sendEvent = fc
  .tuple(
    choice(takedownEventTypes),
    choice(Object.values(actors)),
    fc.record(validPayload),
    fc.integer({ min: 0, max: 9 }).map((draw) => draw === 0),
    fc.oneof(
      { weight: 9, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 1) },
    ),
    fc.integer({ min: 0, max: 100 }),
  )
  .map((args) => new SendEvent(...args));

describe('the takedown machine, model-based', () => {
  it('keeps its invariants over random event sequences from random roles', () => {
    fc.assert(
      fc.property(fc.commands([sendEvent], { maxCommands: 80, size: 'large' }), (commands) => {
        const setup = () => ({
          model: {
            state: 'received' as TakedownState,
            version: 1,
            reportIds: new Set(['report-1']),
          },
          real: { case: newCase() },
        });
        fc.modelRun(setup, commands);
      }),
      { numRuns: 200 },
    );
  });
});
