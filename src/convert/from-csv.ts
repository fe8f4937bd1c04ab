import { validate } from '../data/validate.js';
import { pointerJoin } from '../data/json-pointer.js';
import { REQUIRED_TABLES, TABLES, TABLE_NAMES, columnLetter, unguard, type TableName } from './csv-tables.js';
import { readTable, tableOf, type Column, type Row, type Table } from './csv-read.js';
import { baseName, type TextFile } from './files.js';
import { slug, today } from './defaults.js';
import { madeUp, raising, type Conversion, type Place, type Problem } from './problems.js';
import { EN_CSV, EN_DATASET_PLACED } from '../problems/en-csv.js';
import type { CsvCode, DatasetCode } from '../problems/codes.js';
import type { Problem as Invalid } from '../data/validate.js';

/** The CSV files' problems, and the validator's placed in them (a reference by its file, row and column). */
const { error, warning, reworded } = /* @__PURE__ */ raising(EN_CSV, EN_DATASET_PLACED);

/**
 * A dataset from a spreadsheet's tabs exported as CSV (the tables the widget's "Get the data" and
 * `to-csv` write): rows become objects, notes.csv rows go to what they are about, and every
 * problem — a missing tab, an unknown column, a note about nothing, then every validation
 * problem — is named by the file, row and column it came from, so an editor can fix them all in
 * one go. No file system here: the caller reads the files (the command line from disk, the
 * studio from a drop).
 */

/** The story's own fields, given outside the files; they win over dataset.csv. */
export interface StoryFields {
  id?: string;
  title?: string;
  summary?: string;
  asOf?: string;
  updated?: string;
}

export interface CsvOptions {
  story?: StoryFields;
  /** How a person gives each story field, for messages: by default the command line's flags ("--as-of"). */
  names?: Partial<Record<keyof StoryFields, string>>;
  /** The date for `updated` when nothing gives one (YYYY-MM-DD; default: today, in UTC). */
  today?: string;
}

const FLAGS: Record<keyof StoryFields, string> = {
  id: '--id',
  title: '--title',
  summary: '--summary',
  asOf: '--as-of',
  updated: '--updated',
};

/** Where each JSON pointer of the dataset came from, in places an editor can find in the sheet. */
type Provenance = Map<string, Place>;

const ordered = (obj: Record<string, unknown>, keys: string[]) => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
};

/** A cell's place: its file, row, column letter and name, and its text. */
const cellPlace = (t: Table, r: Row, c: Column): Place => ({
  file: t.file,
  row: r.row,
  column: columnLetter(c.index),
  header: c.header,
  value: r.cells[c.index] ?? '',
});

/** Turns one row into a JSON object (keys in the dataset's usual order), recording where each field came from. */
function rowObject(t: Table, r: Row, pointer: string, prov: Provenance): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  prov.set(pointer, { file: t.file, row: r.row });
  for (const field of TABLES[t.name].fields) {
    const cols = t.columns.filter((c) => c.field === field);
    if (!cols.length) continue;
    const value = (c: Column) => unguard(r.cells[c.index] ?? '');
    const at = pointerJoin(pointer, field.name);
    prov.set(at, cellPlace(t, r, cols[0]));
    if (field.kind === 'plain') {
      const v = value(cols[0]).trim();
      if (v) obj[field.name] = v;
    } else if (field.kind === 'ids') {
      const ids = value(cols[0])
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      // An event's actors are always a list, possibly empty (as the bundled dataset writes them).
      if (ids.length || (t.name === 'events' && field.name === 'actors')) obj[field.name] = ids;
    } else if (cols[0].lang === undefined) {
      const v = value(cols[0]);
      if (v.trim()) obj[field.name] = v;
    } else {
      const texts: Array<[string, string]> = [];
      for (const c of cols) {
        prov.set(pointerJoin(at, c.lang!), cellPlace(t, r, c));
        const v = value(c);
        if (v.trim()) texts.push([c.lang!, v]);
      }
      // English alone is a plain string; several languages are an object (English first, as written).
      if (texts.length === 1 && texts[0][0] === 'en') obj[field.name] = texts[0][1];
      else if (texts.length) obj[field.name] = Object.fromEntries(texts);
    }
  }
  return obj;
}

