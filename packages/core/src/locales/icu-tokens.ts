// Reading ICU messages: placeholder names and kinds (for the generator), and bidi isolation.
import { parse, type Token } from '@messageformat/parser';

/** How a message uses a placeholder; it decides the placeholder's type in `MessageParams`. */
export type PlaceholderKind = 'number' | 'text' | 'any';

/** Every placeholder of a message, with the strictest kind it is used as. */
export function placeholdersOf(message: string): Map<string, PlaceholderKind> {
  const result = new Map<string, PlaceholderKind>();
  const add = (name: string, kind: PlaceholderKind) => {
    const previous = result.get(name);
    if (previous === 'number' || (previous === 'text' && kind === 'any')) return;
    result.set(name, kind);
  };
  walk(parse(message), (token) => {
    if (token.type === 'argument') add(token.arg, 'any');
    else if (token.type === 'function') add(token.arg, token.key === 'number' ? 'number' : 'any');
    else if (token.type === 'plural' || token.type === 'selectordinal') add(token.arg, 'number');
    else if (token.type === 'select') add(token.arg, 'text');
  });
  return result;
}

/**
 * Wraps every placeholder that puts a value into the text (`{url}`, `{n, number}`, `#`) in
 * FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so a Latin value keeps its order inside
 * right-to-left text. Plural and select branches are catalog text and stay as they are.
 */
export function isolatePlaceholders(message: string): string {
  const spans: [number, number][] = [];
  walk(parse(message), (token) => {
    const context = token.ctx;
    if (!context) return;
    if (token.type === 'argument' || token.type === 'octothorpe') {
      spans.push([context.offset, context.offset + context.text.length]);
    } else if (token.type === 'function') {
      spans.push([context.offset, closingBrace(message, context.offset) + 1]);
    }
  });
  let result = '';
  let position = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    result += `${message.slice(position, start)}\u2068${message.slice(start, end)}\u2069`;
    position = end;
  }
  return result + message.slice(position);
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      for (const branch of token.cases) walk(branch.tokens, visit);
    }
  }
}

function closingBrace(message: string, open: number): number {
  let depth = 0;
  for (let index = open; index < message.length; index++) {
    if (message[index] === '{') depth++;
    else if (message[index] === '}' && --depth === 0) return index;
  }
  throw new Error(`Unbalanced braces in ${JSON.stringify(message)}`);
}
