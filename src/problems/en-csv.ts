import type { CodeWords, CsvCode, DatasetCode } from './codes.js';
import { datasetWords } from './en-dataset.js';
import { atEn, more, n, table } from './en-place.js';

/** A story's CSV files, or a live sheet's tabs (csv-read.ts, from-csv.ts), in English. */

const csvs = (tabs: string[]) => tabs.map((t) => `${t}.csv`).join(', ');

export const EN_CSV: CodeWords<CsvCode> = {
  'csv-not-a-tab': (p) => `is not one of the tabs this command reads; name it ${csvs(p.tabs)}`,
  'csv-skipped': (p) => `skipped (not one of ${csvs(p.tabs)})`,
  'csv-second-table': (p) => `is a second ${p.table} table (the first is ${p.first})`,
  'csv-tab-missing': (_p, at) =>
    `is missing: a dataset needs ${['events', 'actors', 'issues'].map((t) => table(t, at)).join(', ')} and ${table('stances', at)}`,
  'csv-dataset-second-row': (_p, at) => `is a second row; ${table('dataset', at)} has one row under its header`,
  'csv-no-title': (p, at) =>
    `has no title: give ${table('dataset', at, true)} with title_en (and title_es…)${p.field === undefined ? '' : ` or ${p.field} "…"`}`,
  'csv-no-as-of': (p, at) =>
    `has no "as of" date: give ${table('dataset', at, true)} with asOf${p.field === undefined ? '' : ` or ${p.field} YYYY-MM-DD`} (the date the facts are current to)`,
  'csv-id-made': (p) => `no id given: using "${p.id}" (from the title)`,
  'csv-sources-made': (p, at) =>
    `no ${at.tabs ? '"sources" tab' : 'sources.csv'}: made ${n(p.count, 'placeholder source')} labelled with ${p.count === 1 ? 'its id' : 'their ids'} (${p.ids.join(', ')}${more(p.count, p.ids.length)}); add ${table('sources', at, true)} with id, label_en, url, archived, publisher, date`,
  'note-event-unknown': (p, at) => `"${p.on}": there is no event with id "${p.id}" in ${table('events', at)}`,
  'note-stance-unknown': (p, at) =>
    `"${p.on}": no row of ${table('stances', at)} has actor "${p.actor}", issue "${p.issue}" and date "${p.date}"`,
  'note-target': (p) =>
    `"${p.on}" is not a note target: leave it empty (or "dataset") for the story, "event:<id>", or "stance:<actor>:<issue>:<date>"`,
  'csv-empty': () => 'is empty: the first row must be the column names',
  'csv-quote-unclosed': () => 'has a quote (") that is never closed: everything after it was read as one cell',
  'csv-unnamed-column': () => 'has values but no column name in row 1',
  'csv-unknown-column': (p, at) => `"${p.header}" is not a column of ${table(p.table, at)} (its columns: ${p.known.join(', ')})`,
  'csv-repeated-column': (p) => `"${p.header}" repeats column ${p.first}`,
  'csv-text-both': (p) => `has both a "${p.field}" column and "${p.field}_<language>" columns; use one or the other`,
  'csv-column-missing': (p) =>
    p.text
      ? `has no column "${p.field}_en" (one column per language: ${p.field}_en, ${p.field}_es…), which every row needs`
      : `has no column "${p.field}", which every row needs`,
  'csv-beyond-last': (p) => `has a value beyond the last named column (${p.last}); a stray comma or an unquoted line break?`,
  'cell-formula': () => "starts like a spreadsheet formula: kept as plain text, never run (the CSV written from it guards it with ')",
  'cell-html': () => 'contains HTML: shown as plain text, tags and all; write the text without tags',
  'cells-more': (p) => `has ${p.count} more cells ${p.kind === 'formula' ? 'that start like a formula' : 'with HTML'}`,
};

/** The validator's words for its problems placed in the files (from-csv.ts): a reference by its file, row and column. */
export const EN_DATASET_PLACED: CodeWords<DatasetCode> = datasetWords(atEn);
