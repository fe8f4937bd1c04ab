import type { Position } from '../data/types.js';

/**
 * The explainer's default colours, light and dark, as data: the studio's social cards paint with
 * them (`src/studio/social.ts`). The elements' CSS (`theme.ts`) writes the same values out as
 * literal custom properties, which gzip better than CSS built from this object at run time (+106 B);
 * test/shared/palette.test.ts holds the two, and the README's table, to the same values.
 * Okabe–Ito-derived, colour-blind safe; every position also has an icon and a word. A position
 * is `[ink, background]`.
 */
export const PALETTE = {
  light: {
    bg: '#ffffff',
    surface: '#f5f4f0',
    text: '#1b1b1b',
    muted: '#575757',
    rule: '#c9c6bd',
    accent: '#0a5ba8',
    focus: '#0a5ba8',
    note: '#fff6d6',
    support: ['#0a6bb0', '#e3f0fa'],
    oppose: ['#b34a00', '#fbe9dd'],
    mixed: ['#7a5c00', '#f6efd8'],
    unknown: ['#6b6b6b', '#f0f0f0'],
  },
  dark: {
    bg: '#17191d',
    surface: '#22252b',
    text: '#ececec',
    muted: '#b0b0b0',
    rule: '#4a4d55',
    accent: '#7cb8f0',
    focus: '#9ccaf5',
    note: '#3a3318',
    support: ['#7cc0f2', '#1b3347'],
    oppose: ['#f2a56b', '#45291a'],
    mixed: ['#e3c45a', '#3d3416'],
    unknown: ['#b0b0b0', '#2c2e33'],
  },
} as const satisfies Record<'light' | 'dark', Palette>;

type Colour = 'bg' | 'surface' | 'text' | 'muted' | 'rule' | 'accent' | 'focus' | 'note';
export type Palette = Record<Colour, string> & Record<Position, readonly [ink: string, background: string]>;

/**
 * Each colour's private token and public hook: `--_bg` is `var(--pe-color-bg, <default>)`.
 * Positions follow one pattern: `--_support` / `--pe-support`, `--_support-bg` / `--pe-support-bg`.
 */
export const HOOKS: Record<Colour, [token: string, hook: string]> = {
  bg: ['bg', 'color-bg'],
  surface: ['surface', 'color-surface'],
  text: ['text', 'color-text'],
  muted: ['muted', 'color-muted'],
  rule: ['rule', 'color-rule'],
  accent: ['accent', 'accent'],
  focus: ['focus', 'focus'],
  note: ['note-bg', 'note-bg'],
};
