// Generated from locales/*.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Every shipped catalog, for servers; a browser bundle imports `@reportal/core/locales/<tag>` instead. */
import type { LocaleCatalog } from '../catalog.js';
import { catalog as en } from './en.generated.js';
import { catalog as ar } from './ar.generated.js';
import { catalog as es } from './es.generated.js';
import { catalog as fr } from './fr.generated.js';
import { catalog as hi } from './hi.generated.js';
import { catalog as pt } from './pt.generated.js';
import { catalog as sw } from './sw.generated.js';
import { catalog as ur } from './ur.generated.js';

export { en, ar, es, fr, hi, pt, sw, ur };

/** Every shipped catalog by locale. */
export const catalogs: Readonly<Record<'en' | 'ar' | 'es' | 'fr' | 'hi' | 'pt' | 'sw' | 'ur', LocaleCatalog>> = { en, ar, es, fr, hi, pt, sw, ur };
