import * as z from 'zod/mini';

/**
 * A catalog as contributors write it: `packages/core/locales/<tag>.json`, one file per locale,
 * metadata and a flat map of keys to ICU MessageFormat messages. `untranslated` lists the keys
 * whose message is still a copy of the source (what `reportal locales add` scaffolds); `notes`
 * gives translators context and lives only in the source catalog (`en.json`).
 */
export const catalogSourceSchema = z.strictObject({
  locale: z.string().check(z.minLength(1)),
  direction: z.enum(['ltr', 'rtl']),
  status: z.enum(['draft', 'reviewed']),
  messages: z.record(z.string(), z.string()),
  untranslated: z.optional(z.array(z.string())),
  /**
   * Keys whose message is rightly the same as in English in this language (French "Description",
   * Spanish "Videos"): the checker refuses any other message left as in `en.json`.
   */
  sameAsSource: z.optional(z.array(z.string())),
  notes: z.optional(z.record(z.string(), z.string())),
});

/** A catalog file's content (see `catalogSourceSchema`). */
export type CatalogSource = z.output<typeof catalogSourceSchema>;
