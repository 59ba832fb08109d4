import { parse, type Token } from '@messageformat/parser';

/** What the checker needs to know about one ICU message. */
export interface MessageShape {
  /** Names of every placeholder, including those of plural and select. */
  placeholders: Set<string>;
  /** Every plural, selectordinal and select in the message, with its case keys. */
  selectors: { type: 'plural' | 'selectordinal' | 'select'; arg: string; keys: string[] }[];
  /** The message's own text (every branch's), without placeholders: what a translator writes. */
  text: string;
}

/** The outcome of reading a message: its shape, or the parser's complaint in one line. */
export type ReadMessageResult = { ok: true; shape: MessageShape } | { ok: false; error: string };

/** Parses an ICU MessageFormat message with @messageformat/parser (syntax only). */
export function readMessage(message: string): ReadMessageResult {
  let tokens: Token[];
  try {
    tokens = parse(message);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const opening = message.split('{').length;
    const closing = message.split('}').length;
    const hint = opening === closing ? '' : ' (the braces { } do not pair up)';
    return { ok: false, error: text.split('\n')[0]!.replace(/:\s*$/, '') + hint };
  }
  const shape: MessageShape = { placeholders: new Set(), selectors: [], text: '' };
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'content') shape.text += `${token.value} `;
      if (token.type === 'argument' || token.type === 'function') shape.placeholders.add(token.arg);
      if (token.type === 'plural' || token.type === 'selectordinal' || token.type === 'select') {
        shape.placeholders.add(token.arg);
        shape.selectors.push({
          type: token.type,
          arg: token.arg,
          keys: token.cases.map((branch) => branch.key),
        });
        for (const branch of token.cases) walk(branch.tokens);
      }
    }
  };
  walk(tokens);
  return { ok: true, shape };
}
