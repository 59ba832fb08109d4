import { type CatalogSource, catalogSourceSchema, localeDirection } from '@reportal/core';
import { type MessageShape, readMessage } from './icu-shape.js';

/** One problem found in a catalog file: the file, the key (or metadata field) and what is wrong. */
export interface CatalogProblem {
  file: string;
  key: string;
  message: string;
}

/** The outcome of checking one catalog. */
export interface CatalogCheck {
  problems: CatalogProblem[];
  /** The catalog, when its file has the right structure (even with problems in its messages). */
  catalog?: CatalogSource;
}

/** Options of `checkCatalog`. */
export interface CheckCatalogOptions {
  /** The file's name as shown in problems, e.g. `packages/core/locales/fr.json`. */
  file: string;
  /** The locale the file name says, e.g. `fr` for `fr.json`. */
  fileLocale: string;
  /** The source catalog (`en.json`); omit when checking the source itself. */
  source?: CatalogSource | undefined;
  /**
   * The nearest parent locale that has a catalog (`es` for `es-GT`): a regional catalog needs only
   * the messages that differ, the rest fall back to the parent.
   */
  parent?: string | undefined;
}

const sourceName = 'en.json';
const cldrOrder = ['zero', 'one', 'two', 'few', 'many', 'other'];
const inCldrOrder = (categories: readonly string[]) =>
  [...categories].sort((a, b) => cldrOrder.indexOf(a) - cldrOrder.indexOf(b));

/**
 * Checks one catalog file's content against the source catalog: structure, metadata, missing and
 * extra keys, untranslated messages, ICU syntax, placeholders, select cases and the plural
 * categories the locale needs (CLDR, from `Intl.PluralRules`).
 */
export function checkCatalog(content: unknown, options: CheckCatalogOptions): CatalogCheck {
  const { file, source } = options;
  const problems: CatalogProblem[] = [];
  const report = (key: string, message: string) => problems.push({ file, key, message });

  const parsed = catalogSourceSchema.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      if (keys.length > 0) for (const key of keys) report(key, 'unknown field of a catalog file');
      else report(path || '(file)', structureMessage(path));
    }
    return { problems };
  }
  const catalog = parsed.data;
  const locale = catalog.locale;

  let pluralCategories: { cardinal: string[]; ordinal: string[] } | undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical !== locale) report('locale', `write "${locale}" as "${canonical}"`);
    pluralCategories = {
      cardinal: inCldrOrder(new Intl.PluralRules(locale).resolvedOptions().pluralCategories),
      ordinal: inCldrOrder(
        new Intl.PluralRules(locale, { type: 'ordinal' }).resolvedOptions().pluralCategories,
      ),
    };
  } catch {
    report('locale', `"${locale}" is not a valid BCP 47 language tag`);
  }
  if (locale !== options.fileLocale) {
    report('locale', `"${locale}" does not match the file name ${options.fileLocale}.json`);
  }
  const direction = localeDirection(locale);
  if (direction !== undefined && direction !== catalog.direction) {
    report(
      'direction',
      `"${catalog.direction}" disagrees with ${locale}, which is written ${direction === 'rtl' ? 'right to left ("rtl")' : 'left to right ("ltr")'}`,
    );
  }

  const untranslated = new Set(catalog.untranslated ?? []);
  const sameAsSource = new Set(catalog.sameAsSource ?? []);
  for (const key of sameAsSource) {
    const sourceMessage = source?.messages[key];
    if (source && sourceMessage === undefined)
      report(key, `listed in "sameAsSource" but not a key of ${sourceName}`);
    else if (source && catalog.messages[key] !== sourceMessage)
      report(key, `listed in "sameAsSource" but differs from ${sourceName}`);
  }
  if (catalog.status === 'reviewed' && untranslated.size > 0) {
    report('status', `"reviewed", but ${untranslated.size} messages are not translated yet`);
  }
  const expectedKeys = source ? Object.keys(source.messages) : Object.keys(catalog.messages);
  const expected = new Set(expectedKeys);
  for (const key of untranslated) {
    if (!expected.has(key)) report(key, `listed in "untranslated" but not a key of ${sourceName}`);
  }
  for (const key of Object.keys(catalog.notes ?? {})) {
    if (!source && catalog.messages[key] === undefined) report(key, 'has a note but no message');
  }

  for (const key of expectedKeys) {
    const message = catalog.messages[key];
    if (message === undefined) {
      if (!options.parent) report(key, `missing (${sourceName} has this key)`);
      continue;
    }
    if (untranslated.has(key)) {
      report(key, 'not translated yet (listed in "untranslated")');
      continue;
    }
    const read = readMessage(message);
    if (!read.ok) {
      report(key, `ICU syntax error: ${read.error}`);
      continue;
    }
    const sourceMessage = source?.messages[key];
    const sourceRead = sourceMessage === undefined ? undefined : readMessage(sourceMessage);
    if (sourceRead?.ok) {
      const placeholders = comparePlaceholders(sourceRead.shape, read.shape);
      if (placeholders) report(key, `placeholders differ from ${sourceName}: ${placeholders}`);
      const markup = compareMarkup(sourceRead.shape.text, read.shape.text);
      if (markup) report(key, `markup differs from ${sourceName}: ${markup}`);
      if (
        message === sourceMessage &&
        !sameAsSource.has(key) &&
        !locale.startsWith('en') &&
        words(read.shape.text).length > 0
      ) {
        report(
          key,
          `left as in ${sourceName} ("${message}"): translate it, or list the key in "sameAsSource" if ${locale} writes it the same`,
        );
      }
      for (const selector of missingSelectCases(sourceRead.shape, read.shape))
        report(key, selector);
    }
    if (pluralCategories) {
      for (const selector of read.shape.selectors) {
        if (selector.type === 'select') continue;
        const needed =
          selector.type === 'plural' ? pluralCategories.cardinal : pluralCategories.ordinal;
        const missing = needed.filter((category) => !selector.keys.includes(category));
        if (missing.length > 0) {
          report(
            key,
            `${selector.type} {${selector.arg}} lacks the categories ${missing.join(', ')} that ${locale} needs (it uses ${needed.join(', ')})`,
          );
        }
        const foreign = selector.keys.filter(
          (category) => !category.startsWith('=') && !needed.includes(category),
        );
        if (foreign.length > 0) {
          report(
            key,
            `${selector.type} {${selector.arg}} has the categories ${foreign.join(', ')}, which ${locale} does not use (it uses ${needed.join(', ')})`,
          );
        }
      }
    }
  }
  for (const key of Object.keys(catalog.messages)) {
    if (!expected.has(key)) report(key, `extra key: ${sourceName} has no such message`);
  }
  return { problems, catalog };
}

