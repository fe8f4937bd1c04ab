import { COLUMNS } from '../data/csv.js';
import { requiredFields } from './schema-facts.js';

/**
 * The spreadsheet layout of a dataset: one tab per table, exported as CSV. The data tables have
 * exactly the columns `toCsv()` (src/data/csv.ts) writes, from the same COLUMNS list — text fields
 * one column per language (`title_en`, `title_es`), id lists joined with ";" — so what the widget's
 * "Get the data" gives an editor can be read back. Two more tabs carry what those leave out:
 * `dataset.csv` (the story's own fields, one row) and `notes.csv`.
 */

/** How a column's cells become JSON. */
export type Kind =
  /** A plain string (ids, dates, enums, URLs); trimmed; an empty cell leaves the field out. */
  | 'plain'
  /** Human text: a bare `field` column, or `field_<lang>` columns (`title_en`, `title_es`). */
  | 'text'
  /** Ids joined with ";". */
  | 'ids';

export interface FieldSpec {
  name: string;
  kind: Kind;
}

export interface TableSpec {
  /** Columns, in the order toCsv writes them. */
  fields: FieldSpec[];
  /** Fields every row needs a column for (the schema's required fields). */
  required: string[];
  /** Order of the keys in the JSON objects (as the bundled dataset orders them). */
  keys: string[];
}

const f = (spec: string): FieldSpec[] =>
  spec.split(' ').map((s) => {
    const [name, kind = 'plain'] = s.split(':');
    return { name, kind: kind as Kind };
  });

export const TABLES = {
  events: {
    fields: f(COLUMNS.events),
    required: requiredFields('Event'),
    keys: ['id', 'date', 'end', 'kind', 'title', 'summary', 'actors', 'sources', 'notes'],
  },
  actors: {
    fields: f(COLUMNS.actors),
    required: requiredFields('Actor'),
    keys: ['id', 'name', 'role', 'group'],
  },
  issues: {
    fields: f(COLUMNS.issues),
    required: requiredFields('Issue'),
    keys: ['id', 'label', 'description', 'short'],
  },
  stances: {
    fields: f(COLUMNS.stances),
    required: requiredFields('Stance'),
    keys: [
      'actor',
      'issue',
      'position',
      'basis',
      'date',
      'quote',
      'quoteLang',
      'quoteBy',
      'quoteTranslation',
      'quoteSource',
      'summary',
      'sources',
      'notes',
    ],
  },
  sources: {
    fields: f(COLUMNS.sources),
    required: requiredFields('Source'),
    keys: ['id', 'label', 'publisher', 'date', 'url', 'archived'],
  },
  groups: {
    fields: f(COLUMNS.groups),
    required: requiredFields('Group'),
    keys: ['id', 'label'],
  },
  dataset: {
    fields: f('$schema id title:text summary:text asOf updated'),
    // Options can give any of these (--title, --as-of …), so no column is required.
    required: [],
    keys: ['$schema', 'id', 'title', 'summary', 'asOf', 'updated', 'notes', 'sources', 'groups', 'events', 'actors', 'issues', 'stances'],
  },
  notes: {
    // `on`: empty or "dataset", "event:<id>", or "stance:<actor>:<issue>:<date>".
    fields: f('on kind date text:text'),
    required: requiredFields('Note'),
    keys: ['kind', 'date', 'text'],
  },
} satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
/** The four tabs a story needs; the others are optional. */
export const REQUIRED_TABLES: TableName[] = ['events', 'actors', 'issues', 'stances'];

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** Reverses the CSV-injection guard: the "'" toCsv put before = + - @ (tab, CR) comes off. */
export const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
