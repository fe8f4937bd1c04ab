/**
 * Problems as values: what is wrong, how bad, and where — in the words of the file it came from
 * (a spreadsheet's file, row and column; a JSON file's line and column) and of the dataset (a
 * JSON pointer). The command line prints them one a line; the studio shows them in a table.
 */

import type { Dataset } from '../data/types.js';

export type Severity = 'error' | 'warning';

/** Where something is, or came from. Every field is optional: a problem says what it knows. */
export interface Place {
  /** The file, as the caller named it ("events.csv", "exports/story.json"). */
  file?: string;
  /** In a CSV file: the spreadsheet's row number (1 is the header row). */
  row?: number;
  /** In a CSV file: the spreadsheet's column letter ("A", "AB"). */
  column?: string;
  /** In a CSV file: the column's name in the header row ("title_en"). */
  header?: string;
  /** The cell's text, as the file has it. */
  value?: string;
  /** In a JSON file: the 1-based line and column (UTF-16 code units, as editors count). */
  position?: { line: number; column: number };
  /** Where a value came from when no file has it: an option ("--title"), a value made up. */
  origin?: string;
}

export interface Problem extends Place {
  severity: Severity;
  message: string;
  /** The dataset field it is about, as a JSON pointer ("" is the whole dataset). */
  path?: string;
}

/** What a converter gives: the dataset, when it could be made and is valid, and everything worth saying on the way. */
export interface Conversion {
  dataset?: Dataset;
  /** Errors (no dataset while there is one) and warnings, in the order found. */
  problems: Problem[];
}

export const error = (message: string, place: Place & { path?: string } = {}): Problem => ({ severity: 'error', message, ...place });
export const warning = (message: string, place: Place & { path?: string } = {}): Problem => ({
  severity: 'warning',
  message,
  ...place,
});

/** The first part of a problem's line: "events.csv row 3, column title_en (E)", "--title", "dataset". */
export function describePlace(p: Place): string | undefined {
  if (p.file === undefined) return p.origin;
  if (p.position) return `${p.file}:${p.position.line}:${p.position.column}`;
  const column = p.column === undefined ? '' : p.header === undefined ? `column ${p.column}` : `column ${p.header} (${p.column})`;
  if (p.row === undefined) return column ? `${p.file} ${column}` : p.file;
  return `${p.file} row ${p.row}${column ? `, ${column}` : ''}`;
}

/** One problem on one line: "events.csv row 3, column date (B): … [/events/1/date]". */
export function formatProblem(p: Problem): string {
  const place = describePlace(p);
  const path = p.path === undefined ? '' : ` [${p.path || '/'}]`;
  return `${place === undefined ? '' : `${place}: `}${p.message}${path}`;
}

/** Counts for messages: n(1, 'event') → "1 event", n(3, 'event') → "3 events". */
export const n = (count: number, word: string, plural = `${word}s`) => `${count} ${count === 1 ? word : plural}`;