function comparePlaceholders(source: MessageShape, target: MessageShape): string | undefined {
  const missing = [...source.placeholders].filter((name) => !target.placeholders.has(name));
  const unexpected = [...target.placeholders].filter((name) => !source.placeholders.has(name));
  const parts = [
    ...(missing.length > 0 ? [`missing ${missing.map((name) => `{${name}}`).join(', ')}`] : []),
    ...(unexpected.length > 0
      ? [`unexpected ${unexpected.map((name) => `{${name}}`).join(', ')}`]
      : []),
  ];
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * The words of a message's text a translator would translate: letters, three or more, beyond
 * URLs and codes (all capitals, like URL, URLs or A1).
 */
function words(text: string): string[] {
  return (text.replace(/https?:\/\/\S+/g, ' ').match(/[\p{L}\p{M}]{3,}/gu) ?? []).filter(
    // Capitals are a code or an acronym, with its plural (URLs).
    (word) => word !== word.toUpperCase() && !/^\p{Lu}{2,}s$/u.test(word),
  );
}

/** The tags of a text (`<a href>`, `</strong>`), each as written, sorted. */
function tagsOf(text: string): string[] {
  return (text.match(/<\/?[A-Za-z][^<>]*>/g) ?? []).sort();
}

function compareMarkup(source: string, target: string): string | undefined {
  const expected = tagsOf(source);
  const found = tagsOf(target);
  if (expected.join('') === found.join('')) return undefined;
  return `expected ${expected.join(' ') || 'no tags'}, found ${found.join(' ') || 'no tags'}`;
}

function missingSelectCases(source: MessageShape, target: MessageShape): string[] {
  const result: string[] = [];
  for (const selector of source.selectors) {
    if (selector.type !== 'select') continue;
    const translated = target.selectors.find(
      (candidate) => candidate.type === 'select' && candidate.arg === selector.arg,
    );
    if (!translated) continue;
    const missing = selector.keys.filter((key) => !translated.keys.includes(key));
    if (missing.length > 0) {
      result.push(
        `select {${selector.arg}} lacks the cases ${missing.join(', ')} of ${sourceName} (keep select keys untranslated)`,
      );
    }
  }
  return result;
}

function structureMessage(path: string): string {
  switch (path.split('.')[0]) {
    case '':
      return 'must be a JSON object with locale, direction, status and messages';
    case 'locale':
      return 'must be a BCP 47 language tag such as "fr" or "pt-BR"';
    case 'direction':
      return 'must be "ltr" or "rtl"';
    case 'status':
      return 'must be "draft" or "reviewed"';
    case 'messages':
      return 'must be an object mapping each key to an ICU message string';
    case 'untranslated':
    case 'sameAsSource':
      return 'must be a list of message keys';
    default:
      return 'must be an object mapping each key to a string';
  }
}
