/**
 * HTML character references decoded by the browser's own parser, for the on-demand modules: the
 * `entities` package's tables weigh about 38 KB, and a browser already knows every reference. The
 * text goes into a <textarea> of a document that is never shown (DOMParser runs no script, loads
 * nothing), whose content the HTML parser decodes but never reads as tags. The embed build resolves
 * `entities/decode` to this file for modules only (rollup.config.mjs); test/convert/html-text.test.ts
 * holds both to the same answers.
 */
export function decodeHTML(text: string): string {
  if (!text.includes('&')) return text;
  const doc = new DOMParser().parseFromString(`<!doctype html><textarea>${text.replace(/</g, '&lt;')}</textarea>`, 'text/html');
  return doc.querySelector('textarea')?.value ?? text;
}

export const decodeHTMLAttribute = decodeHTML;
