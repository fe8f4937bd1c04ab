// Every snippet we publish for pasting into a page: the README's "Embed it" section (each ```html
// block) and the bloggers' page (demo/snippets.js, for four sets of options), with what a reader
// should see from each: the explainer (its story, language and view) or, where a filter strips
// it, its fallback (a sentence and the data link).
import { readFileSync } from 'node:fs';
import { snippets as bloggers } from '../../demo/snippets.js';

const root = new URL('../../', import.meta.url);
export const PUBLISHED = 'https://unpkg.com/policy-explainer/';
export const SCRIPT = `<script src="${PUBLISHED}dist/policy-explainer.js" defer></script>`;

/** The README's "Embed it" snippets: its ```html blocks, in order. */
export function readmeSnippets() {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const start = readme.indexOf('\n## Embed it');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  if (!blocks.length) throw new Error('README.md: no ```html snippets in "## Embed it"');
  return blocks.map((html, i) => ({ name: `README snippet ${i + 1}`, html }));
}

/**
 * The bloggers' page's three snippets, for the defaults, for Spanish (matrix only), and for two
 * languages whose script comes beside the embed's: French (dark, timeline only) and Arabic (right
 * to left, the full explainer).
 */
export function bloggerSnippets() {
  return [{}, { lang: 'es', view: 'matrix' }, { lang: 'fr', theme: 'dark', view: 'timeline' }, { lang: 'ar' }].flatMap((options) => {
    const label = Object.values(options).join(', ') || 'defaults';
    return Object.entries(bloggers(options)).map(([kind, html]) => ({ name: `bloggers' ${kind} (${label})`, html }));
  });
}

/**
 * What a snippet promises: `kind` (element, script, iframe), the `lang` and `view` it asks for,
 * whether its data is inline JSON or a `src`, and its fallback (the text before the first link,
 * the link's text and href), or null when it has none.
 */
export function describe(html) {
  const kind = /<iframe[\s>]/.test(html) ? 'iframe' : /data-embed/.test(html) ? 'script' : 'element';
  const option = (name) => new RegExp(`(?:[\\s?&](?:data-)?)${name}(?:="|=)([a-z]+)`).exec(html)?.[1];
  const link = /([^<>]*)<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(html);
  const words = (s) => s.replace(/\s+/g, ' ').trim();
  return {
    kind,
    lang: option('lang') ?? 'en',
    view: option('view') ?? 'both',
    inlineJson: /<script type="application\/json">/.test(html),
    src: /<policy-explainer[^>]*\ssrc="([^"]+)"/.exec(html)?.[1] ?? null,
    fallback: link ? { sentence: words(link[1]), href: link[2], text: words(link[3]) } : null,
  };
}

/** A snippet as run in a test page: placeholders filled, the script added where the README assumes it. */
export function fill(html, { storyUrl, storyJson }) {
  let out = html.replaceAll('/graphics/my-story.json', storyUrl).replace(/\{ "id": "my-story", "title": "…", … \}/, storyJson);
  if (/<policy-explainer/.test(out) && !out.includes('policy-explainer.js')) out = `${SCRIPT}\n${out}`;
  return out;
}

/** Text that is code or CSS, which readers must never see. */
export const CODE_AS_TEXT = /[{}<>]|=>|function\s*\(|addEventListener|:not\(|min-height|application\/json|document\.|policy-explainer/i;
