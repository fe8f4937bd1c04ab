import { utcMonth, utcYear } from 'd3-time';
import { endOf, formatDate, formatDateRange, startOf } from '../data/dates.js';
import { dodge } from './dodge.js';
import { estimateWidth, LINE_HEIGHT, wrapText, type Measure } from './wrap.js';

/**
 * The timeline's geometry as plain objects, computed from (events, width, options) with d3-time:
 * no DOM, so it runs in a test, a worker or on a server. The element only maps it to SVG and HTML.
 */
export type Orientation = 'horizontal' | 'vertical';

/** An event as the layout needs it: already in the reader's language. */
export interface TimelineItem {
  id: string;
  date: string;
  end?: string;
  title: string;
}

export interface LayoutOptions {
  width: number;
  orientation?: Orientation | 'auto';
  /** Events after this date are drawn as expected; spans stop here. */
  asOf: string;
  lang: string;
  /** The word shown on expected events ("Expected"). */
  expectedLabel: string;
  measure?: Measure;
  /** The title of a cluster label ("12 events"), when there are more events than labels fit. */
  clusterTitle?: (count: number) => string;
  /** Optional date window: only events overlapping [from, to] are shown, on that domain. */
  from?: string;
  to?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedEvent {
  id: string;
  /** Position in date order. */
  index: number;
  date: string;
  end?: string;
  expected: boolean;
  /** The date as read aloud and shown: at its precision, a range for spans, "Expected" when after asOf. */
  dateText: string;
  title: string;
  /** Marker centre. */
  x: number;
  y: number;
  /** For spans: the bar from the start to min(end, asOf). */
  span?: Line;
  label: Box & { dateLines: string[]; titleLines: string[] };
  connector: Line;
  /** Set when this label stands for several events: activating it should zoom to [from, to]. */
  cluster?: Cluster;
}

/** Several events drawn as one label, because more events fall in a stretch than labels fit. */
export interface Cluster {
  count: number;
  /** The period the cluster covers, as dataset dates ("2019", "2019-03"…), for a date window. */
  from: string;
  to: string;
}

export interface Tick {
  x: number;
  y: number;
  text: string;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  events: PlacedEvent[];
  /** Axis pieces; `expected` ones (after asOf) are drawn dashed. */
  axis: (Line & { expected: boolean })[];
  /** Where compressed stretches of time were cut out of the axis. */
  breaks: { x: number; y: number; from: string; to: string }[];
  ticks: Tick[];
}

/** Named layout constants (px). */
export const LAYOUT = {
  /** Below this width, `auto` lays time out vertically. */
  minHorizontalWidth: 600,
  edge: 12,
  labelGap: 12,
  labelPadding: 4,
  minLabelWidth: 112,
  maxLabelWidth: 184,
  gutter: 28,
  maxGutter: 64,
  tickBand: 20,
  tickSpacing: { horizontal: 80, vertical: 72 },
  breakSize: 28,
  markerRadius: 6,
  /** Vertical: tick column, axis position and where labels start. */
  tickColumn: 40,
  axisX: 50,
  labelX: 72,
  /** A gap longer than this share of the whole span may be compressed behind an axis break. */
  breakShare: 0.4,
  maxBreaks: 2,
  /** Vertical timelines cluster events beyond this many labels (horizontal ones: what fits in two rows). */
  maxVerticalLabels: 40,
} as const;

interface Prepared {
  item: TimelineItem;
  start: Date;
  stop?: Date;
  expected: boolean;
  dateText: string;
  cluster?: Cluster;
}

/** Whether an event comes after the period the facts are current to: it is drawn and read as expected. */
export const isExpected = (date: string, asOf: string): boolean => startOf(date) >= endOf(asOf);

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

function prepare(items: readonly TimelineItem[], o: LayoutOptions): Prepared[] {
  const asOf = startOf(o.asOf).getTime();
  const expectedFrom = endOf(o.asOf);
  return inWindow(items, o.from, o.to).map((item) => {
    const start = startOf(item.date);
    const stop = item.end ? new Date(Math.min(startOf(item.end).getTime(), Math.max(asOf, start.getTime()))) : undefined;
    // Date texts are formatted later, only for the labels that are drawn.
    return { item, start, stop, expected: start >= expectedFrom, dateText: '' };
  });
}

function withDateText(p: Prepared, o: LayoutOptions): Prepared {
  return p.dateText ? p : { ...p, dateText: eventDateText(p.item, o) };
}

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

/**
 * Density handling: when more events fall on the timeline than labels fit, events are grouped by
 * the finest calendar bucket (day, month, year, 5/10/25… years) that leaves at most `cap` labels;
 * a bucket with one event keeps it, a bucket with several becomes one cluster label.
 */
function clusterEvents(ps: Prepared[], cap: number, o: LayoutOptions): Prepared[] {
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
        dateText: from === to ? formatDate(from, o.lang, true) : formatDateRange(from, to, o.lang, true),
        cluster: { count, from, to },
      };
    });
  }
  return ps;
}

