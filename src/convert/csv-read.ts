import { TABLES, TABLE_NAMES, columnLetter, type FieldSpec, type TableName } from './csv-tables.js';
import { baseName, stripBom, type TextFile } from './files.js';
import { raising, type Problem } from './problems.js';
import { EN_CSV } from '../problems/en-csv.js';
import type { CsvCode } from '../problems/codes.js';
import { LANGUAGE_CODE } from './schema-facts.js';

const { error, warning } = /* @__PURE__ */ raising(EN_CSV);

/**
 * One spreadsheet tab, exported as CSV, read into columns the dataset knows: every column name
 * matched to a field (`title_es` → title, in Spanish), every row kept with its spreadsheet row
 * number, and everything odd about the file — an unknown or repeated column, a value beyond the
 * last named column, a quote never closed — as a problem with its file, row and column.
 */

export interface Column {
  index: number;
  header: string;
  field: FieldSpec;
  /** For a `field_<lang>` text column. */
  lang?: string;
}

export interface Row {
  /** The spreadsheet's row number: 2 is the first row under the header. */
  row: number;
  cells: string[];
}

export interface Table {
  name: TableName;
  /** The file's name without its folder, as problems name it. */
  file: string;
  columns: Column[];
  rows: Row[];
}

/** Which table a file is, by its name: events.csv, or a spreadsheet export such as "Story - events.csv". */
export function tableOf(file: string): TableName | undefined {
  const m = /(?:^|[^a-z])([a-z]+)\.csv$/i.exec(baseName(file));
  const name = m?.[1].toLowerCase();
  return name && (TABLE_NAMES as string[]).includes(name) ? (name as TableName) : undefined;
}

/**
 * The separator of a CSV export: a comma, unless the header row has none and a semicolon or tab
 * instead (some locales' spreadsheets); a tab when the header has more tabs than commas (a tab
 * copied from a spreadsheet and pasted: the clipboard holds tab-separated text).
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  if (count('\t') > count(',')) return '\t';
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return ',';
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/** CSV text's cells, row by row, and the cell where a quote opens and is never closed. */
export interface Cells {
  rows: string[][];
  /** The spreadsheet row (1 is the header row) and 0-based column of the cell whose opening quote is never closed. */
  unclosed?: { row: number; column: number };
}

/**
 * Reads CSV text as RFC 4180 with the tolerance of spreadsheets and d3-dsv: only a quote that
 * starts a cell opens a quoted cell, so a quote anywhere else (`2" pipe`) is a character of its
 * cell; text after a closing quote, up to the next separator, is kept as written (`"a"b` is
 * `ab`). A quoted cell never closed runs to the end of the text, as d3-dsv reads it, and is
 * reported. Rows end at CRLF, LF or CR; one line end at the end of the text ends the last row.
 * One pass over the text, whatever it holds.
 */
export function readCells(text: string, delimiter = delimiterOf(text)): Cells {
  const rows: string[][] = [];
  if (text.length === 0) return { rows };
  const sep = delimiter.charCodeAt(0);
  let end = text.length;
  if (text.charCodeAt(end - 1) === NEWLINE) end--;
  if (text.charCodeAt(end - 1) === RETURN) end--;
  let unclosed: Cells['unclosed'];
  /** Where the unquoted text from `i` stops: the next separator or line end. */
  const stop = (i: number) => {
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === sep || c === NEWLINE || c === RETURN) break;
      i++;
    }
    return i;
  };
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell: string;
    if (i < end && text.charCodeAt(i) === QUOTE) {
      cell = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0 || q >= end) {
          unclosed ??= { row: rows.length + 1, column: row.length };
          cell += text.slice(from, end);
          i = end;
          break;
        }
        if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
          cell += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        i = stop(q + 1);
        cell += text.slice(from, q) + text.slice(q + 1, i);
        break;
      }
    } else {
      const j = i;
      i = stop(i);
      cell = text.slice(j, i);
    }
    row.push(cell);
    if (i >= end) break;
    const c = text.charCodeAt(i++);
    if (c === sep) continue;
    if (c === RETURN && text.charCodeAt(i) === NEWLINE) i++;
    rows.push(row);
    row = [];
  }
  rows.push(row);
  return { rows, unclosed };
}

/** The cells of CSV (or tab-separated) text, row by row, the separator found from the header row. */
export const parseCells = (text: string): string[][] => readCells(text).rows;

function matchColumn(fields: FieldSpec[], header: string, index: number): Column | undefined {
  const lower = header.toLowerCase();
  for (const field of fields) {
    const name = field.name.toLowerCase();
    if (lower === name) return { index, header, field };
    if (field.kind === 'text' && lower.startsWith(`${name}_`)) {
      const lang = header.slice(name.length + 1);
      if (LANGUAGE_CODE.test(lang)) return { index, header, field, lang };
    }
  }
  return undefined;
}

