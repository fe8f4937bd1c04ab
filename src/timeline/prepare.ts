import { endOf, formatDate, formatDateRange, isExpected, startOf } from '../data/dates.js';
import type { Cluster, LayoutOptions, TimelineItem } from './geometry.js';

/**
 * Events as layout works on them: in date order, inside the date window, each date parsed once,
 * with whether it is expected (after asOf) and the date text a label shows.
 */
export interface Prepared {
  item: TimelineItem;
  start: Date;
  stop?: Date;
  expected: boolean;
  dateText: string;
  cluster?: Cluster;
}

/** An event's date as shown: at its precision, a range for spans, "Expected · …" after asOf. */
export function eventDateText(item: { date: string; end?: string }, o: { asOf: string; lang: string; expectedLabel: string }): string {
  const when = item.end ? formatDateRange(item.date, item.end, o.lang, true) : formatDate(item.date, o.lang, true);
  return isExpected(item.date, o.asOf) ? `${o.expectedLabel} · ${when}` : when;
}

/** Events in date order, kept when they overlap the [from, to] window (inclusive of both periods). */
export function inWindow<T extends { date: string; end?: string }>(items: readonly T[], from?: string, to?: string): T[] {
  const lo = from ? startOf(from) : undefined;
  const hi = to ? endOf(to) : undefined;
  // Each date is parsed once, not once per comparison (10,000 events make ~280,000 comparisons).
  return items
    .map((e) => ({ e, t: startOf(e.date).getTime() }))
    .sort((a, b) => a.t - b.t || a.e.date.length - b.e.date.length)
    .filter(({ e, t }) => (!lo || endOf(e.end ?? e.date) > lo) && (!hi || t < hi.getTime()))
    .map(({ e }) => e);
}

export function prepare(items: readonly TimelineItem[], o: LayoutOptions): Prepared[] {
  const asOf = startOf(o.asOf).getTime();
  return inWindow(items, o.from, o.to).map((item) => {
    const start = startOf(item.date);
    const stop = item.end ? new Date(Math.min(startOf(item.end).getTime(), Math.max(asOf, start.getTime()))) : undefined;
    // Date texts are formatted later, only for the labels that are drawn.
    return { item, start, stop, expected: isExpected(item.date, o.asOf), dateText: '' };
  });
}

export function withDateText(p: Prepared, o: LayoutOptions): Prepared {
  return p.dateText ? p : { ...p, dateText: eventDateText(p.item, o) };
}

/** The date text of a period given as two dataset dates (a cluster's). */
export const periodText = (from: string, to: string, lang: string) =>
  from === to ? formatDate(from, lang, true) : formatDateRange(from, to, lang, true);
