/**
 * Dates at their precision. A dataset date is a calendar date, not an instant: it is handled in UTC
 * throughout, so "2017-01-25" never becomes the 24th for a reader west of Greenwich.
 */
import { dateLocale } from './i18n.js';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known. */
  day?: number;
  precision: Precision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads "1985", "2022-08" or "2017-01-25"; undefined for anything else. */
export function parseDate(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (m[3] === undefined) return { year, month, precision: 'month' };
  return { year, month, day: Number(m[3]), precision: 'day' };
}

/** Midnight UTC of a calendar day; years 0–99 stay themselves (Date.UTC would read 50 as 1950). */
function utc(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

const daysIn = (year: number, month: number) => utc(year, month, 0).getUTCDate();

/** True when the text is a well-formed date that exists on the calendar ("2021-02-30" does not). */
export function isRealDate(text: string): boolean {
  const d = parseDate(text);
  if (!d) return false;
  if (d.month === undefined) return true;
  if (d.month < 1 || d.month > 12) return false;
  return d.day === undefined || (d.day >= 1 && d.day <= daysIn(d.year, d.month));
}

/** The first instant of the period a date names, as a UTC Date. */
export function startOf(text: string): Date {
  const d = parseDate(text);
  if (!d) return new Date(NaN);
  return utc(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** The first instant after the period a date names (the year, month or day it covers). */
export function endOf(text: string): Date {
  const d = parseDate(text);
  if (!d) return new Date(NaN);
  if (d.precision === 'year') return utc(d.year + 1, 0, 1);
  if (d.precision === 'month') return utc(d.year, d.month!, 1);
  return utc(d.year, d.month! - 1, d.day! + 1);
}

/**
 * Whether an event dated `date` is expected: it starts after the whole period `asOf` names (facts
 * current to "2024-12" cover all of December). The timeline, the static views and the studio's
 * social cards all ask this, so they never disagree about an event.
 */
export const isExpected = (date: string, asOf: string): boolean => startOf(date) >= endOf(asOf);

/** Compares two dataset dates by the start of their periods; a coarser date sorts first on ties. */
export function compareDates(a: string, b: string): number {
  return startOf(a).getTime() - startOf(b).getTime() || a.length - b.length;
}

/** Intl, for the locales the built-in writer below does not know; created on first need, one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, precision: Precision, short: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${precision}|${short}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.DateTimeFormat(lang, {
        timeZone: 'UTC',
        year: 'numeric',
        month: precision === 'year' ? undefined : short ? 'short' : 'long',
        day: precision === 'day' ? 'numeric' : undefined,
      })),
    );
  return f;
}

/**
 * English and Spanish dates are written here, exactly as Intl writes them (test/data/dates.test.ts
 * compares every month, precision and kind of range with Intl in each engine): creating the first
 * Intl.DateTimeFormat starts ICU, ~40–60 ms on the first render, which a page should not wait for.
 * Regional variants write dates differently (en-GB: "25 January 2017"), so they go to Intl.
 */
const builtIn = (locale: string) => /^(en(-us)?|es(-es)?)$/i.test(locale);
// January…December, then enero…diciembre.
const MONTHS = (
  'January February March April May June July August September October November December ' +
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'
).split(' ');

/** One date (a = b) or a range of two dates of the same precision, in English or Spanish. */
function written(es: boolean, a: PartialDate, b: PartialDate, short: boolean): string {
  const de = es && !short ? ' de ' : ' ';
  const name = (d: PartialDate) => {
    const m = MONTHS[d.month! + (es ? 11 : -1)];
    return short ? m.slice(0, m === 'septiembre' ? 4 : 3) : m;
  };
  const head = (d: PartialDate) => (es ? `${d.day ? d.day + de : ''}${name(d)}` : `${name(d)}${d.day ? ` ${d.day}` : ''}`);
  const tail = (d: PartialDate) => (es ? de : d.day ? ', ' : ' ') + d.year;
  const full = (d: PartialDate) => (d.month ? head(d) + tail(d) : `${d.year}`);
  // Spanish joins single words with a bare dash ("2022–2024", "3–10 ago 2024"), phrases with a spaced one.
  const join = (x: string, y: string, after = '') => x + (es && !`${x}${y}`.includes(' ') ? '–' : ' – ') + y + after;
  // What the ends share is written once, after both: nothing, the year, or the year and the month.
  if (a.year !== b.year) return join(full(a), full(b));
  if (a.month !== b.month) return join(head(a), head(b), tail(a));
  if (a.day === b.day) return full(a);
  return es ? join(`${a.day}`, `${b.day}`, de + name(a) + tail(a)) : join(head(a), `${b.day}`, tail(a));
}

/**
 * Formats a dataset date at its own precision: "1985", "August 2022", "January 25, 2017"
 * ("agosto de 2022", "25 de enero de 2017" in Spanish). `short` abbreviates the month.
 */
export function formatDate(text: string, lang: string, short = false): string {
  return formatDateRange(text, text, lang, short);
}

/**
 * Formats a span such as "Aug 31, 2022 – Dec 10, 2024" with the locale's range style. Ends of
 * different precision are formatted each at its own ("2022 – Dec 2024"), never finer than the data.
 */
export function formatDateRange(start: string, end: string, lang: string, short = false): string {
  const a = parseDate(start);
  const b = parseDate(end);
  if (!a || !b) return start === end ? start : `${start} – ${end}`;
  if (a.precision !== b.precision) return `${formatDate(start, lang, short)} – ${formatDate(end, lang, short)}`;
  // In the interface's language: French dates once French is loaded, English ones until then.
  const locale = dateLocale(lang);
  // Intl writes a range of one date as that date (ECMA-402), as the built-in writer does.
  return builtIn(locale)
    ? written(/^es/i.test(locale), a, b, short)
    : formatter(locale, a.precision, short).formatRange(startOf(start), startOf(end));
}
