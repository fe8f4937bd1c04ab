// The bundled story as the embed carries it, and the parts it loads on demand: one split, shared
// by the build (rollup.config.mjs) and the size bench's attribution (bench/size.mjs), made by the
// same code that merges it back in readers' browsers (src/modules/story-text.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
/** src/modules/story-text.ts, compiled for this config: one split of the story, the same code that merges it back. */
const storyTextCode = transformSync(readFileSync(root('src/modules/story-text.ts'), 'utf8'), { loader: 'ts', format: 'esm' }).code;
const { splitText, language, DETAILS } = await import(`data:text/javascript;base64,${Buffer.from(storyTextCode).toString('base64')}`);
export const STORY = 'data/chicago-welcoming-city.json';
/** The languages of the bundled story's text besides English: each leaves the script for modules/story-<tag>.js. */
export const storyLanguages = (() => {
  const tags = new Set();
  JSON.parse(readFileSync(root(STORY), 'utf8'), (key, value) => {
    if (value && typeof value === 'object' && typeof value.en === 'string') for (const k of Object.keys(value)) if (k !== 'en') tags.add(k);
    return value;
  });
  return [...tags].sort();
})();
/**
 * The bundled story as the embed carries it (English, what the first render shows), and its parts:
 * each other language's text (`texts[tag]`), then the details (`texts.details`), merged back in the
 * reverse order (src/data/bundled.ts). `edit` changes the story first (the size bench's "what if").
 */
export const storyParts = (edit = (story) => story) => {
  let story = edit(JSON.parse(readFileSync(root(STORY), 'utf8')));
  const texts = {};
  for (const tag of storyLanguages) ({ story, texts: texts[tag] } = splitText(story, language(tag)));
  ({ story, texts: texts.details } = splitText(story, (pointer) => DETAILS.test(pointer)));
  return { story, texts };
};
