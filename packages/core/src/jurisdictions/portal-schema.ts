import * as z from 'zod/mini';

const hexColor = z
  .string()
  .check(z.regex(/^#[0-9a-f]{6}$/, 'must be a colour as #rrggbb (six lower-case hex digits)'));

const positiveDays = z.int().check(z.positive('must be a whole number of days above 0'));

/**
 * A jurisdiction's portal configuration (zod): the data file `packages/core/jurisdictions/<id>.json`.
 * Prefer `parsePortal`, which also checks the fields against each other and explains every
 * problem in plain words.
 */
export const portalSchema = z.strictObject({
  /** Portal id, as in report submissions: `bz`, `gt`, ... */
  id: z
    .string()
    .check(
      z.regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be 2 to 32 lower-case letters, digits or dashes'),
    ),
  /** True for an example configuration (not a real hotline's): pages say so. */
  example: z.boolean(),
  /** ISO 3166-1 alpha-2 code of the country. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1)')),
  /**
   * The country's name in locales where it should differ from CLDR's (`parsePortal` fills every
   * other of the portal's locales and `en` from CLDR, through `Intl.DisplayNames`).
   */
  countryNames: z._default(
    z.record(z.string(), z.string().check(z.minLength(1, 'must not be empty'))),
    {},
  ),
  /** The locales the portal serves (BCP 47), each with a catalog. */
  locales: z.array(z.string()).check(z.minLength(1, 'must list at least one locale')),
  /** The locale of `/` and of any request without a choice. */
  defaultLocale: z.string(),
  /** The hotline that receives and assesses the reports. */
  hotline: z.strictObject({
    name: z.string().check(z.minLength(1, 'must not be empty')),
    website: z.string().check(z.minLength(1, 'must not be empty')),
    email: z.optional(z.email('must be an email address')),
    /**
     * The hotline's logo, served by the portal itself (never from a third party): an SVG document
     * as text, or a PNG file in base64; at most `HOTLINE_LOGO_MAX_BYTES`.
     */
    logo: z.optional(
      z.union([z.strictObject({ svg: z.string() }), z.strictObject({ png: z.string() })]),
    ),
    /** The hotline's brand colours: its band's text on its background, at least 4.5:1. */
    colors: z.optional(z.strictObject({ background: hexColor, text: hexColor })),
  }),
  /** Whether reporters may see the outcome (`action_taken` / `no_action`) on the status page. */
  outcomeFeedback: z.boolean(),
  /** How long reports and consented contact details are kept, in days. */
  retention: z.strictObject({ reportDays: positiveDays, contactDays: positiveDays }),
  /** Hours after a notice before a case without removal is overdue. */
  takedownDeadlineHours: z._default(
    z.int().check(z.positive('must be a whole number of hours above 0')),
    72,
  ),
  /**
   * Repeated notices: every `intervalHours` (default 24) after the last notice, a case still in
   * `notice_sent` gets its notice again (a reminder), at most `limit` times (default 6) per round.
   */
  reminders: z._default(
    z.strictObject({
      intervalHours: z._default(
        z.int().check(z.positive('must be a whole number of hours above 0')),
        24,
      ),
      limit: z._default(z.int().check(z.gte(0, 'must be a whole number, 0 or more')), 6),
    }),
    { intervalHours: 24, limit: 6 },
  ),
  /** How precisely `receivedAt` is kept. */
  receivedAtPrecision: z._default(z.enum(['hour', 'day']), 'hour'),
});

/** A portal's configuration, defaults applied. Also a `PortalLocales` for `parseSubmission`. */
export type Portal = z.output<typeof portalSchema>;
/** A portal's configuration as written in its data file. */
export type PortalInput = z.input<typeof portalSchema>;
