import { csvFormatRows } from 'd3-dsv';
import { parseCells } from '../convert/csv-read.js';
import { stripBom } from '../convert/files.js';
import type { Problem } from '../convert/problems.js';
import type { Input } from './intake.js';

/**
 * One cell of a spreadsheet tab, read and rewritten in place, so that a producer can fix a value
 * where the studio names it and check again. Pure: no DOM.
 */

/** The 0-based index of a spreadsheet's column letter: "A" → 0, "AB" → 27. */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const c of letter.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The tab a problem names a cell of, when the producer brought it as CSV or pasted it (not JSON). */
export function cellInput(inputs: Input[], p: Problem): Input | undefined {
  if (p.file === undefined || p.row === undefined || p.column === undefined) return undefined;
  const input = inputs.find((i) => i.name === p.file);
  if (!input || !(input.kind.kind === 'table' || input.kind.kind === 'timelinejs') || /^\s*[[{]/.test(input.text)) return undefined;
  return input;
}

/** The cell's text as the tab has it now ('' for a cell beyond the row's end). */
export function cellText(text: string, row: number, column: string): string {
  return parseCells(stripBom(text))[row - 1]?.[columnIndex(column)] ?? '';
}

/**
 * The tab with one cell changed (row 1 is the header row), written back as CSV: every other cell
 * reads back as it was, whatever its separator (a pasted tab is tab-separated) and quoting.
 */
export function setCell(text: string, row: number, column: string, value: string): string {
  const rows = parseCells(stripBom(text));
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1];
  const index = columnIndex(column);
  while (cells.length <= index) cells.push('');
  cells[index] = value;
  return `${csvFormatRows(rows)}\n`;
}
