import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import { validate } from '../data/validate.js';
import { isRealDate } from '../data/dates.js';
import type { Dataset } from '../data/types.js';
import {
  CliError,
  EXIT_INVALID,
  EXIT_OK,
  UsageError,
  dateOption,
  info,
  n,
  readText,
  today,
  warn,
  writeOutput,
  type Command,
} from './io.js';
import { LANG_SUFFIX, REQUIRED_TABLES, TABLES, TABLE_NAMES, columnLetter, unguard, type FieldSpec, type TableName } from './csv-tables.js';
import { describeCounts, counts } from './validate-command.js';

interface Column {
  index: number;
  header: string;
  field: FieldSpec;
  /** For a `field_<lang>` text column. */
  lang?: string;
}

interface Table {
  name: TableName;
  file: string;
  columns: Column[];
  rows: Array<{ row: number; cells: string[] }>;
}

/** Which table a file is, by its name: events.csv, or a spreadsheet export such as "Story - events.csv". */
export function tableOf(file: string): TableName | undefined {
  const m = /(?:^|[^a-z])([a-z]+)\.csv$/i.exec(basename(file));
  const name = m?.[1].toLowerCase();
  return name && (TABLE_NAMES as string[]).includes(name) ? (name as TableName) : undefined;
}

/** The separator of a CSV export: a comma, unless the header row has none and a semicolon or tab instead (some locales' spreadsheets). */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

/** Collects every problem before giving up, so an editor fixes them all in one go. */
class Problems {
  readonly list: string[] = [];
  add(where: string, message: string): void {
    this.list.push(`${where}: ${message}`);
  }
}

/** Reads one CSV file into header-mapped rows; problems name the file, row and column. */
async function readTable(file: string, name: TableName, problems: Problems): Promise<Table | undefined> {
  const text = await readText(file);
  const label = basename(file);
  const rows = dsvFormat(delimiterOf(text)).parseRows(text);
  if (rows.length === 0 || rows[0].every((h) => h.trim() === '')) {
    problems.add(label, 'is empty: the first row must be the column names');
    return undefined;
  }
  // d3-dsv reads an unclosed quote to the end of the file; an odd number of quotes gives it away.
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) {
    problems.add(`${label} row ${rows.length}`, 'has a quote (") that is never closed: everything after it was read as one cell');
  }
  const spec = TABLES[name];
  const header = rows[0].map((h) => h.trim());
  const data = rows.slice(1).map((cells, i) => ({ row: i + 2, cells }));
  const columns: Column[] = [];
  const seen = new Map<string, number>();
  header.forEach((h, index) => {
    const at = `${label} column ${columnLetter(index)}`;
    if (h === '') {
      // Spreadsheets export trailing empty columns; one with values but no name is a mistake.
      if (data.some((r) => (r.cells[index] ?? '').trim() !== '')) problems.add(at, 'has values but no column name in row 1');
      return;
    }
    const column = matchColumn(spec.fields, h, index);
    if (!column) {
      const known = spec.fields.map((fs) => (fs.kind === 'text' ? `${fs.name}_en, ${fs.name}_es…` : fs.name)).join(', ');
      problems.add(at, `"${h}" is not a column of ${name}.csv (its columns: ${known})`);
      return;
    }
    const key = `${column.field.name}\u0000${column.lang ?? ''}`;
    if (seen.has(key)) {
      problems.add(at, `"${h}" repeats column ${columnLetter(seen.get(key)!)}`);
      return;
    }
    seen.set(key, index);
    columns.push(column);
  });
  for (const field of spec.fields) {
    const cols = columns.filter((c) => c.field === field);
    if (field.kind === 'text' && cols.some((c) => c.lang === undefined) && cols.some((c) => c.lang !== undefined)) {
      problems.add(label, `has both a "${field.name}" column and "${field.name}_<language>" columns; use one or the other`);
    }
    if ((spec.required as string[]).includes(field.name) && cols.length === 0) {
      const want =
        field.kind === 'text' ? `"${field.name}_en" (one column per language: ${field.name}_en, ${field.name}_es…)` : `"${field.name}"`;
      problems.add(label, `has no column ${want}, which every row needs`);
    }
  }
  const rowsWithData = data.filter((r) => r.cells.some((c) => c.trim() !== ''));
  for (const r of rowsWithData) {
    const extra = r.cells.slice(header.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0)
      problems.add(
        `${label} row ${r.row}, column ${columnLetter(header.length + extra)}`,
        `has a value beyond the last named column (${columnLetter(header.length - 1)}); a stray comma or an unquoted line break?`,
      );
  }
  return { name, file: label, columns, rows: rowsWithData };
}

