/**
 * The one-script entry (dist/policy-explainer.js): defines every element, guarded so a second copy
 * of the script is harmless.
 */
import './timeline/define.js';
import './matrix/define.js';
