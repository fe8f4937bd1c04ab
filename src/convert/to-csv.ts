import { formatRows, languagesOf, text, toCsv } from '../data/csv.js';
import type { Dataset, Note, Text } from '../data/types.js';
import { TABLES } from './csv-tables.js';

/**
 * The dataset as spreadsheet tabs: the tables toCsv() writes (unchanged), plus dataset.csv and
 * notes.csv for what those leave out, so that from-csv gives the same dataset back.
 */
export function datasetToCsv(d: Dataset): Record<string, string> {
  const langs = languagesOf(d);
  const per = (name: string) => langs.map((l) => `${name}_${l}`);
  const texts = (t: Text | undefined) => langs.map((l) => text(t, l));
  const files: Record<string, string> = {
    'events.csv': toCsv(d, 'events'),
    'actors.csv': toCsv(d, 'actors'),
    'issues.csv': toCsv(d, 'issues'),
    'stances.csv': toCsv(d, 'stances'),
    'sources.csv': toCsv(d, 'sources'),
  };
  if (d.groups) files['groups.csv'] = toCsv(d, 'groups');
  files['dataset.csv'] = formatRows([
    ['$schema', 'id', ...per('title'), ...per('summary'), 'asOf', 'updated'],
    [d.$schema, d.id, ...texts(d.title), ...texts(d.summary), d.asOf, d.updated],
  ]);
  const notes: unknown[][] = [];
  const add = (on: string, list: Note[] | undefined) =>
    list?.forEach((note) => notes.push([on, note.kind, note.date, ...texts(note.text)]));
  add('dataset', d.notes);
  d.events.forEach((e) => add(`event:${e.id}`, e.notes));
  d.stances.forEach((s) => add(`stance:${s.actor}:${s.issue}:${s.date}`, s.notes));
  if (notes.length) files['notes.csv'] = formatRows([['on', 'kind', 'date', ...per('text')], ...notes]);
  return files;
}

/** The tabs a new story starts from: each table's header row in English and Spanish, no rows. */
export function templateTabs(langs: string[] = ['en', 'es']): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [table, spec] of Object.entries(TABLES)) {
    const header = spec.fields
      .flatMap((f) => (f.kind === 'text' ? langs.map((l) => `${f.name}_${l}`) : [f.name]))
      .filter((h) => h !== '$schema');
    files[`${table}.csv`] = formatRows([header]);
  }
  return files;
}
