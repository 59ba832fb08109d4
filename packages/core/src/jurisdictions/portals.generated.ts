// Generated from jurisdictions/*.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
import type { Portal } from './portal-schema.js';

/** The portals of the jurisdiction registry, in id order. */
export const portals: readonly Portal[] = [
  {
    "id": "bz",
    "example": true,
    "country": "BZ",
    "countryNames": {
      "en": "Belize",
      "es": "Belice"
    },
    "locales": [
      "en",
      "es"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/bz/"
    },
    "outcomeFeedback": true,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  },
  {
    "id": "cd",
    "example": true,
    "country": "CD",
    "countryNames": {
      "en": "Democratic Republic of the Congo",
      "fr": "République démocratique du Congo"
    },
    "locales": [
      "fr"
    ],
    "defaultLocale": "fr",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/cd/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  },
  {
    "id": "gt",
    "example": true,
    "country": "GT",
    "countryNames": {
      "en": "Guatemala",
      "es": "Guatemala"
    },
    "locales": [
      "es"
    ],
    "defaultLocale": "es",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/gt/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  },
  {
    "id": "in",
    "example": true,
    "country": "IN",
    "countryNames": {
      "en": "India",
      "hi": "भारत"
    },
    "locales": [
      "hi",
      "en"
    ],
    "defaultLocale": "hi",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/in/"
    },
    "outcomeFeedback": true,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  },
  {
    "id": "jo",
    "example": true,
    "country": "JO",
    "countryNames": {
      "en": "Jordan",
      "ar": "الأردن"
    },
    "locales": [
      "ar",
      "en"
    ],
    "defaultLocale": "ar",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/jo/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "day"
  },
  {
    "id": "mz",
    "example": true,
    "country": "MZ",
    "countryNames": {
      "en": "Mozambique",
      "pt": "Moçambique"
    },
    "locales": [
      "pt"
    ],
    "defaultLocale": "pt",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/mz/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  },
  {
    "id": "pk",
    "example": true,
    "country": "PK",
    "countryNames": {
      "en": "Pakistan",
      "ur": "پاکستان"
    },
    "locales": [
      "ur",
      "en"
    ],
    "defaultLocale": "ur",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/pk/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "day"
  },
  {
    "id": "sv",
    "example": true,
    "country": "SV",
    "countryNames": {
      "en": "El Salvador",
      "es": "El Salvador"
    },
    "locales": [
      "es"
    ],
    "defaultLocale": "es",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/sv/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  },
  {
    "id": "tz",
    "example": true,
    "country": "TZ",
    "countryNames": {
      "en": "Tanzania",
      "sw": "Tanzania"
    },
    "locales": [
      "sw",
      "en"
    ],
    "defaultLocale": "sw",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/tz/"
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "reminders": {
      "intervalHours": 24,
      "limit": 6
    },
    "receivedAtPrecision": "hour"
  }
];
