/**
 * The core's language registry, as an on-demand module sees it: the embed build resolves
 * src/data/i18n.ts to this file for modules (rollup.config.mjs), so a module speaks the languages
 * the core has loaded (a second registry would know only English). The core publishes its
 * registry under a global symbol before any module can load (src/modules/index.embed.ts).
 */
import type * as I18n from '../data/i18n.js';
import { I18N_KEY } from './on-demand.js';

const core = (globalThis as unknown as Record<symbol, typeof I18n>)[I18N_KEY];

export const { localize, translationFor, uiLang, dateLocale, strings, inheritedLang, languages } = core;
export type { Strings, Lang } from '../data/i18n.js';