/** Names each file's table; a file that is no table, or a second one of a table, is an error. */
function tablesOf(files: TextFile[], problems: Problem<CsvCode | DatasetCode>[]): Map<TableName, TextFile> {
  const found = new Map<TableName, TextFile>();
  for (const f of files) {
    const table = tableOf(f.name);
    const file = baseName(f.name);
    if (!table) problems.push(error('csv-not-a-tab', { tabs: [...TABLE_NAMES] }, { file }));
    else if (found.has(table)) problems.push(error('csv-second-table', { table, first: found.get(table)!.name }, { file }));
    else found.set(table, f);
  }
  return found;
}

/**
 * Builds a dataset from a spreadsheet's tabs: `files` are CSV texts named by table (events.csv,
 * or a spreadsheet's export name such as "My story - events.csv").
 */
export function csvToDataset(files: TextFile[], options: CsvOptions = {}): Conversion<CsvCode | DatasetCode> {
  const problems: Problem<CsvCode | DatasetCode>[] = [];
  const names = { ...FLAGS, ...options.names };
  const found = tablesOf(files, problems);
  for (const t of REQUIRED_TABLES) if (!found.has(t)) problems.push(error('csv-tab-missing', {}, { file: `${t}.csv` }));
  const tables = new Map<TableName, Table>();
  for (const [name, file] of found) {
    const read = readTable(file, name);
    problems.push(...read.problems);
    if (read.table) tables.set(name, read.table);
  }
  const failed = () => problems.some((p) => p.severity === 'error');
  if (failed()) return { problems };

  const prov: Provenance = new Map();
  const build = (name: TableName) => {
    const t = tables.get(name);
    if (!t) return undefined;
    prov.set(`/${name}`, { file: t.file });
    return t.rows.map((r, i) => ordered(rowObject(t, r, `/${name}/${i}`, prov), TABLES[name].keys));
  };

  // The story's own fields: dataset.csv (one row), then the options on top.
  const meta: Record<string, unknown> = {};
  const metaTable = tables.get('dataset');
  if (metaTable) {
    if (metaTable.rows.length > 1) problems.push(error('csv-dataset-second-row', {}, { file: metaTable.file, row: metaTable.rows[1].row }));
    if (metaTable.rows.length) Object.assign(meta, rowObject(metaTable, metaTable.rows[0], '', prov));
  }
  for (const key of Object.keys(FLAGS) as Array<keyof StoryFields>) {
    if (options.story?.[key] !== undefined) {
      meta[key] = options.story[key];
      prov.set(`/${key}`, { origin: names[key] });
    }
  }
  prov.set('', metaTable ? { file: metaTable.file } : madeUp({ made: 'dataset' }));
  if (meta.title === undefined) problems.push(error('csv-no-title', { field: names.title }, madeUp({ made: 'dataset' })));
  if (meta.asOf === undefined) problems.push(error('csv-no-as-of', { field: names.asOf }, madeUp({ made: 'dataset' })));
  if (meta.id === undefined && meta.title !== undefined) {
    const title = typeof meta.title === 'string' ? meta.title : ((meta.title as Record<string, string>).en ?? '');
    meta.id = slug(title);
    prov.set('/id', madeUp({ made: 'id', flag: names.id }));
    problems.push(warning('csv-id-made', { id: String(meta.id) }));
  }
  if (meta.updated === undefined) meta.updated = options.today ?? today();

  const events = build('events')!;
  const stances = build('stances')!;
  const dataset: Record<string, unknown> = { ...meta };
  dataset.events = events;
  dataset.actors = build('actors')!;
  dataset.issues = build('issues')!;
  dataset.stances = stances;
  const groups = build('groups');
  if (groups) dataset.groups = groups;
  const sources = build('sources');
  if (sources) dataset.sources = sources;
  else {
    // No sources tab: one placeholder per cited id, so the data loads; the editor must fill them in.
    const ids = [...new Set([...events, ...stances].flatMap((o) => (o.sources as string[] | undefined) ?? []))];
    dataset.sources = ids.map((id) => ({ id, label: id }));
    prov.set('/sources', madeUp({ made: 'sources' }));
    if (ids.length) problems.push(warning('csv-sources-made', { count: ids.length, ids: ids.slice(0, 5) }));
  }

  const notesTable = tables.get('notes');
  if (notesTable) attachNotes(notesTable, dataset, prov, problems);
  if (failed()) return { problems };

  const result = validate(ordered(dataset, TABLES.dataset.keys));
  if (!result.ok) return { problems: [...problems, ...result.problems.map((p) => locateProblem(p, prov))] };
  return { dataset: result.dataset, problems };
}

