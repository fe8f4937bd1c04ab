import type { LayoutOptions } from './geometry.js';
import { periodText, withDateText, type Prepared } from './prepare.js';

/**
 * Density handling: when more events fall on the timeline than labels fit, events are grouped by
 * the finest calendar bucket (day, month, year, 5/10/25… years) that leaves at most `cap` labels;
 * a bucket with one event keeps it, a bucket with several becomes one cluster label.
 */

/** Calendar buckets from fine to coarse: the key of a date, and the bucket's [from, to] as dataset dates. */
const BUCKETS: ((d: Date) => [string, string])[] = [
  (d) => [d.toISOString().slice(0, 10), d.toISOString().slice(0, 10)],
  (d) => [d.toISOString().slice(0, 7), d.toISOString().slice(0, 7)],
  (d) => [String(d.getUTCFullYear()), String(d.getUTCFullYear())],
  ...[5, 10, 25, 50, 100, 500, 1000].map((k) => (d: Date): [string, string] => {
    const y = Math.floor(d.getUTCFullYear() / k) * k;
    return [String(y).padStart(4, '0'), String(y + k - 1).padStart(4, '0')];
  }),
];

export function clusterEvents(ps: Prepared[], cap: number, o: LayoutOptions): Prepared[] {
  if (ps.length <= cap) return ps.map((p) => withDateText(p, o));
  for (const bucket of BUCKETS) {
    const last = bucket === BUCKETS[BUCKETS.length - 1];
    const groups = new Map<string, Prepared[]>();
    for (const p of ps) {
      const key = bucket(p.start)[0];
      const group = groups.get(key);
      if (group) group.push(p);
      // Too many buckets already: this size is too fine, try the next without reading the rest.
      else if (groups.set(key, [p]).size > cap && !last) break;
    }
    if (groups.size > cap && !last) continue;
    return [...groups.values()].map((group) => {
      if (group.length === 1) return withDateText(group[0], o);
      const [from, to] = bucket(group[0].start);
      const count = group.length;
      return {
        item: { id: `cluster-${from}`, date: from, title: o.clusterTitle?.(count) ?? `${count} events` },
        start: group[0].start,
        expected: group.every((p) => p.expected),
        dateText: periodText(from, to, o.lang),
        cluster: { count, from, to },
      };
    });
  }
  return ps;
}