function matchColumn(fields: FieldSpec[], header: string, index: number): Column | undefined {
  const lower = header.toLowerCase();
  for (const field of fields) {
    const name = field.name.toLowerCase();
    if (lower === name) return { index, header, field };
    if (field.kind === 'text' && lower.startsWith(`${name}_`)) {
      const lang = header.slice(name.length + 1);
      if (LANG_SUFFIX.test(lang)) return { index, header, field, lang };
    }
  }
  return undefined;
}

/** Where each JSON pointer of the dataset came from, in words an editor can find in the sheet. */
type Provenance = Map<string, string>;

/** Turns one row into a JSON object (keys in the dataset's usual order), recording where each field came from. */
function rowObject(t: Table, r: { row: number; cells: string[] }, pointer: string, prov: Provenance): Record<string, unknown> {
  const spec = TABLES[t.name];
  const obj: Record<string, unknown> = {};
  const where = (c: Column) => `${t.file} row ${r.row}, column ${c.header} (${columnLetter(c.index)})`;
  prov.set(pointer, `${t.file} row ${r.row}`);
  for (const field of spec.fields) {
    const cols = t.columns.filter((c) => c.field === field);
    if (!cols.length) continue;
    const value = (c: Column) => unguard(r.cells[c.index] ?? '');
    const at = `${pointer}/${field.name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    prov.set(at, where(cols[0]));
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
        prov.set(`${at}/${c.lang}`, where(c));
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

const ordered = (obj: Record<string, unknown>, keys: string[]) => {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
};

/** A dataset id from a title: "Chicago’s Welcoming City" → "chicagos-welcoming-city". */
export function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64)
      .replace(/-+$/, '') || 'story'
  );
}

export interface CsvFlags {
  id?: string;
  title?: string;
  summary?: string;
  asOf?: string;
  updated?: string;
}

export interface CsvResult {
  dataset?: Dataset;
  problems: string[];
  warnings: string[];
}

/** Expands folders into the CSV files they hold and names each file's table. */
async function collectFiles(inputs: string[], problems: Problems, warnings: string[]): Promise<Map<TableName, string>> {
  const files = new Map<TableName, string>();
  const add = (file: string, fromFolder: boolean) => {
    const table = tableOf(file);
    if (!table) {
      if (fromFolder) warnings.push(`${file}: skipped (not one of ${TABLE_NAMES.map((t) => `${t}.csv`).join(', ')})`);
      else
        problems.add(basename(file), `is not one of the tabs this command reads; name it ${TABLE_NAMES.map((t) => `${t}.csv`).join(', ')}`);
      return;
    }
    if (files.has(table)) problems.add(basename(file), `is a second ${table} table (the first is ${files.get(table)})`);
    else files.set(table, file);
  };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      throw new CliError(`${input}: no such file or folder`);
    }
    if (isDir) {
      const names = (await readdir(input)).filter((f) => /\.csv$/i.test(f)).sort();
      for (const name of names) add(join(input, name), true);
    } else add(input, false);
  }
  return files;
}

/**
 * Builds a dataset from a spreadsheet's tabs. Everything that goes wrong is collected — missing
 * or unknown columns, stray cells, notes for things that do not exist, then every validation
 * problem — and named by file, row and column.
 */
export async function fromCsv(inputs: string[], flags: CsvFlags): Promise<CsvResult> {
  const problems = new Problems();
  const warnings: string[] = [];
  const files = await collectFiles(inputs, problems, warnings);
  for (const t of REQUIRED_TABLES)
    if (!files.has(t)) problems.add(`${t}.csv`, 'is missing: a dataset needs events.csv, actors.csv, issues.csv and stances.csv');
  const tables = new Map<TableName, Table>();
  for (const [name, file] of files) {
    const t = await readTable(file, name, problems);
    if (t) tables.set(name, t);
  }
  if (problems.list.length) return { problems: problems.list, warnings };

  const prov: Provenance = new Map();
  const build = (name: TableName) => {
    const t = tables.get(name);
    if (!t) return undefined;
    prov.set(`/${name}`, t.file);
    return t.rows.map((r, i) => ordered(rowObject(t, r, `/${name}/${i}`, prov), TABLES[name].keys));
  };

  // The story's own fields: dataset.csv (one row), then flags on top.
  const meta: Record<string, unknown> = {};
  const metaTable = tables.get('dataset');
  if (metaTable) {
    if (metaTable.rows.length > 1)
      problems.add(`${metaTable.file} row ${metaTable.rows[1].row}`, 'is a second row; dataset.csv has one row under its header');
    if (metaTable.rows.length) Object.assign(meta, rowObject(metaTable, metaTable.rows[0], '', prov));
  }
  const flagFields: Array<[keyof CsvFlags, string, string]> = [
    ['id', 'id', '--id'],
    ['title', 'title', '--title'],
    ['summary', 'summary', '--summary'],
    ['asOf', 'asOf', '--as-of'],
    ['updated', 'updated', '--updated'],
  ];
  for (const [flag, key, name] of flagFields) {
    if (flags[flag] !== undefined) {
      meta[key] = flags[flag];
      prov.set(`/${key}`, name);
    }
  }
  prov.set('', metaTable?.file ?? 'dataset');
  if (meta.title === undefined) problems.add('dataset', 'has no title: give a dataset.csv with title_en (and title_es…) or --title "…"');
  if (meta.asOf === undefined)
    problems.add('dataset', 'has no "as of" date: give a dataset.csv with asOf or --as-of YYYY-MM-DD (the date the facts are current to)');
  if (meta.id === undefined && meta.title !== undefined) {
    const title = typeof meta.title === 'string' ? meta.title : ((meta.title as Record<string, string>).en ?? '');
    meta.id = slug(title);
    prov.set('/id', 'the id made from the title (give --id or an id column to choose it)');
    warnings.push(`no id given: using "${meta.id}" (from the title)`);
  }
  if (meta.updated === undefined) meta.updated = today();

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
    prov.set('/sources', 'the sources made up for a missing sources.csv');
    if (ids.length)
      warnings.push(
        `no sources.csv: made ${n(ids.length, 'placeholder source')} labelled with ${ids.length === 1 ? 'its id' : 'their ids'} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}); add a sources.csv with id, label_en, url, publisher, date`,
      );
  }

  const notesTable = tables.get('notes');
  if (notesTable) attachNotes(notesTable, dataset, prov, problems);
  if (problems.list.length) return { problems: problems.list, warnings };

  const result = validate(ordered(dataset, TABLES.dataset.keys));
  if (!result.ok) {
    return { problems: result.problems.map((p) => locateProblem(p.path, p.message, prov)), warnings };
  }
  return { dataset: result.dataset, problems: [], warnings };
}

/** notes.csv rows go to the dataset, an event (by id) or a stance (by actor, issue and date). */
function attachNotes(t: Table, dataset: Record<string, unknown>, prov: Provenance, problems: Problems): void {
  const onColumn = t.columns.find((c) => c.field.name === 'on');
  const events = dataset.events as Array<Record<string, unknown>>;
  const stances = dataset.stances as Array<Record<string, unknown>>;
  for (const r of t.rows) {
    const on = onColumn ? unguard(r.cells[onColumn.index] ?? '').trim() : '';
    const where = `${t.file} row ${r.row}${onColumn ? `, column on (${columnLetter(onColumn.index)})` : ''}`;
    let owner: Record<string, unknown> | undefined;
    let pointer = '';
    let m: RegExpExecArray | null;
    if (on === '' || on === 'dataset') owner = dataset;
    else if ((m = /^event:(.+)$/.exec(on))) {
      const i = events.findIndex((e) => e.id === m![1].trim());
      if (i >= 0) [owner, pointer] = [events[i], `/events/${i}`];
      else problems.add(where, `"${on}": there is no event with id "${m[1].trim()}" in events.csv`);
    } else if ((m = /^stance:([^:]+):([^:]+):(.+)$/.exec(on))) {
      const [actor, issue, date] = [m[1].trim(), m[2].trim(), m[3].trim()];
      const i = stances.findIndex((s) => s.actor === actor && s.issue === issue && s.date === date);
      if (i >= 0) [owner, pointer] = [stances[i], `/stances/${i}`];
      else problems.add(where, `"${on}": no row of stances.csv has actor "${actor}", issue "${issue}" and date "${date}"`);
    } else {
      problems.add(
        where,
        `"${on}" is not a note target: leave it empty (or "dataset") for the story, "event:<id>", or "stance:<actor>:<issue>:<date>"`,
      );
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
export function locateProblem(path: string, message: string, prov: Provenance): string {
  let p = path;
  let where = prov.get(p);
  while (where === undefined && p !== '') {
    p = p.slice(0, p.lastIndexOf('/'));
    where = prov.get(p);
  }
  // "repeats the id of /events/0" → "… of events.csv row 2"; "not in /sources" → "not in sources.csv".
  const text = message.replace(/\/(events|actors|issues|stances|sources|groups)(\/\d+)?(?![\w/-])/g, (ref) => prov.get(ref) ?? ref);
  return `${where ?? 'dataset'}: ${text} [${path || '/'}]`;
}

export const fromCsvCommand: Command = {
  name: 'from-csv',
  summary: "build a dataset from a spreadsheet's tabs exported as CSV",
  args: { min: 1, max: Infinity },
  options: {
    output: { type: 'string', short: 'o' },
    id: { type: 'string' },
    title: { type: 'string' },
    summary: { type: 'string' },
    'as-of': { type: 'string' },
    updated: { type: 'string' },
  },
  help: `Usage: policy-explainer from-csv <files or folder…> [-o story.json] [--title "…" --as-of YYYY-MM-DD …]

