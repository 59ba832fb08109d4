// Generated from locales/*.json by scripts/catalogs/generate-sources.ts: do not edit, run `pnpm generate`.
/** Every shipped catalog, for servers; a browser bundle imports `@reportal/core/locales/<tag>` instead. */
import type { LocaleCatalog } from '../catalog.js';
import { catalog as en } from './en.generated.js';
import { catalog as am } from './am.generated.js';
import { catalog as ar } from './ar.generated.js';
import { catalog as bn } from './bn.generated.js';
import { catalog as es } from './es.generated.js';
import { catalog as fa } from './fa.generated.js';
import { catalog as fil } from './fil.generated.js';
import { catalog as fr } from './fr.generated.js';
import { catalog as hi } from './hi.generated.js';
import { catalog as id } from './id.generated.js';
import { catalog as km } from './km.generated.js';
import { catalog as ne } from './ne.generated.js';
import { catalog as pt } from './pt.generated.js';
import { catalog as ru } from './ru.generated.js';
import { catalog as sw } from './sw.generated.js';
import { catalog as tr } from './tr.generated.js';
import { catalog as uk } from './uk.generated.js';
import { catalog as ur } from './ur.generated.js';
import { catalog as vi } from './vi.generated.js';
import { catalog as zh_Hans } from './zh-Hans.generated.js';

export { en, am, ar, bn, es, fa, fil, fr, hi, id, km, ne, pt, ru, sw, tr, uk, ur, vi, zh_Hans };

/** Every shipped catalog by locale. */
export const catalogs: Readonly<Record<'en' | 'am' | 'ar' | 'bn' | 'es' | 'fa' | 'fil' | 'fr' | 'hi' | 'id' | 'km' | 'ne' | 'pt' | 'ru' | 'sw' | 'tr' | 'uk' | 'ur' | 'vi' | 'zh-Hans', LocaleCatalog>> = { en, am, ar, bn, es, fa, fil, fr, hi, id, km, ne, pt, ru, sw, tr, uk, ur, vi, 'zh-Hans': zh_Hans };
