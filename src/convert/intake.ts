import { TABLES, TABLE_NAMES, type TableName } from './csv-tables.js';
import { parseCells, tableOf } from './csv-read.js';
import { baseName, stripBom, type TextFile } from './files.js';
import { looksLikeTimelineJsCsv } from './timelinejs-csv.js';
import { raising, type Problem } from './problems.js';
import { EN_FILES } from '../problems/en-files.js';
import type { ProblemParams } from '../problems/codes.js';

const { error } = /* @__PURE__ */ raising(EN_FILES);

/**
 * Before any parsing: is this a file the converters can read at all (not too big, not a binary),
 * and which one reads it. The studio asks these of every dropped file and pasted text; the
 * command line asks the binary question of every file it reads.
 */

/** The largest file read (5 MiB): a story of 10,000 events weighs about 3 MB; a browser tab parses this much without stalling. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** An error when a file is larger than the converters read; checked on the size alone, before reading it. */
export function sizeProblem(name: string, bytes: number): Problem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return error('file-too-large', { bytes, max: MAX_FILE_BYTES }, { file: baseName(name) });
}

/** File formats recognised by their first bytes (the words say what to do instead). */
const SIGNATURES: Array<[number[], ProblemParams['file-binary']['format']]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x1f, 0x8b], 'gzip'],
];

/**
 * An error when a file's first bytes (a few KB are enough) show it is not text: a known binary
 * format, UTF-16 text (Excel's "Unicode text"), or any file with NUL bytes.
 */
export function binaryProblem(name: string, head: Uint8Array): Problem | undefined {
  const file = baseName(name);
  for (const [magic, format] of SIGNATURES) if (magic.every((b, i) => head[i] === b)) return error('file-binary', { format }, { file });
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return error('file-utf16', {}, { file });
  if (head.includes(0)) return error('file-nul', {}, { file });
  return undefined;
}

/** What a text is, and so which converter reads it. */
export type Kind = { kind: 'dataset' } | { kind: 'timelinejs' } | { kind: 'table'; table: TableName } | { kind: 'unknown' };

/** Which table a header row belongs to: the one whose columns it matches most, with all that table's required columns. */
export function tableFromHeader(text: string): TableName | undefined {
  const header = (parseCells(stripBom(text).slice(0, 4096))[0] ?? []).map((h) => h.trim().toLowerCase());
  let best: { table: TableName; score: number } | undefined;
  for (const table of TABLE_NAMES) {
    const spec = TABLES[table];
    const fits = (field: string) => header.some((h) => h === field.toLowerCase() || h.startsWith(`${field.toLowerCase()}_`));
    if (table === 'dataset' ? !header.includes('asof') : !spec.required.every(fits)) continue;
    const matched = header.filter((h) =>
      spec.fields.some((f) => h === f.name.toLowerCase() || (f.kind === 'text' && h.startsWith(`${f.name.toLowerCase()}_`))),
    );
    // More header cells explained wins; between equals, the table with fewer columns of its own (groups over issues for "id, label_en").
    const score = matched.length * 100 - spec.fields.length;
    if (matched.length && (!best || score > best.score)) best = { table, score };
  }
  return best?.table;
}

/**
 * What a file (or pasted text) is: a dataset JSON, a TimelineJS3 file (JSON, or its template's
 * CSV), or one of the spreadsheet's tabs — by its name when it names a tab, else by its content.
 */
export function identify(file: TextFile): Kind {
  const text = stripBom(file.text);
  if (/^\s*[{[]/.test(text)) return /"asOf"\s*:/.test(text) || !/"events"\s*:/.test(text) ? { kind: 'dataset' } : { kind: 'timelinejs' };
  const named = tableOf(file.name);
  if (named) return { kind: 'table', table: named };
  if (looksLikeTimelineJsCsv(text)) return { kind: 'timelinejs' };
  const table = tableFromHeader(text);
  return table ? { kind: 'table', table } : { kind: 'unknown' };
}
