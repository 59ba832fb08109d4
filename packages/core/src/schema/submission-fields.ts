import { MAX_URL_LENGTH } from '../url/reported-url.js';

// The values and limits of schema version 1, apart from the zod schema so that code which needs
// only them (checkSubmission, forms) does not bring zod along.

/** What the reporter saw. */
export const contentTypes = ['image', 'video', 'livestream', 'text', 'other', 'unsure'] as const;
/** Where the reporter found it. */
export const whereFoundValues = [
  'website',
  'social_media',
  'search_engine',
  'file_sharing',
  'messaging_app',
  'forum',
  'email',
  'game',
  'other',
  'unsure',
] as const;

/** Limits of schema version 1. */
export const submissionLimits = {
  minUrls: 1,
  maxUrls: 20,
  maxUrlLength: MAX_URL_LENGTH,
  maxDescriptionLength: 5000,
  maxNameLength: 200,
  maxEmailLength: 254,
  maxPhoneLength: 40,
  maxLocaleLength: 35,
} as const;

/** A portal id: `bz`, `gt`, ... */
export const portalId = /^[a-z][a-z0-9-]{1,31}$/;
/** The shape of an e-mail address in `contact.email` (after trimming). */
export const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The shape of a phone number in `contact.phone` (after trimming). */
export const phoneShape = /^\+?[0-9 ().-]{3,}$/;
/**
 * The shape of every text field of a report (portal, locale, URLs, description, contact details):
 * no U+0000 (NUL). PostgreSQL cannot hold it in text, and in JSON it breaks `->>`; nobody types it.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is the character refused.
export const textWithoutNul = /^[^\u0000]*$/;
