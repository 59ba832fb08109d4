/** Markup that is already safe to send: made only by `html` or `rawHtml`. */
export interface Html {
  readonly __html: string;
}

/** What may be put into an `html` template: text is escaped, `Html` is kept, nothing else is shown. */
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

/** Trusted markup as it is (constants of this package only, never data). */
export function rawHtml(markup: string): Html {
  return { __html: markup };
}

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && '__html' in value;
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isHtml(value)) return value.__html;
  return value.map(render).join('');
}

// Source indentation is not sent: a line break between tags goes, one inside text becomes a space.
const compact = (text: string) => text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

/**
 * A template tag that escapes every interpolated value unless it is `Html`, so data can only
 * become text. Quote every attribute value.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = compact(strings[0]!);
  for (const [index, value] of values.entries()) {
    markup += render(value) + compact(strings[index + 1]!);
  }
  return { __html: markup };
}

/** An attribute that is present or absent: ` name` or nothing. */
export function flag(name: string, on: boolean | undefined): Html {
  return rawHtml(on ? ` ${name}` : '');
}
