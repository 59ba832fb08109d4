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
      "website": "https://hotline.example.org/bz/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": true,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/cd/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/gt/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/in/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": true,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/jo/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/mz/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/pk/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/sv/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
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
      "website": "https://hotline.example.org/tz/",
      "logo": {
        "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\" width=\"120\" height=\"40\"><rect x=\"1\" y=\"1\" width=\"118\" height=\"38\" rx=\"4\" fill=\"#ffffff\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/><text x=\"60\" y=\"17\" font-family=\"system-ui,sans-serif\" font-size=\"11\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1b1b1b\">EXAMPLE</text><text x=\"60\" y=\"31\" font-family=\"system-ui,sans-serif\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1b1b1b\">hotline logo</text></svg>"
      },
      "colors": {
        "background": "#2f3e46",
        "text": "#ffffff"
      }
    },
    "outcomeFeedback": false,
    "retention": {
      "reportDays": 365,
      "contactDays": 90
    },
    "takedownDeadlineHours": 72,
    "receivedAtPrecision": "hour"
  }
];
