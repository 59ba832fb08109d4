// Test fixtures for the takedown tests (not exported from the package).
import { applyEvent } from './apply-event.js';
import { type Case, createCase } from './case.js';
import {
  type CaseActor,
  type TakedownEventType,
  type TakedownState,
  takedownEvents,
  takedownEventTypes,
} from './takedown-machine.js';

export const actors = {
  analyst: { id: 'analyst-1', role: 'analyst' },
  supervisor: { id: 'supervisor-1', role: 'supervisor' },
  auditor: { id: 'auditor-1', role: 'auditor' },
  partner: { id: 'partner-1', role: 'partner' },
  intake: { id: 'intake', role: 'intake' },
} as const satisfies Record<CaseActor['role'], CaseActor>;

/** A valid payload for each event type. */
export const validPayloads: Record<TakedownEventType, Record<string, unknown>> = {
  link_report: { reportId: 'report-2', urls: ['https://EXAMPLE.com/gallery/1'] },
  claim: {},
  release: {},
  dismiss: { reason: 'not_illegal' },
  merge: { into: 'case-0' },
  confirm: {
    classification: 'baseline',
    severity: 'A1',
    hostingCountry: 'NL',
    hostingProvider: 'Hosting Example B.V.',
  },
  forward: { to: 'hotline', recipient: 'Hotline Example', reference: 'HX-1' },
  send_notice: { recipient: 'abuse@hosting.example', channel: 'email' },
  notify_law_enforcement: { agency: 'Police Example', reference: 'LE-1' },
  verify_removed: {},
  reappear: {},
  reopen: {},
  close: {},
};

export const openedAt = '2025-03-10T09:00:00.000Z';

/** A new case, version 1, opened by report-1. */
export function newCase(overrides: { id?: string; reportId?: string; at?: string } = {}): Case {
  return createCase({
    id: overrides.id ?? 'case-1',
    portal: 'bz',
    urlKey: 'a'.repeat(64),
    reportId: overrides.reportId ?? 'report-1',
    urls: ['https://example.com/gallery/1'],
    receivedAt: overrides.at ?? openedAt,
  });
}

/** Applies an event that must be accepted (a supervisor sends it unless it is an intake event). */
export function step(
  current: Case,
  type: TakedownEventType,
  options: { at?: string; payload?: Record<string, unknown>; actor?: CaseActor } = {},
): Case {
  const intake = (takedownEvents[type].roles as readonly string[]).includes('intake');
  const actor = options.actor ?? (intake ? actors.intake : actors.supervisor);
  const result = applyEvent(current, {
    type,
    actor,
    at: options.at ?? new Date(Date.parse(current.updatedAt) + 3_600_000),
    expectedVersion: current.version,
    payload: options.payload ?? validPayloads[type],
  });
  if (!result.ok) throw new Error(`${type} refused: ${JSON.stringify(result.refusal)}`);
  return result.case;
}

/** The shortest event path from a new case to each state (breadth first over the machine). */
export function pathTo(state: TakedownState): TakedownEventType[] {
  const queue: { state: TakedownState; path: TakedownEventType[] }[] = [
    { state: 'received', path: [] },
  ];
  const visited = new Set<TakedownState>(['received']);
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (next.state === state) return next.path;
    for (const type of takedownEventTypes) {
      const { from, to } = takedownEvents[type];
      if (to === 'unchanged' || !(from as readonly TakedownState[]).includes(next.state)) continue;
      if (visited.has(to)) continue;
      visited.add(to);
      queue.push({ state: to, path: [...next.path, type] });
    }
  }
  throw new Error(`${state} is unreachable`);
}

/** A case brought to a state along the shortest path, one hour per event. */
export function caseIn(state: TakedownState): Case {
  return pathTo(state).reduce((current, type) => step(current, type), newCase());
}
