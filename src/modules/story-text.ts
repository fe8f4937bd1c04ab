import type { Dataset } from '../data/types.js';

/**
 * Part of a story kept apart from the story: each entry is a JSON pointer to a field and the
 * field's value (`/events/3/title/es` → the Spanish title; `/stances/4/summary` → a summary in
 * every language the part keeps). The embed carries its bundled story without the text its first
 * render does not show and without the languages it does not speak, and loads them as
 * `modules/story-*.js`, which export this.
 */
export type StoryText = readonly (readonly [pointer: string, value: unknown])[];

/** A copy of `story` with each part's fields put back where the pointers say, in order (a pointer to nothing is skipped). */
export const withText = (story: Dataset, ...parts: StoryText[]): Dataset => fillText(structuredClone(story), ...parts);

/** `story` itself with each part's fields put back (a field it has is kept): for a story nothing outside the bundle holds. */
export function fillText(copy: Dataset, ...parts: StoryText[]): Dataset {
  for (const part of parts)
    for (const [pointer, value] of part) {
      const keys = pointer.split('/').slice(1);
      const last = keys.pop()!;
      let node: unknown = copy;
      for (const key of keys) node = node && typeof node == 'object' ? (node as Record<string, unknown>)[key] : undefined;
      if (node && typeof node == 'object' && !Object.hasOwn(node, last)) (node as Record<string, unknown>)[last] = value;
    }
  return copy;
}

/**
 * The reverse, for the build: `story` without the fields `take` picks (by pointer, given the
 * field's value), and those fields as StoryText.
 */
export function splitText(
  story: Dataset,
  take: (pointer: string, value: unknown, parent: object) => boolean,
): { story: Dataset; texts: [string, unknown][] } {
  const texts: [string, unknown][] = [];
  const walk = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((v, i) => walk(v, `${path}/${i}`));
    if (!node || typeof node != 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (take(`${path}/${k}`, v, node)) texts.push([`${path}/${k}`, v]);
      else out[k] = walk(v, `${path}/${k}`);
    }
    return out;
  };
  return { story: walk(story, '') as Dataset, texts };
}

/** What `splitText` takes for a language: its string in every text object (one with English). */
export const language = (tag: string) => (pointer: string, value: unknown, parent: object) =>
  pointer.endsWith(`/${tag}`) && typeof value == 'string' && typeof (parent as Record<string, unknown>).en == 'string';

/**
 * What the first render of a story does not show, only a click (an event's details, a cell's
 * evidence, the closed list of sources) or paper: event summaries, the positions' quotes and
 * summaries, the questions' descriptions, the sources' names and links, and the story's `$schema`
 * (a pointer for editors, not readers). The embed keeps them apart
 * as modules/story-details.js.
 */
export const DETAILS =
  /^\/(\$schema|events\/\d+\/summary|stances\/\d+\/(summary|quote|quoteBy|quoteTranslation)|issues\/\d+\/description|sources\/\d+\/(label|url|publisher|date))$/;
