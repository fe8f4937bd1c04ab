/**
 * States of the studio for its parts' tests: what the producer brought, converted exactly as the
 * page's reader does (buildStory, run here without a worker), and actions that only record calls.
 */
import { buildStory } from '../../src/studio/build.js';
import type { Actions } from '../../src/studio/controller.js';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import { addInput, type Input } from '../../src/studio/intake.js';
import { initialState, type StudioState } from '../../src/studio/store.js';
import { STRINGS, type UiLang } from '../../src/studio/strings.js';

export const HOME = 'https://news.example/dist/';

/** The state once these tabs (the example, with `edit` replacing some) are read. */
export function stateWith(edit: Record<string, string> = {}, lang: UiLang = 'en', more: Partial<StudioState> = {}): StudioState {
  const inputs = Object.entries({ ...EXAMPLE_TABS, ...edit }).reduce<Input[]>((all, [name, text]) => addInput(all, { name, text }), []);
  const result = buildStory(inputs, {}, lang, STRINGS[lang].fileNotRecognised, '2025-01-01');
  return { ...initialState(lang, HOME), inputs, result, ...more };
}

/** Actions that do nothing but say they were called, and with what. */
export function recordingActions(): { actions: Actions; calls: Array<[string, unknown[]]> } {
  const calls: Array<[string, unknown[]]> = [];
  const actions = new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args: unknown[]) => {
          calls.push([String(name), args]);
          return Promise.resolve();
        },
    },
  ) as Actions;
  return { actions, calls };
}

/** A container in the test page, emptied after each test by the caller. */
export function container(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

/** Text as a reader sees it: white space squeezed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
