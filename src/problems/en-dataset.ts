import schema from '../../data/schema.json' with { type: 'json' };
import type { At, CodeWords, DatasetCode, Expect, Place, Reason, Shown } from './codes.js';

/**
 * The validator's problems in English: the part of the English table (en.ts) that ships with the
 * widget's validator (dist/modules/validate.js), so a reader's browser downloads these words and
 * not the converters'. A value's expected form is the schema's own description, read from
 * data/schema.json by its location.
 */

/** The description at a JSON pointer into data/schema.json ("/$defs/PartialDate"). */
export function schemaDescription(location: string): string {
  let node: unknown = schema;
  for (const key of location.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { description?: string } | undefined)?.description ?? location;
}

export const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
const json = (values: unknown[]) => values.map((e) => JSON.stringify(e)).join(', ');

export function shown(v: Shown): string {
  if ('text' in v) return JSON.stringify(v.text);
  if ('long' in v) return `a string of ${v.long} characters`;
  if ('array' in v) return `an array of ${v.array}`;
  if ('object' in v) return 'an object';
  return v.literal;
}

export function expected(e: Expect): string {
  if ('schema' in e) return schemaDescription(e.schema);
  if ('oneOf' in e) return `one of ${json(e.oneOf)}`;
  if ('objectWith' in e) return `an object with ${e.objectWith.join(', ')}`;
  if ('list' in e) return e.list ? `a list with at least ${items(e.list)}` : 'a list (it may be empty: [])';
  if ('pattern' in e) return `text matching ${e.pattern}`;
  if ('given' in e) return 'given';
  return article(e.type);
}

const KINDS = { actor: 'actors', source: 'sources', issue: 'issues', group: 'groups' } as const;

/**
 * The validator's words, given how a reference is named: the validator's own are pointers
 * ("/events/0"); a converter's may be places in its files (EN_DATASET_PLACED, en-csv.ts).
 */
export const datasetWords = (at: (a: At, where: Place) => string): CodeWords<DatasetCode> => ({
  type: (p) => `must be ${expected(p.expected)} (got ${shown(p.got)})`,
  pattern: (p) => `must be ${expected(p.expected)} (got ${shown(p.got)})`,
  enum: (p) => `must be one of ${json(p.options)} (got ${shown(p.got)})`,
  empty: () => 'must not be empty',
  'too-long': (p) => `is too long: ${p.length} characters, at most ${p.max}`,
  'too-few': (p) => `needs at least ${items(p.min)}`,
  'too-many': (p) => `has ${p.count} items, at most ${p.max} are allowed`,
  required: (p) => `is missing: it should be ${expected(p.expected)}`,
  'unknown-field': (p) => `is not a known field here (known: ${p.known.join(', ')})`,
  'date-impossible': (p) => `${shown(p.got)} is not a date that exists`,
  'date-reformatted': (p, where) =>
    `${reason(p.first, where)}; a spreadsheet reformatted it: format the date column as plain text and type dates as YYYY-MM-DD`,
  'duplicate-id': (p, where) => `repeats the id "${p.id}" of ${at(p.first, where)}; ids must be unique`,
  'story-empty': () => 'is empty and there is no stance matrix (actors and issues): a story needs one or the other',
  'unknown-ref': (p, where) => `refers to ${p.kind} "${p.id}", which is not in ${at(p.list, where)}`,
  'end-before-date': (p) => `must be later than the event's date (${p.date}); got ${p.end}`,
  'quote-basis': (p) => `a quote needs basis "own-words" (this stance's basis is "${p.basis}"); put reported words in the summary`,
  'quote-missing': () => 'is missing: an "own-words" stance needs the verbatim quote',
  'quote-source-not-cited': (p) => `is "${p.id}", which is not among this stance's sources; list it in sources too`,
  'needs-quote': () => 'only makes sense with a quote',
  'stance-unsourced': (p) =>
    `${p.state === 'empty' ? 'is empty' : 'is missing'}: a stance with position "${p.position}" needs at least one source`,
  'duplicate-stance': (p, where) =>
    `repeats ${at(p.first, where)}: the same actor, issue and date; give one of them another date or merge them`,
});

/** The validator's words for its own problems, whose references are pointers. */
export const EN_DATASET = datasetWords((a) => a as string);

/** The list a reference points into, as a pointer ("/actors"). */
export const listOf = (kind: keyof typeof KINDS) => `/${KINDS[kind]}`;

function reason(r: Reason<DatasetCode>, where: Place): string {
  return (EN_DATASET[r.code] as (params: unknown, place: Place) => string)(r.params, where);
}