Builds a dataset JSON from a spreadsheet whose tabs are exported as CSV (UTF-8), named by table
(a spreadsheet's own export name such as "My story - events.csv" works too):

  events.csv    id, date, end, kind, title_en, title_es…, summary_en…, actors, sources
  actors.csv    id, name_en…, role_en…, group
  issues.csv    id, label_en…, description_en…
  stances.csv   actor, issue, position, basis, date, quote, quoteLang, quoteBy_en…,
                quoteTranslation_en… (optional), summary_en…, sources
  sources.csv   id, label_en…, url, publisher, date      (optional; without it, placeholders)
  groups.csv    id, label_en…                            (optional)
  dataset.csv   id, title_en…, summary_en…, asOf, updated (optional: one row; or the flags)
  notes.csv     on, kind, date, text_en…                 (optional; on: empty for the story,
                                                          event:<id>, stance:<actor>:<issue>:<date>)

These are the columns the widget's "Get the data" and \`policy-explainer to-csv\` write, so a
dataset survives a trip through a spreadsheet. Text is one column per language (title_en,
title_es; a plain "title" column is one text for every language); id lists are separated by ";";
the "'" a CSV export puts before = + - @ is removed. A folder reads every such CSV inside it.

The result is validated: every problem is named by file, row and column, and nothing is written.

Options:
  -o, --output <file>   write the dataset here (default: standard output)
  --id <id>             the dataset's id (default: made from the title)
  --title <text>        the story's title
  --summary <text>      the story's summary
  --as-of <date>        the date the facts are current to (required without dataset.csv)
  --updated <date>      when the data was last edited (default: today)
  -h, --help            show this help

Exit code: 0 written, 1 problems in the data, 2 wrong usage.`,
  async run(inputs, values) {
    const flags: CsvFlags = {
      id: values.id as string | undefined,
      title: values.title as string | undefined,
      summary: values.summary as string | undefined,
      asOf: dateOption('as-of', values['as-of'], isRealDate),
      updated: dateOption('updated', values.updated, isRealDate),
    };
    if (flags.title === '') throw new UsageError('--title must not be empty');
    const result = await fromCsv(inputs, flags);
    for (const w of result.warnings) warn(w);
    if (!result.dataset) {
      for (const p of result.problems) process.stderr.write(`${p}\n`);
      process.stderr.write(`FAIL ${n(result.problems.length, 'problem')}; nothing was written\n`);
      return EXIT_INVALID;
    }
    const out = values.output as string | undefined;
    await writeOutput(JSON.stringify(result.dataset, null, 2) + '\n', out);
    info(`OK ${out && out !== '-' ? out : 'dataset'}: ${describeCounts(counts(result.dataset))}; as of ${result.dataset.asOf}`);
    return EXIT_OK;
  },
};
