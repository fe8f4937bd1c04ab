import type { Strings } from '../i18n/en.js';
import ar from '../i18n/ar.js';
import de from '../i18n/de.js';
import fr from '../i18n/fr.js';
import it from '../i18n/it.js';
import pt from '../i18n/pt.js';

/**
 * The interface languages the browser gets from `dist/lang/<tag>.js` (the embed speaks English
 * and Spanish itself). The command line carries them all: a static page has no second script to load.
 */
export const EXTRA_LANGUAGES: Record<string, Strings> = { fr, de, pt, it, ar };