/** notes.csv rows go to the dataset, an event (by id) or a stance (by actor, issue and date). */
function attachNotes(t: Table, dataset: Record<string, unknown>, prov: Provenance, problems: Problem<CsvCode | DatasetCode>[]): void {
  const onColumn = t.columns.find((c) => c.field.name === 'on');
  const events = dataset.events as Array<Record<string, unknown>>;
  const stances = dataset.stances as Array<Record<string, unknown>>;
  for (const r of t.rows) {
    const on = onColumn ? unguard(r.cells[onColumn.index] ?? '').trim() : '';
    const where: Place = onColumn ? { ...cellPlace(t, r, onColumn), header: 'on' } : { file: t.file, row: r.row };
    let owner: Record<string, unknown> | undefined;
    let pointer = '';
    let m: RegExpExecArray | null;
    if (on === '' || on === 'dataset') owner = dataset;
    else if ((m = /^event:(.+)$/.exec(on))) {
      const i = events.findIndex((e) => e.id === m![1].trim());
      if (i >= 0) [owner, pointer] = [events[i], `/events/${i}`];
      else problems.push(error('note-event-unknown', { on, id: m[1].trim() }, where));
    } else if ((m = /^stance:([^:]+):([^:]+):(.+)$/.exec(on))) {
      const [actor, issue, date] = [m[1].trim(), m[2].trim(), m[3].trim()];
      const i = stances.findIndex((s) => s.actor === actor && s.issue === issue && s.date === date);
      if (i >= 0) [owner, pointer] = [stances[i], `/stances/${i}`];
      else problems.push(error('note-stance-unknown', { on, actor, issue, date }, where));
    } else {
      problems.push(error('note-target', { on }, where));
    }
    if (!owner) continue;
    const notes = ((owner.notes as unknown[] | undefined) ?? []) as unknown[];
    const at = `${pointer}/notes/${notes.length}`;
    notes.push(ordered(rowObject(t, r, at, prov), TABLES.notes.keys));
    delete (notes[notes.length - 1] as Record<string, unknown>).on;
    prov.delete(`${at}/on`);
    owner.notes = notes;
  }
  // Keep each object's keys in the usual order now that it has notes.
  events.forEach((e, i) => (events[i] = ordered(e, TABLES.events.keys)));
  stances.forEach((s, i) => (stances[i] = ordered(s, TABLES.stances.keys)));
}

/** A validation problem in the editor's terms: the file, row and column it came from. */
function locateProblem(problem: Invalid, prov: Provenance): Problem<DatasetCode> {
  const { path } = problem;
  let p = path;
  let where = prov.get(p);
  while (where === undefined && p !== '') {
    p = p.slice(0, p.lastIndexOf('/'));
    where = prov.get(p);
  }
  // "repeats the id of /events/0" → "… of events.csv row 2"; "not in /sources" → "not in sources.csv".
  const params: Record<string, unknown> = { ...problem.params };
  for (const key of ['first', 'list']) {
    const ref = params[key];
    if (typeof ref === 'string' && /^\/(events|actors|issues|stances|sources|groups)(\/\d+)?$/.test(ref) && prov.has(ref))
      params[key] = prov.get(ref);
  }
  return reworded(problem, { params, ...(where ?? madeUp({ made: 'dataset' })), path });
}
