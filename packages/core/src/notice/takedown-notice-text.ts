import type { MessageKey, MessageParams } from '../locales/messages.generated.js';
import type { TakedownNotice } from './takedown-notice.js';

/** The catalog messages a notice is written with. */
export type NoticeMessageKey = Extract<MessageKey, `notice.${string}`>;

/**
 * Formats a catalog message with its placeholders: a `Translator` (see `createTranslator`), or
 * any function of that shape.
 */
export type NoticeTranslate = <Key extends NoticeMessageKey>(
  key: Key,
  values?: MessageParams[Key],
) => string;

/** Options of `renderTakedownNotice`. */
export interface RenderTakedownNoticeOptions {
  /** The portal locale's translator (`notice.*` messages). */
  translate: NoticeTranslate;
  /** The locale, to name the hosting country in it; without it the ISO code is shown. */
  locale?: string;
}

/** A notice as plain text: an e-mail subject and body. */
export interface TakedownNoticeText {
  subject: string;
  body: string;
}

/**
 * Renders a takedown notice as plain text in the portal's locale, from the catalog's `notice.*`
 * messages. The URLs are listed one per line, as text.
 *
 * @example
 * ```ts
 * const { subject, body } = renderTakedownNotice(notice, { translate, locale: 'es' });
 * ```
 */
export function renderTakedownNotice(
  notice: TakedownNotice,
  options: RenderTakedownNoticeOptions,
): TakedownNoticeText {
  const { translate } = options;
  const hotline = notice.hotline;
  const paragraphs = [
    notice.recipient === undefined
      ? []
      : [translate('notice.greeting', { recipient: notice.recipient })],
    [translate('notice.intro', { hotline })],
    [translate('notice.url_label'), ...notice.urls],
    [
      translate('notice.explanation', { classification: notice.classification }),
      translate('notice.hosting', {
        hostingCountry: countryName(notice.hostingCountry, options.locale),
      }),
      translate('notice.assessed_on', { date: notice.assessedOn }),
    ],
    [translate('notice.good_faith'), translate('notice.identity')],
    [translate('notice.request', { deadlineHours: notice.deadlineHours })],
    [translate('notice.reference', { reference: notice.reference })],
    [translate('notice.closing', { hotline })],
  ];
  return {
    subject: translate('notice.subject', { url: notice.urls[0] ?? '' }),
    body: `${paragraphs
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join('\n'))
      .join('\n\n')}\n`,
  };
}

function countryName(code: string, locale: string | undefined): string {
  if (locale === undefined) return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
