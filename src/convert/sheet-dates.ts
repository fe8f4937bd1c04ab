import { isRealDate } from '../data/dates.js';
import { columnLetter } from './csv-tables.js';
import { raising, type Problem } from './problems.js';
import { EN_SHEETS } from '../problems/en-sheets.js';
import type { SheetCode } from '../problems/codes.js';

const { error, warning, reworded } = /* @__PURE__ */ raising(EN_SHEETS);

/**
 * Dates as a spreadsheet shows them. A live sheet's CSV holds each cell's *displayed* value, so a
 * date typed as 2014-01-14 in a column Google Sheets recognised as dates comes out as its locale
 * writes it: `1/14/2014` (United States), `14/01/2014` (most of Europe), `14.01.2014`. Such a date
 * is read when only one reading is a real date (a number over 12 is the day), and is a problem
 * when both are (`10/04/2022`: 10 April or 4 October?), never read one way silently. Each problem
 * says how to avoid it: format the column as plain text.
 */

/** What a date cell says: the dataset date it is, or why it cannot be read. */
export type DateReading =
  /** Already a dataset date (or empty, or not date-like at all: validation says what is wrong). */
  | { kind: 'as-is' }
  /** A locale's form with one reading: `date` is the dataset date. */
  | { kind: 'read'; date: string }
  /** A locale's form with two readings. */
  | { kind: 'ambiguous'; readings: [string, string] };

const pad = (v: number) => String(v).padStart(2, '0');

/** Reads one cell (at most the first 40 characters matter: a date is short). */
export function readDate(cell: string): DateReading {
  const s = cell.length > 40 ? '' : cell.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]];
    const dmy = `${y}-${pad(b)}-${pad(a)}`;
    const mdy = `${y}-${pad(a)}-${pad(b)}`;
    const ok = [isRealDate(mdy) ? mdy : undefined, isRealDate(dmy) ? dmy : undefined].filter((d): d is string => d !== undefined);
    if (ok.length === 2 && ok[0] !== ok[1]) return { kind: 'ambiguous', readings: [ok[0], ok[1]] };
    return ok.length ? { kind: 'read', date: ok[0] } : { kind: 'as-is' };
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) {
    const date = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    return isRealDate(date) ? { kind: 'read', date } : { kind: 'as-is' };
  }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) {
    const date = `${m[2]}-${pad(Number(m[1]))}`;
    return isRealDate(date) ? { kind: 'read', date } : { kind: 'as-is' };
  }
  return { kind: 'as-is' };
}

/** The columns that hold dates, in every tab: date, end, asOf, updated. */
const DATE_HEADERS = new Set(['date', 'end', 'asof', 'updated']);

/**
 * Rewrites the date cells of one tab's rows (the first row is the header) in place: each locale
 * date with one reading becomes its dataset date, and each column where that happened gets one
 * warning (its first such cell); each ambiguous cell is an error with its row and column.
 */
export function readSheetDates(tab: string, rows: string[][]): Problem<SheetCode>[] {
  const problems: Problem<SheetCode>[] = [];
  const header = rows[0] ?? [];
  header.forEach((h, col) => {
    if (!DATE_HEADERS.has(h.trim().toLowerCase())) return;
    let read = 0;
    let first: Problem<'date-read'> | undefined;
    for (let r = 1; r < rows.length; r++) {
      const cell = rows[r][col];
      if (cell === undefined || cell === '') continue;
      const reading = readDate(cell);
      const place = { file: tab, row: r + 1, column: columnLetter(col), header: h.trim(), value: cell };
      if (reading.kind === 'read') {
        rows[r][col] = reading.date;
        if (read++ === 0) first = warning('date-read', { date: reading.date, more: 0 }, place);
      } else if (reading.kind === 'ambiguous') {
        problems.push(error('date-ambiguous', { readings: reading.readings }, place));
      }
    }
    if (first) problems.push(reworded(first, { params: { more: read - 1 } }));
  });
  return problems;
}
