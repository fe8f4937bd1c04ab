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

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

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
  return new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
}

/** The first instant after the period a date names (the year, month or day it covers). */
export function endOf(text: string): Date {
  const d = parseDate(text);
  if (!d) return new Date(NaN);
  if (d.precision === 'year') return new Date(Date.UTC(d.year + 1, 0, 1));
  if (d.precision === 'month') return new Date(Date.UTC(d.year, d.month!, 1));
  return new Date(Date.UTC(d.year, d.month! - 1, d.day! + 1));
}

/** Compares two dataset dates by the start of their periods; a coarser date sorts first on ties. */
export function compareDates(a: string, b: string): number {
  return startOf(a).getTime() - startOf(b).getTime() || a.length - b.length;
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
const SHORT: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: OPTIONS.year,
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, precision: Precision, short: boolean): Intl.DateTimeFormat {
  // In the interface's language: French dates once French is loaded, English ones until then.
  lang = dateLocale(lang);
  const key = `${lang}|${precision}|${short}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(lang, (short ? SHORT : OPTIONS)[precision])));
  return f;
}

/**
 * Formats a dataset date at its own precision: "1985", "August 2022", "January 25, 2017"
 * ("agosto de 2022", "25 de enero de 2017" in Spanish). `short` abbreviates the month.
 */
export function formatDate(text: string, lang: string, short = false): string {
  const d = parseDate(text);
  if (!d) return text;
  return formatter(lang, d.precision, short).format(startOf(text));
}

/**
 * Formats a span such as "Aug 31, 2022 – Dec 10, 2024" with the locale's range style. Ends of
 * different precision are formatted each at its own ("2022 – Dec 2024"), never finer than the data.
 */
export function formatDateRange(start: string, end: string, lang: string, short = false): string {
  const a = parseDate(start);
  const b = parseDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (a.precision !== b.precision) return `${formatDate(start, lang, short)} – ${formatDate(end, lang, short)}`;
  return formatter(lang, a.precision, short).formatRange(startOf(start), startOf(end));
}
