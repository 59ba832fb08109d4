import {
  classifications,
  dismissalReasons,
  type MessageKey,
  severities,
  type TakedownEventType,
  type TakedownRole,
  type TakedownState,
  type Translator,
  takedownEvents,
  takedownEventTypes,
  takedownPayloadLimits,
} from '@reportal/core';
import { type Html, html } from '../html/html.js';

/** The events a person with `role` may send to a case in `state`, read from the takedown machine. */
export function allowedEvents(state: TakedownState, role: TakedownRole): TakedownEventType[] {
  return takedownEventTypes.filter((type) => {
    const event = takedownEvents[type];
    return (
      (event.from as readonly TakedownState[]).includes(state) &&
      (event.roles as readonly string[]).includes(role)
    );
  });
}

/** One field of an event's payload form. */
export interface PayloadField {
  name: string;
  label: MessageKey;
  optional?: boolean;
  /** A choice among these values (each labelled by `optionLabel`), else free text. */
  options?: readonly string[];
  optionLabel?: (value: string) => MessageKey;
  maxLength?: number;
}

const text = (name: string, label: MessageKey, optional = false): PayloadField => ({
  name,
  label,
  maxLength: takedownPayloadLimits.maxTextLength,
  ...(optional && { optional }),
});

/**
 * The form fields of each event's payload: the same names as the machine's payload schemas (a
 * test keeps them equal).
 */
export const payloadFields: Record<TakedownEventType, readonly PayloadField[]> = {
  link_report: [],
  claim: [],
  release: [],
  dismiss: [
    {
      name: 'reason',
      label: 'console.field.reason',
      options: dismissalReasons,
      optionLabel: (value) => `console.reason.${value}` as MessageKey,
    },
  ],
  merge: [{ ...text('into', 'console.field.into'), maxLength: takedownPayloadLimits.maxIdLength }],
  confirm: [
    {
      name: 'classification',
      label: 'console.field.classification',
      options: classifications,
      optionLabel: (value) => `console.classification.${value}` as MessageKey,
    },
    {
      name: 'severity',
      label: 'console.field.severity',
      optional: true,
      options: severities,
      optionLabel: (value) => `console.severity.${value}` as MessageKey,
    },
    { name: 'hostingCountry', label: 'console.field.hosting_country', maxLength: 2 },
    text('hostingProvider', 'console.field.hosting_provider', true),
  ],
  forward: [
    {
      name: 'to',
      label: 'console.field.to',
      options: ['hotline', 'law_enforcement'],
      optionLabel: (value) => `console.forward_to.${value}` as MessageKey,
    },
    text('recipient', 'console.field.recipient'),
    text('reference', 'console.field.reference', true),
  ],
  send_notice: [
    text('recipient', 'console.field.recipient'),
    text('channel', 'console.field.channel'),
  ],
  notify_law_enforcement: [
    text('agency', 'console.field.agency'),
    text('reference', 'console.field.reference', true),
  ],
  verify_removed: [],
  reappear: [],
  reopen: [],
  close: [],
};

/** One form per allowed event: its payload fields and a button named after the event. */
export function eventForm(type: TakedownEventType, t: Translator): Html {
  const fields = payloadFields[type].map((field) => {
    const id = `${type}-${field.name}`;
    const label = html`<label for="${id}">${t(field.label)}${field.optional && html` <span class="optional">${t('console.field.optional')}</span>`}</label>`;
    if (field.options) {
      return html`<div class="field">${label}<select id="${id}" name="${field.name}">
${field.optional && html`<option value="">${t('console.case.report.none')}</option>`}
${field.options.map((value) => html`<option value="${value}">${t(field.optionLabel!(value))}</option>`)}
</select></div>`;
    }
    return html`<div class="field">${label}<input id="${id}" name="${field.name}" type="text" autocomplete="off"${field.maxLength !== undefined && html` maxlength="${field.maxLength}"`}${!field.optional && html` required`}></div>`;
  });
  return html`<form class="event" data-type="${type}">${fields}<button type="submit">${t(`console.event.${type as Exclude<TakedownEventType, 'link_report'>}`)}</button></form>`;
}
