// Generated from jurisdictions/*.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
import type { Portal } from './portal-schema.js';

/** The portals of the jurisdiction registry, in id order. */
export const portals: readonly Portal[] = [
  {
    "id": "ao",
    "example": true,
    "country": "AO",
    "countryNames": {
      "pt": "Angola",
      "en": "Angola"
    },
    "locales": [
      "pt",
      "en"
    ],
    "defaultLocale": "pt",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/ao/"
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
    "id": "bd",
    "example": true,
    "country": "BD",
    "countryNames": {
      "bn": "বাংলাদেশ",
      "en": "Bangladesh"
    },
    "locales": [
      "bn",
      "en"
    ],
    "defaultLocale": "bn",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/bd/"
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
    "id": "bi",
    "example": true,
    "country": "BI",
    "countryNames": {
      "fr": "Burundi",
      "en": "Burundi"
    },
    "locales": [
      "fr",
      "en"
    ],
    "defaultLocale": "fr",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/bi/"
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
    "id": "bs",
    "example": true,
    "country": "BS",
    "countryNames": {
      "en": "Bahamas"
    },
    "locales": [
      "en"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/bs/"
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
    "id": "et",
    "example": true,
    "country": "ET",
    "countryNames": {
      "am": "ኢትዮጵያ",
      "en": "Ethiopia"
    },
    "locales": [
      "am",
      "en"
    ],
    "defaultLocale": "am",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/et/"
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
    "id": "id",
    "example": true,
    "country": "ID",
    "countryNames": {
      "id": "Indonesia",
      "en": "Indonesia"
    },
    "locales": [
      "id",
      "en"
    ],
    "defaultLocale": "id",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/id/"
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
    "id": "jm",
    "example": true,
    "country": "JM",
    "countryNames": {
      "en": "Jamaica"
    },
    "locales": [
      "en"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/jm/"
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
    "id": "kh",
    "example": true,
    "country": "KH",
    "countryNames": {
      "km": "កម្ពុជា",
      "en": "Cambodia"
    },
    "locales": [
      "km",
      "en"
    ],
    "defaultLocale": "km",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/kh/"
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
    "id": "km",
    "example": true,
    "country": "KM",
    "countryNames": {
      "fr": "Comores",
      "ar": "جزر القمر",
      "en": "Comoros"
    },
    "locales": [
      "fr",
      "ar"
    ],
    "defaultLocale": "fr",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/km/"
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
    "id": "lr",
    "example": true,
    "country": "LR",
    "countryNames": {
      "en": "Liberia"
    },
    "locales": [
      "en"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/lr/"
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
    "id": "mu",
    "example": true,
    "country": "MU",
    "countryNames": {
      "en": "Mauritius",
      "fr": "Maurice"
    },
    "locales": [
      "en",
      "fr"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/mu/"
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
    "id": "mw",
    "example": true,
    "country": "MW",
    "countryNames": {
      "en": "Malawi"
    },
    "locales": [
      "en"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/mw/"
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
    "id": "na",
    "example": true,
    "country": "NA",
    "countryNames": {
      "en": "Namibia"
    },
    "locales": [
      "en"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/na/"
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
    "id": "np",
    "example": true,
    "country": "NP",
    "countryNames": {
      "ne": "नेपाल",
      "en": "Nepal"
    },
    "locales": [
      "ne",
      "en"
    ],
    "defaultLocale": "ne",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/np/"
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
    "id": "ph",
    "example": true,
    "country": "PH",
    "countryNames": {
      "fil": "Pilipinas",
      "en": "Philippines"
    },
    "locales": [
      "fil",
      "en"
    ],
    "defaultLocale": "fil",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/ph/"
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
    "id": "rw",
    "example": true,
    "country": "RW",
    "countryNames": {
      "en": "Rwanda",
      "fr": "Rwanda",
      "sw": "Rwanda"
    },
    "locales": [
      "en",
      "fr",
      "sw"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/rw/"
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
    "id": "tr",
    "example": true,
    "country": "TR",
    "countryNames": {
      "tr": "Türkiye",
      "en": "Türkiye"
    },
    "locales": [
      "tr",
      "en"
    ],
    "defaultLocale": "tr",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/tr/"
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
  },
  {
    "id": "ua",
    "example": true,
    "country": "UA",
    "countryNames": {
      "uk": "Україна",
      "en": "Ukraine"
    },
    "locales": [
      "uk",
      "en"
    ],
    "defaultLocale": "uk",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/ua/"
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
    "id": "ug",
    "example": true,
    "country": "UG",
    "countryNames": {
      "en": "Uganda",
      "sw": "Uganda"
    },
    "locales": [
      "en",
      "sw"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/ug/"
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
    "id": "vn",
    "example": true,
    "country": "VN",
    "countryNames": {
      "vi": "Việt Nam",
      "en": "Vietnam"
    },
    "locales": [
      "vi",
      "en"
    ],
    "defaultLocale": "vi",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/vn/"
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
    "id": "zm",
    "example": true,
    "country": "ZM",
    "countryNames": {
      "en": "Zambia"
    },
    "locales": [
      "en"
    ],
    "defaultLocale": "en",
    "hotline": {
      "name": "Example Hotline",
      "website": "https://hotline.example.org/zm/"
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
  }
];
