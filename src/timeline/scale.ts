import { BREAK_SHARE, BREAK_SIZE, MAX_BREAKS } from './geometry.js';

/**
 * Time → px along the axis: a proportional scale with long empty stretches cut out behind axis
 * breaks (`timeScale`), and the polylinear map both it and the stretched axis are made of
 * (`piecewise`). Pure; d3-scale models neither breaks nor stretches.
 */

/**
 * A polylinear map from numbers to px, clamped to the domain, (d3-scale's scaleUtc does the same
 * but brings d3-interpolate, d3-color and d3-time-format, ≈ 9 KB gzip the one-script bundle would
 * pay for nothing.) With `extend`, values outside the domain continue the end segments' slope.
 */
export function piecewise(domain: number[], range: number[], extend = false): (t: number) => number {
  const last = domain.length - 1;
  return (v) => {
    // Clamp: an event that only overlaps a date window is drawn at its edge, not off the chart.
    const t = extend ? v : Math.min(Math.max(v, domain[0]), domain[last]);
    let i = 0;
    while (i < last - 1 && t >= domain[i + 1]) i++;
    const span = domain[i + 1] - domain[i];
    return range[i] + (span ? ((t - domain[i]) / span) * (range[i + 1] - range[i]) : (range[i + 1] - range[i]) / 2);
  };
}

export interface Segment {
  domain: [Date, Date];
  range: [number, number];
}

/**
 * A time scale over the dates, proportional except where a long empty stretch is cut out (shown
 * as an axis break). Returns the scale, the breaks (at px, in domain terms) and the proportional
 * segments for ticks.
 */
export function timeScale(dates: Date[], range: [number, number], o: { from?: Date; to?: Date } = {}) {
  const times = [...new Set(dates.map((d) => d.getTime()))].sort((a, b) => a - b);
  const lo = o.from?.getTime() ?? times[0];
  const hi = o.to?.getTime() ?? times[times.length - 1];
  const total = Math.max(hi - lo, 1);
  const gaps = times
    .slice(1)
    .map((t, i) => ({ a: times[i], b: t }))
    .filter((g) => times.length > 2 && g.b - g.a > BREAK_SHARE * total && g.a >= lo && g.b <= hi)
    .sort((g, h) => h.b - h.a - (g.b - g.a))
    .slice(0, MAX_BREAKS)
    .sort((g, h) => g.a - h.a);
  // Keep a little proportional time either side of a break, so markers don't sit on the cut.
  const cuts = gaps.map((g) => {
    const margin = Math.min((g.b - g.a) * 0.08, 365.25 * 864e5);
    return { a: g.a + margin, b: g.b - margin };
  });
  const domain = [lo, ...cuts.flatMap((c) => [c.a, c.b]), hi];
  if (domain.length === 2 && lo === hi) {
    // A single date: centre it in a year-wide window.
    domain[0] = lo - 182 * 864e5;
    domain[1] = hi + 182 * 864e5;
  }
  const proportional = domain.reduce((sum, t, i) => (i % 2 === 1 ? sum + (t - domain[i - 1]) : sum), 0) || 1;
  const length = Math.max(0, range[1] - range[0] - cuts.length * BREAK_SIZE);
  const stops = [range[0]];
  for (let i = 1; i < domain.length; i++) {
    const inBreak = i % 2 === 0;
    stops.push(stops[i - 1] + (inBreak ? BREAK_SIZE : ((domain[i] - domain[i - 1]) / proportional) * length));
  }
  const map = piecewise(domain, stops);
  const segments: Segment[] = [];
  for (let i = 0; i < domain.length; i += 2) {
    segments.push({ domain: [new Date(domain[i]), new Date(domain[i + 1])], range: [stops[i], stops[i + 1]] });
  }
  const breaks = cuts.map((c, i) => ({ at: (stops[2 * i + 1] + stops[2 * i + 2]) / 2, from: new Date(c.a), to: new Date(c.b) }));
  return { scale: (d: Date) => map(d.getTime()), segments, breaks };
}
