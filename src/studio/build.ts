import {
  checkDatasetText,
  csvToDataset,
  stripBom,
  timelineJsToDataset,
  type Conversion,
  type Located,
  type Problem,
} from '../convert/index.js';
import type { Input } from './intake.js';
import { given } from '../convert/problems.js';
import { validate } from '../data/validate.js';
import type { UiLang } from './strings.js';

/**
 * From what the producer brought to a dataset and its problems, through exactly the conversions
 * the command line runs (src/convert): the studio adds no rule of its own. Pure: no DOM.
 */

export type { Input } from './intake.js';

/** The story fields the studio asks for when no file gives them (the command line's --title, --as-of). */
export interface StoryFields {
  title?: string;
  asOf?: string;
}

/** How messages name the studio's own fields, where the command line names its flags. */
const FIELD_NAMES: Record<UiLang, { title: string; asOf: string; id: string; summary: string; updated: string }> = {
  en: {
    title: 'the Title field',
    asOf: 'the “As of” field',
    id: 'an id column in dataset.csv',
    summary: 'a summary_en column in dataset.csv',
    updated: 'an updated column in dataset.csv',
  },
  es: {
    title: 'el campo Título',
    asOf: 'el campo «Fecha de los datos»',
    id: 'una columna id en dataset.csv',
    summary: 'una columna summary_en en dataset.csv',
    updated: 'una columna updated en dataset.csv',
  },
};

/** The dataset and every problem, for what is there now. `unknown` names the message for a file no converter reads. */
export function buildStory(inputs: Input[], story: StoryFields, lang: UiLang, unknown: string, today?: string): Conversion {
  const names = FIELD_NAMES[lang];
  const problems: Problem[] = [];
  for (const i of inputs) if (i.kind.kind === 'unknown') problems.push(given('error', unknown, { file: i.name }));
  const known = inputs.filter((i) => i.kind.kind !== 'unknown');
  if (!known.length) return { problems };

  const first = known[0];
  let result: Conversion;
  if (first.kind.kind === 'dataset') {
    const report = checkDatasetText(first);
    const at = ({ line, column, ...p }: Located, severity: 'error' | 'warning'): Problem =>
      ({ ...p, severity, file: first.name, position: { line, column } }) as Problem;
    const warnings = report.warnings.map((w) => at(w, 'warning'));
    if (!report.ok) result = { problems: [...report.problems.map((p) => at(p, 'error')), ...warnings] };
    else {
      const valid = validate(JSON.parse(stripBom(first.text)));
      result = valid.ok ? { dataset: valid.dataset, problems: warnings } : { problems: warnings };
    }
  } else if (first.kind.kind === 'timelinejs') {
    result = timelineJsToDataset(first, { asOf: story.asOf || undefined, names: { asOf: names.asOf }, ...(today ? { today } : {}) });
  } else {
    result = csvToDataset(known, {
      story: { ...(story.title ? { title: story.title } : {}), ...(story.asOf ? { asOf: story.asOf } : {}) },
      names,
      ...(today ? { today } : {}),
    });
  }
  if (problems.length) return { problems: [...problems, ...result.problems] };
  return result;
}
