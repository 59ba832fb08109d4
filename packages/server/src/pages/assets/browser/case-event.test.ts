import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseEventBody, caseEventFailureMessage } from './case-event.js';

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe('caseEventBody', () => {
  it('sends an event without fields (claim) with no payload at all', () => {
    expect(caseEventBody(form([]), { type: 'claim', expectedVersion: 3 })).toStrictEqual({
      type: 'claim',
      expectedVersion: 3,
    });
    expect(
      caseEventBody(form([['reason', '   ']]), { type: 'release', expectedVersion: 1 }),
    ).toStrictEqual({ type: 'release', expectedVersion: 1 });
  });

  it('trims each field and leaves the empty ones out', () => {
    const fields = form([
      ['classification', 'baseline'],
      ['severity', ' A1 '],
      ['hostingCountry', 'nl'],
      ['hostingProvider', ''],
    ]);
    expect(caseEventBody(fields, { type: 'confirm', expectedVersion: 2 })).toStrictEqual({
      type: 'confirm',
      expectedVersion: 2,
      payload: { classification: 'baseline', severity: 'A1', hostingCountry: 'nl' },
    });
  });

  it('holds exactly the non-blank fields, trimmed', () => {
    const name = fc.constantFrom('recipient', 'channel', 'note', 'reason');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string())), (fields) => {
        const body = caseEventBody(form(fields), { type: 'send_notice', expectedVersion: 5 });
        const expected = new Map<string, string>();
        for (const [field, value] of fields) if (value.trim()) expected.set(field, value.trim());
        expect(body.type).toBe('send_notice');
        expect(body.expectedVersion).toBe(5);
        expect(body.payload).toStrictEqual(
          expected.size ? Object.fromEntries(expected) : undefined,
        );
        expect('payload' in body).toBe(expected.size > 0);
      }),
    );
  });
});

describe('caseEventFailureMessage', () => {
  const messages = { stale: 'This case has changed.', notAllowed: 'Not in this state.' };

  it('says the case changed on a 409, whatever the problem says', () => {
    expect(
      caseEventFailureMessage(
        409,
        { type: 'https://reportal.example/problems/version_conflict' },
        messages,
      ),
    ).toBe(messages.stale);
  });

  it('says the state does not allow the event', () => {
    expect(
      caseEventFailureMessage(
        422,
        { type: 'https://reportal.example/problems/event_not_allowed', title: 'Not allowed' },
        messages,
      ),
    ).toBe(messages.notAllowed);
  });

  it('names each invalid field with its message, else the title', () => {
    expect(
      caseEventFailureMessage(
        400,
        {
          type: 'https://reportal.example/problems/invalid_event',
          title: 'Invalid event',
          errors: [
            { path: 'payload.recipient', message: 'Required' },
            { path: 'payload.channel', message: 'Too long' },
          ],
        },
        messages,
      ),
    ).toBe('payload.recipient: Required payload.channel: Too long');
    expect(caseEventFailureMessage(500, { title: 'Internal error', errors: [] }, messages)).toBe(
      'Internal error',
    );
    expect(caseEventFailureMessage(500, {}, messages)).toBe('');
  });
});
