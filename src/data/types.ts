/** The dataset types, generated from data/schema.json (see scripts/gen-types.mjs), plus derived names. */
export type { Dataset, Event as TimelineEvent, Actor, Issue, Stance, Source, Group, Note, ShortText, LongText } from './types.generated.js';
import type { Stance } from './types.generated.js';

export type Position = Stance['position'];
export type Basis = Stance['basis'];
/** Any human text field: one string for every language, or one string per language. */
export type Text = string | { [lang: string]: string };