/**
 * A time scale over the events, proportional except where a long empty stretch is cut out
 * (shown as an axis break). Returns the scale, the breaks in domain terms, and the proportional
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
    .filter((g) => times.length > 2 && g.b - g.a > LAYOUT.breakShare * total && g.a >= lo && g.b <= hi)
    .sort((g, h) => h.b - h.a - (g.b - g.a))
    .slice(0, LAYOUT.maxBreaks)
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
  const proportional = domain.reduce((sum, t, i) => (i % 2 === 1 ? sum + (t - domain[i - 1]) : sum), 0);
  const length = range[1] - range[0] - cuts.length * LAYOUT.breakSize;
  const stops = [range[0]];
  for (let i = 1; i < domain.length; i++) {
    const inBreak = i % 2 === 0;
    stops.push(stops[i - 1] + (inBreak ? LAYOUT.breakSize : ((domain[i] - domain[i - 1]) / proportional) * length));
  }
  const scale = piecewise(domain, stops);
  const segments = [];
  for (let i = 0; i < domain.length; i += 2) {
    segments.push({
      domain: [new Date(domain[i]), new Date(domain[i + 1])] as [Date, Date],
      range: [stops[i], stops[i + 1]] as [number, number],
    });
  }
  const breaks = cuts.map((c, i) => ({ at: (stops[2 * i + 1] + stops[2 * i + 2]) / 2, from: new Date(c.a), to: new Date(c.b) }));
  return { scale, segments, breaks };
}

/**
 * A polylinear time → px map. (d3-scale's scaleUtc does the same but brings d3-interpolate,
 * d3-color and d3-time-format, ≈ 9 KB gzip the one-script bundle would pay for nothing.)
 */
export function piecewise(domain: number[], range: number[]): (d: Date) => number {
  return (d) => {
    // Clamp: an event that only overlaps a date window is drawn at its edge, not off the chart.
    const t = Math.min(Math.max(d.getTime(), domain[0]), domain[domain.length - 1]);
    let i = 0;
    while (i < domain.length - 2 && t >= domain[i + 1]) i++;
    const span = domain[i + 1] - domain[i];
    return range[i] + (span ? ((t - domain[i]) / span) * (range[i + 1] - range[i]) : (range[i + 1] - range[i]) / 2);
  };
}

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

/** Year ticks (or month ticks on short stories) per proportional segment, formatted with Intl. */
function ticksFor(segments: ReturnType<typeof timeScale>['segments'], spacing: number, lang: string) {
  return segments.flatMap((s) => {
    const count = Math.floor(Math.abs(s.range[1] - s.range[0]) / spacing);
    if (count < 1) return [];
    const seg = piecewise(s.domain.map(Number), s.range);
    return calendarTicks(s.domain[0], s.domain[1], count).map((d) => {
      const yearly = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
      const text = yearly ? String(d.getUTCFullYear()) : formatDate(d.toISOString().slice(0, 7), lang, true);
      return { at: seg(d), text };
    });
  });
}

