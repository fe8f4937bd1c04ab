/**
 * Every interface language this package ships: one file per language in this folder, named by its
 * tag. The one-script embed speaks English itself and loads any other from `lang/<tag>.js` beside
 * the script when an element first needs it; the command line and npm builds import them. Adding a
 * language: write `<tag>.ts` (its type is checked against en.ts), add the tag here (a test holds
 * this list to the folder), and `npm run build`.
 */
export const SHIPPED_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'ar'] as const;

/** A tag of SHIPPED_LANGUAGES. */
export type ShippedLanguage = (typeof SHIPPED_LANGUAGES)[number];
