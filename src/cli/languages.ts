import type { Strings } from '../i18n/en.js';
import type { ShippedLanguage } from '../i18n/languages.js';
import ar from '../i18n/ar.js';
import de from '../i18n/de.js';
import es from '../i18n/es.js';
import fr from '../i18n/fr.js';
import it from '../i18n/it.js';
import pt from '../i18n/pt.js';

/**
 * The interface languages beyond English (SHIPPED_LANGUAGES), which the browser gets from
 * `dist/lang/<tag>.js`. The command line carries them all: a static page loads nothing. The type
 * holds this to SHIPPED_LANGUAGES: a language added there and not here fails the type check.
 */
export const EXTRA_LANGUAGES: Record<Exclude<ShippedLanguage, 'en'>, Strings> & Record<string, Strings | undefined> = {
  es,
  fr,
  de,
  pt,
  it,
  ar,
};