function wrapLabel(p: Prepared, width: number, measure: Measure) {
  const dateLines = wrapText(p.dateText, width, 'date', measure);
  const titleLines = wrapText(p.item.title, width, 'title', measure);
  const lineWidth = Math.max(...dateLines.map((l) => measure(l, 'date')), ...titleLines.map((l) => measure(l, 'title')));
  const height = dateLines.length * LINE_HEIGHT.date + titleLines.length * LINE_HEIGHT.title + LAYOUT.labelPadding;
  return { dateLines, titleLines, width: Math.min(width, Math.ceil(lineWidth) + LAYOUT.labelPadding), height };
}

/** A filter that keeps a tick only if its text clears the previous kept one (d3's counts are approximate). */
function spaced<T>(start: (t: T) => number, end: (t: T) => number) {
  let last = -Infinity;
  return (t: T) => {
    if (start(t) < last + 8) return false;
    last = end(t);
    return true;
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The time scale over what is drawn (spans to their stop), on the date window when there is one. */
function scaleFor(ps: Prepared[], range: [number, number], o: LayoutOptions) {
  return timeScale(
    ps.flatMap((p) => (p.stop ? [p.start, p.stop] : [p.start])),
    range,
    { from: o.from ? startOf(o.from) : undefined, to: o.to ? endOf(o.to) : undefined },
  );
}

/** What a placed event says about itself, whatever the orientation puts where. */
function eventFields(p: Prepared, index: number) {
  const { id, date, end, title } = p.item;
  return { id, index, date, end, title, expected: p.expected, dateText: p.dateText, cluster: p.cluster };
}

function horizontal(ps: Prepared[], o: LayoutOptions, measure: Measure, force: boolean): TimelineLayout | undefined {
  const { width } = o;
  const perRow = Math.ceil(ps.length / 2);
  let labelWidth = clamp(Math.floor((width - LAYOUT.labelGap * (perRow - 1)) / perRow), LAYOUT.minLabelWidth, LAYOUT.maxLabelWidth);
  if (force) labelWidth = Math.min(labelWidth, Math.max(40, Math.floor((width - LAYOUT.labelGap * (perRow - 1)) / perRow)));
  const range: [number, number] = [LAYOUT.edge, width - LAYOUT.edge];
  const { scale, segments, breaks } = scaleFor(ps, range, o);
  const labels = ps.map((p) => wrapLabel(p, labelWidth, measure));
  const xs = ps.map((p) => scale(p.start));
  const rows = [0, 1].map((row) => ps.map((_, i) => i).filter((i) => i % 2 === row));
  const lefts = new Array<number>(ps.length);
  for (const row of rows) {
    const starts = dodge(
      row.map((i) => ({ ideal: xs[i] - labels[i].width / 2, size: labels[i].width })),
      LAYOUT.labelGap,
      0,
      width,
    );
    row.forEach((i, k) => (lefts[i] = starts[k]));
    const last = row[row.length - 1];
    if (last !== undefined && lefts[last] + labels[last].width > width + 0.5) return undefined;
  }
  const above = Math.max(0, ...rows[0].map((i) => labels[i].height));
  const below = Math.max(0, ...rows[1].map((i) => labels[i].height));
  // Leaders that travel far sideways get a taller gutter, so they stay steep enough to follow.
  const gutter = (row: number[]) =>
    clamp(
      Math.max(0, ...row.map((i) => Math.abs(clamp(xs[i], lefts[i], lefts[i] + labels[i].width) - xs[i]))) / 4,
      LAYOUT.gutter,
      LAYOUT.maxGutter,
    );
  const axisY = above + gutter(rows[0]);
  const belowTop = axisY + LAYOUT.tickBand + gutter(rows[1]);
  const height = belowTop + below;
  const r = LAYOUT.markerRadius;

  const events: PlacedEvent[] = ps.map((p, i) => {
    const l = labels[i];
    const isAbove = i % 2 === 0;
    const y = isAbove ? above - l.height : belowTop;
    const x = lefts[i];
    const anchor = clamp(xs[i], x + r, x + l.width - r);
    return {
      ...eventFields(p, i),
      x: xs[i],
      y: axisY,
      span: p.stop ? { x1: xs[i], y1: axisY, x2: scale(p.stop), y2: axisY } : undefined,
      label: { x, y, ...l },
      connector: isAbove
        ? { x1: xs[i], y1: axisY - r - 2, x2: anchor, y2: y + l.height + 2 }
        : { x1: xs[i], y1: axisY + r + 2, x2: anchor, y2: y - 2 },
    };
  });

  // Tick labels sit under the axis; drop those a connector to the lower row would cross.
  const blocked = events
    .filter((e) => e.index % 2 === 1)
    .map((e) => [Math.min(e.connector.x1, e.connector.x2) - 4, Math.max(e.connector.x1, e.connector.x2) + 4]);
  const breakXs = breaks.map((b) => b.at);
  const ticks = ticksFor(segments, LAYOUT.tickSpacing.horizontal, o.lang)
    .map((t) => ({ x: t.at, y: axisY + LAYOUT.tickBand - 4, text: t.text, half: measure(t.text, 'tick') / 2 + 2 }))
    .filter((t) => t.x - t.half >= 0 && t.x + t.half <= width)
    .filter((t) => !blocked.some(([a, b]) => t.x + t.half > a && t.x - t.half < b))
    .filter((t) => !breakXs.some((bx) => Math.abs(bx - t.x) < t.half + LAYOUT.breakSize / 2))
    .filter(
      spaced(
        (t) => t.x - t.half,
        (t) => t.x + t.half,
      ),
    )
    .map(({ x, y, text }) => ({ x, y, text }));

  return {
    orientation: 'horizontal',
    width,
    height,
    events,
    axis: axisPieces(
      range,
      breaks,
      scale(startOf(o.asOf)),
      (a, b, expected) => ({ x1: a, y1: axisY, x2: b, y2: axisY, expected }),
      ps.some((p) => p.expected),
    ),
    breaks: breaks.map((b) => ({ x: b.at, y: axisY, from: b.from.toISOString().slice(0, 10), to: b.to.toISOString().slice(0, 10) })),
    ticks,
  };
}

/** Splits the axis around breaks, and at asOf into drawn and expected (dashed) parts. */
function axisPieces<T>(
  range: [number, number],
  breaks: { at: number }[],
  asOfAt: number,
  make: (a: number, b: number, expected: boolean) => T,
  anyExpected: boolean,
): T[] {
  const half = LAYOUT.breakSize / 2 - 4;
  const edges = [range[0], ...breaks.flatMap((b) => [b.at - half, b.at + half]), range[1]];
  const pieces: T[] = [];
  for (let i = 0; i < edges.length; i += 2) {
    const [a, b] = [edges[i], edges[i + 1]];
    const split = anyExpected ? clamp(asOfAt, a, b) : b;
    if (split > a) pieces.push(make(a, split, false));
    if (split < b) pieces.push(make(split, b, true));
  }
  return pieces;
}

function vertical(ps: Prepared[], o: LayoutOptions, measure: Measure): TimelineLayout {
  const { width } = o;
  const labelWidth = Math.max(40, width - LAYOUT.labelX - LAYOUT.edge / 2);
  const labels = ps.map((p) => wrapLabel(p, labelWidth, measure));
  // Give time as much length as the labels need, so most land next to their markers.
  const length = Math.max(
    240,
    labels.reduce((sum, l) => sum + l.height + LAYOUT.labelGap, 0),
  );
  const range: [number, number] = [LAYOUT.edge + LINE_HEIGHT.date / 2, LAYOUT.edge + LINE_HEIGHT.date / 2 + length];
  const { scale, segments, breaks } = scaleFor(ps, range, o);
  const ys = ps.map((p) => scale(p.start));
  const tops = dodge(
    ps.map((_, i) => ({ ideal: ys[i] - LINE_HEIGHT.date / 2, size: labels[i].height })),
    LAYOUT.labelGap,
    0,
  );
  const r = LAYOUT.markerRadius;
  const events: PlacedEvent[] = ps.map((p, i) => {
    const l = labels[i];
    return {
      ...eventFields(p, i),
      x: LAYOUT.axisX,
      y: ys[i],
      span: p.stop ? { x1: LAYOUT.axisX, y1: ys[i], x2: LAYOUT.axisX, y2: scale(p.stop) } : undefined,
      label: { x: LAYOUT.labelX, y: tops[i], ...l },
      connector: { x1: LAYOUT.axisX + r + 2, y1: ys[i], x2: LAYOUT.labelX - 4, y2: tops[i] + LINE_HEIGHT.date / 2 },
    };
  });
  const lastLabel = Math.max(0, ...events.map((e) => e.label.y + e.label.height));
  const height = Math.ceil(Math.max(range[1] + LAYOUT.edge, lastLabel + LAYOUT.edge));
  const ticks = ticksFor(segments, LAYOUT.tickSpacing.vertical, o.lang)
    .filter((t) => !breaks.some((b) => Math.abs(b.at - t.at) < LINE_HEIGHT.tick + LAYOUT.breakSize / 2))
    .filter(
      spaced(
        (t) => t.at - LINE_HEIGHT.tick / 2,
        (t) => t.at + LINE_HEIGHT.tick / 2,
      ),
    )
    .map((t) => ({ x: LAYOUT.tickColumn, y: t.at, text: t.text }));
  const axisEnd = Math.max(range[1], ...events.map((e) => e.y));
  return {
    orientation: 'vertical',
    width,
    height,
    events,
    axis: axisPieces(
      [range[0], axisEnd],
      breaks,
      scale(startOf(o.asOf)),
      (a, b, expected) => ({ x1: LAYOUT.axisX, y1: a, x2: LAYOUT.axisX, y2: b, expected }),
      ps.some((p) => p.expected),
    ),
    breaks: breaks.map((b) => ({ x: LAYOUT.axisX, y: b.at, from: b.from.toISOString().slice(0, 10), to: b.to.toISOString().slice(0, 10) })),
    ticks,
  };
}

/**
 * Lays out a timeline at a width. `auto` is horizontal when every label fits in two rows either side
 * of the axis, else vertical (time flowing down). Labels never overlap in either orientation.
 */
export function layoutTimeline(items: readonly TimelineItem[], o: LayoutOptions): TimelineLayout {
  const measure = o.measure ?? estimateWidth;
  const ps = prepare(items, o);
  const orientation = o.orientation ?? 'auto';
  if (ps.length === 0)
    return {
      orientation: orientation === 'horizontal' ? 'horizontal' : 'vertical',
      width: o.width,
      height: 0,
      events: [],
      axis: [],
      breaks: [],
      ticks: [],
    };
  const horizontalCap = 2 * Math.floor((o.width + LAYOUT.labelGap) / (LAYOUT.minLabelWidth + LAYOUT.labelGap));
  if (orientation === 'horizontal') {
    const shown = clusterEvents(ps, horizontalCap, o);
    return horizontal(shown, o, measure, true) ?? vertical(shown, o, measure);
  }
  if (orientation === 'auto' && o.width >= LAYOUT.minHorizontalWidth && ps.length <= horizontalCap) {
    const h = horizontal(clusterEvents(ps, horizontalCap, o), o, measure, false);
    if (h) return h;
  }
  return vertical(clusterEvents(ps, LAYOUT.maxVerticalLabels, o), o, measure);
}
