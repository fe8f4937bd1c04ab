import type { At, MadeUp, Place, Problem } from './codes.js';

/**
 * What every English table shares: places ("events.csv row 3, column date (B)"), tables named as
 * files or as a live sheet's tabs, counts, and one problem on one line. No code's words: those are
 * by area (en-dataset.ts, en-json.ts, en-files.ts, en-csv.ts, en-timeline.ts, en-sheets.ts), so a
 * bundle carries the words of the codes it can raise and no others; en.ts puts them together.
 */

/** Counts: n(1, 'event') → "1 event", n(3, 'event') → "3 events". */
export const n = (count: number, word: string, plural = `${word}s`) => `${count} ${count === 1 ? word : plural}`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const more = (count: number, shown: number) => (count > shown ? ', …' : '');

/** A table as the words name it: its file (events.csv), or a live sheet's tab ('the "events" tab'). */
export const table = (name: string, where: Place, indefinite = false) =>
  where.tabs ? `${indefinite ? 'a' : 'the'} "${name}" tab` : `${indefinite ? 'a ' : ''}${name}.csv`;

/** A value no file has, by what made it. */
export function madeEn(m: MadeUp): string {
  if (m.made === 'dataset') return 'dataset';
  if (m.made === 'id') return `the id made from the title (give ${m.flag} or an id column to choose it)`;
  if (m.made === 'link') return 'the link';
  return 'the sources made up for a missing sources.csv';
}

/** The first part of a problem's line: "events.csv row 3, column title_en (E)", "--title", "dataset". */
export function placeEn(p: Place): string | undefined {
  if (p.file === undefined) return p.made ? madeEn(p.made) : p.origin;
  if (p.position) return `${p.file}:${p.position.line}:${p.position.column}`;
  const column = p.column === undefined ? '' : p.header === undefined ? `column ${p.column}` : `column ${p.header} (${p.column})`;
  if (p.row === undefined) return column ? `${p.file} ${column}` : p.file;
  return `${p.file} row ${p.row}${column ? `, ${column}` : ''}`;
}

/** A pointer as it is; a place in a file by its words (a table's file named as a tab in a live sheet). */
export const atEn = (a: At, where: Place) => {
  if (typeof a === 'string') return a;
  const file = a.file?.replace(/^(\w+)\.csv$/i, (_m, t: string) => (where.tabs ? table(t, where) : `${t}.csv`));
  return placeEn({ ...a, file }) ?? '';
};

/** One problem on one line, in English (what the command line prints): "events.csv row 3, column date (B): … [/events/1/date]". */
export function formatProblem(p: Problem): string {
  const place = placeEn(p);
  const path = p.path === undefined ? '' : ` [${p.path || '/'}]`;
  return `${place === undefined ? '' : `${place}: `}${p.message}${path}`;
}
