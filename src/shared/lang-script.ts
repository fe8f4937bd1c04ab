import type { Strings } from '../data/i18n.js';

/**
 * The body of each per-language classic script (dist/lang/fr.js…), loaded by a second script tag
 * beside the one-script embed: hands the language to the elements, whichever script runs first
 * (whenDefined waits for the embed; the elements re-render in the new language at once).
 */
export function registerLanguage(tag: string, pack: Strings): void {
  type Registry = { addLanguage(tag: string, pack: Strings): void };
  // Already defined (the embed imported this file itself, on demand): at once, so the elements
  // find the language as soon as the import resolves.
  const defined = customElements.get('policy-explainer') as unknown as Registry | undefined;
  if (defined) return defined.addLanguage(tag, pack);
  void Promise.race(['policy-explainer', 'policy-timeline', 'stance-matrix'].map((name) => customElements.whenDefined(name))).then((c) =>
    (c as unknown as { addLanguage(tag: string, pack: Strings): void }).addLanguage(tag, pack),
  );
}
