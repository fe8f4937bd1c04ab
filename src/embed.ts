/**
 * The one-script entry (dist/policy-explainer.js): defines every element (guarded: a second copy
 * of the script is harmless) and, for `<script data-embed>`, places an explainer right after the
 * script, taking the script's other data-* attributes as the explainer's attributes.
 */
import './timeline/define.js';
import './matrix/define.js';
import './explainer/define.js';
import { placeEmbed } from './explainer/embed-script.js';
import * as i18n from './data/i18n.js';
import { I18N_KEY } from './modules/on-demand.js';

// The on-demand modules (dist/modules/) share the core's language registry
// (src/modules/i18n-bridge.ts). The first copy of the script on a page keeps it: its elements are
// the ones defined.
(globalThis as unknown as Record<symbol, unknown>)[I18N_KEY] ??= i18n;

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.hasAttribute('data-embed')) placeEmbed(script, location);
