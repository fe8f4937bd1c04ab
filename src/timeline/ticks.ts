import { utcMonth, utcYear } from 'd3-time';
import { formatDate } from '../data/dates.js';
import { piecewise, type Segment } from './scale.js';

/**
 * Axis ticks: calendar dates a reader counts in (years, or months on short stories) from d3-time,
 * placed on each proportional segment of the scale, and a filter that keeps tick texts apart.
 */

/** Tick steps a reader counts in: years (1, 2, 5, 10…), else months (1, 2, 3, 6). */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];
const MONTH_STEPS = [1, 2, 3, 6];

/**
 * At most about `count` calendar ticks between two dates, on year (or, for short spans, month)
 * boundaries, with d3-time's UTC intervals. (d3-time's utcTicks does the same for every unit down
 * to milliseconds and costs the bundle ≈ 1.5 KB gzip more; a policy timeline never needs hours.)
 */
export function calendarTicks(start: Date, stop: Date, count: number): Date[] {
  const years = (stop.getTime() - start.getTime()) / (365.25 * 864e5);
  const yearStep = YEAR_STEPS.find((k) => years / k <= count) ?? Math.ceil(years / count / 100) * 100;
  if (years >= count / 2) return utcYear.every(yearStep)!.range(start, new Date(stop.getTime() + 1));
  const monthStep = MONTH_STEPS.find((k) => (years * 12) / k <= count) ?? 12;
  return utcMonth.every(monthStep)!.range(start, new Date(stop.getTime() + 1));
}

/**
 * Year ticks (or month ticks on short stories) per proportional segment, formatted with Intl, at
 * their position on the segment mapped through `along` (the stretched axis).
 */
export function ticksFor(segments: Segment[], spacing: number, lang: string, along: (px: number) => number) {
  return segments.flatMap((s) => {
    const count = Math.floor(Math.abs(along(s.range[1]) - along(s.range[0])) / spacing);
    if (count < 1) return [];
    const seg = piecewise(s.domain.map(Number), s.range);
    return calendarTicks(s.domain[0], s.domain[1], count).map((d) => {
      // A year tick is the year, a month tick the month, in the labels' own digits and words.
      const yearly = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
      return { at: along(seg(d.getTime())), text: formatDate(d.toISOString().slice(0, yearly ? 4 : 7), lang, true) };
    });
  });
}

/** A filter that keeps a tick only if its text clears the previous kept one (calendar counts are approximate). */
export function spaced<T>(start: (t: T) => number, end: (t: T) => number) {
  let last = -Infinity;
  return (t: T) => {
    if (start(t) < last + 8) return false;
    last = end(t);
    return true;
  };
}