/** Reads one CSV file as the table `name`; the table is undefined when the file has no header row. */
export function readTable(input: TextFile, name: TableName): { table?: Table; problems: Problem<CsvCode>[] } {
  const problems: Problem<CsvCode>[] = [];
  const text = stripBom(input.text);
  const file = baseName(input.name);
  const { rows, unclosed } = readCells(text);
  if (rows.length === 0 || rows[0].every((h) => h.trim() === '')) {
    return { problems: [error('csv-empty', {}, { file })] };
  }
  if (unclosed) {
    problems.push(
      error(
        'csv-quote-unclosed',
        {},
        {
          file,
          row: unclosed.row,
          column: columnLetter(unclosed.column),
        },
      ),
    );
  }
  const spec = TABLES[name];
  const header = rows[0].map((h) => h.trim());
  const data = rows.slice(1).map((cells, i) => ({ row: i + 2, cells }));
  const columns: Column[] = [];
  const seen = new Map<string, number>();
  header.forEach((h, index) => {
    const at = { file, column: columnLetter(index), value: rows[0][index] };
    if (h === '') {
      // Spreadsheets export trailing empty columns; one with values but no name is a mistake.
      if (data.some((r) => (r.cells[index] ?? '').trim() !== '')) problems.push(error('csv-unnamed-column', {}, at));
      return;
    }
    const column = matchColumn(spec.fields, h, index);
    if (!column) {
      const known = spec.fields.map((fs) => (fs.kind === 'text' ? `${fs.name}_en, ${fs.name}_es…` : fs.name));
      problems.push(error('csv-unknown-column', { header: h, table: name, known }, at));
      return;
    }
    const key = `${column.field.name}\u0000${column.lang ?? ''}`;
    if (seen.has(key)) {
      problems.push(error('csv-repeated-column', { header: h, first: columnLetter(seen.get(key)!) }, at));
      return;
    }
    seen.set(key, index);
    columns.push(column);
  });
  for (const field of spec.fields) {
    const cols = columns.filter((c) => c.field === field);
    if (field.kind === 'text' && cols.some((c) => c.lang === undefined) && cols.some((c) => c.lang !== undefined)) {
      problems.push(error('csv-text-both', { field: field.name }, { file }));
    }
    if ((spec.required as string[]).includes(field.name) && cols.length === 0) {
      problems.push(error('csv-column-missing', { field: field.name, text: field.kind === 'text' }, { file }));
    }
  }
  const rowsWithData = data.filter((r) => r.cells.some((c) => c.trim() !== ''));
  for (const r of rowsWithData) {
    const extra = r.cells.slice(header.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0)
      problems.push(
        error(
          'csv-beyond-last',
          { last: columnLetter(header.length - 1) },
          {
            file,
            row: r.row,
            column: columnLetter(header.length + extra),
            value: r.cells[header.length + extra],
          },
        ),
      );
  }
  problems.push(...hostileCells(file, columns, rowsWithData));
  return { table: { name, file, columns, rows: rowsWithData }, problems };
}

/** A cell a spreadsheet would run as a formula: "=…", or "+ - @" before a function call ("@SUM(", "-HYPERLINK("). */
export const FORMULA = /^(=|[+\-@]\s*[A-Za-z_][\w.]*\s*\()/;
/** An HTML tag: "<b>", "</p>", "<img src=…>", "<!--". */
export const HTML_TAG = /<(\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?|!--)>?/i;
/** How many cells of each kind a file names one by one; the rest are counted. */
const NAMED_CELLS = 10;

/**
 * Cells that are harmless here but would not be elsewhere, or not what the producer meant: a
 * formula (never run here: it is text, and the CSV the tools write guards it with "'"), and HTML
 * (shown as text, tags and all). Warnings, each with its cell; a file full of them gets a count.
 */
function hostileCells(file: string, columns: Column[], rows: Row[]): Problem<CsvCode>[] {
  const found = { formula: [] as Problem<CsvCode>[], html: [] as Problem<CsvCode>[] };
  for (const r of rows)
    for (const c of columns) {
      const value = r.cells[c.index] ?? '';
      const place = { file, row: r.row, column: columnLetter(c.index), header: c.header, value };
      // "'=" is the guard the CSV writers put before a text that starts with "=": not a formula.
      if (FORMULA.test(value)) found.formula.push(warning('cell-formula', {}, place));
      else if (HTML_TAG.test(value) && HTML_TAG.exec(value)![0].endsWith('>')) found.html.push(warning('cell-html', {}, place));
    }
  const out: Problem<CsvCode>[] = [];
  for (const kind of ['formula', 'html'] as const) {
    const list = found[kind];
    out.push(...list.slice(0, NAMED_CELLS));
    if (list.length > NAMED_CELLS) out.push(warning('cells-more', { count: list.length - NAMED_CELLS, kind }, { file }));
  }
  return out;
}
