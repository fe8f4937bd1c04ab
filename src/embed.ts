/**
 * The one-script entry (dist/policy-explainer.js): defines every element (guarded: a second copy
 * of the script is harmless) and, for `<script data-embed>`, places an explainer right after the
 * script, taking the script's other data-* attributes as the explainer's attributes.
 */
import './timeline/define.js';
import './matrix/define.js';
import './explainer/define.js';
import { placeEmbed } from './explainer/embed-script.js';

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.hasAttribute('data-embed')) placeEmbed(script, location);
