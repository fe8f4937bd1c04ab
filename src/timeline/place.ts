import { startOf, endOf } from '../data/dates.js';
import { LINE_HEIGHT, type Measure } from './text.js';
import { dodge } from './dodge.js';
import {
  type LayoutOptions,
  type Line,
  type PlacedEvent,
  type TimelineLayout,
  AXIS_X,
  BREAK_SIZE,
  CENTRE_GAP,
  EDGE,
  GUTTER,
  LABEL_GAP,
  LABEL_PADDING,
  LABEL_X,
  MARKER_RADIUS,
  MAX_GUTTER,
  MAX_LABEL_WIDTH,
  MAX_SIDE_LABEL_WIDTH,
  MIN_HORIZONTAL_WIDTH,
  MIN_LABEL_WIDTH,
  TICK_BAND,
  TICK_COLUMN,
  TICK_SPACING_H,
  TICK_SPACING_V,
  VERTICAL_GAP,
  VERTICAL_SLACK,
} from './geometry.js';
import type { Prepared } from './prepare.js';
import { piecewise, timeScale } from './scale.js';
import { spaced, ticksFor } from './ticks.js';
import { markStretches } from './stretches.js';
import { widestWord, wrapText } from './wrap.js';

/**
 * The two placements. Each puts every marker at its date on a time scale that is proportional
 * where events have room and stretched where they crowd, so that each label sits by its marker:
 * a marker is pushed along the axis just far enough for its label to clear the previous one in
 * its lane. The stretches are returned so the element can show where the scale changes.
 */

interface Label {
  dateLines: string[];
  titleLines: string[];
  /** The title starts on the date's (last) line, after it. */
  inline: boolean;
  width: number;
  height: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const DATE_HALF = LINE_HEIGHT.date / 2;
/** The space between an inline date and its title. */
const SPACE = 5;
/** Markers at different dates stay at least this far apart, so they never merge into one. */
const MIN_STEP = MARKER_RADIUS * 2 + 2;

/**
 * A label's lines and box; never narrower than its widest word (up to `max`): words break only
 * between words. `inline` (narrow vertical timelines) starts the title on the date's line.
 */
function wrapLabel(p: Prepared, width: number, max: number, measure: Measure, inline = false): Label {
  const w = Math.min(max, Math.max(width, widestWord(p.item.title, 'title', measure), widestWord(p.dateText, 'date', measure)));
  const dateLines = wrapText(p.dateText, w, 'date', measure);
  const last = dateLines.length - 1;
  const after = inline ? measure(dateLines[last], 'date') + SPACE : 0;
  const titleLines = wrapText(p.item.title, w, 'title', measure, w - after);
  const widths = [...dateLines.map((l) => measure(l, 'date')), ...titleLines.map((l, i) => measure(l, 'title') + (i ? 0 : after))];
  const height = inline
    ? last * LINE_HEIGHT.date + titleLines.length * LINE_HEIGHT.title + LABEL_PADDING
    : dateLines.length * LINE_HEIGHT.date + titleLines.length * LINE_HEIGHT.title + LABEL_PADDING;
  return { dateLines, titleLines, inline, width: Math.min(w, Math.ceil(Math.max(...widths)) + LABEL_PADDING), height };
}

/** The proportional scale over what is drawn (spans to their stop), on the date window when there is one. */
function baseScale(ps: Prepared[], range: [number, number], o: LayoutOptions) {
  return timeScale(
    ps.flatMap((p) => (p.stop ? [p.start, p.stop] : [p.start])),
    range,
    { from: o.from ? startOf(o.from) : undefined, to: o.to ? endOf(o.to) : undefined },
  );
}

/**
 * Marker positions and label starts along the axis. Each marker keeps its proportional distance
 * from the previous one, or more when its label (starting `lead` before the marker) would not
 * clear the last label in its lane; events on the same date share a marker and stack their labels.
 */
function pushApart(base: number[], times: number[], lead: number[], size: number[], lanes: number, min: number, gap: number) {
  const pos: number[] = [];
  const starts: number[] = [];
  const end = new Array<number>(lanes).fill(-Infinity);
  for (let i = 0; i < base.length; i++) {
    const lane = i % lanes;
    pos[i] =
      i === 0
        ? base[0]
        : times[i] === times[i - 1]
          ? pos[i - 1]
          : Math.max(pos[i - 1] + Math.max(base[i] - base[i - 1], MIN_STEP), end[lane] + gap + lead[i]);
    starts[i] = Math.max(pos[i] - lead[i], end[lane] + gap, min);
    end[lane] = starts[i] + size[i];
  }
  return { pos, starts, extent: Math.max(pos[pos.length - 1], ...end) };
}

/**
 * The stretched axis: the base scale with `length` px of proportional time, markers pushed apart,
 * and the map from base px to drawn px through the markers (slope 1 beyond them).
 */
function stretchedAxis(...args: Parameters<typeof pushed>) {
  const [ps, o] = args;
  const { base, b, times, placed } = pushed(...args);
  const knots = b.map((v, i) => [v, placed.pos[i]]).filter((_, i) => i === 0 || times[i] !== times[i - 1]);
  const along = piecewise(
    knots.map((k) => k[0]),
    knots.map((k) => k[1]),
    true,
  );
  const stretches = markStretches(knots);
  const map = knots.length > 1 ? along : (v: number) => v - b[0] + placed.pos[0];
  const at = (d: Date) => map(base.scale(d));
  const last = ps[ps.length - 1];
  return {
    ...placed,
    stretches,
    /** Where a date is drawn along the axis. */
    at,
    /** Where the axis's time ends: the window's end, or the last date drawn. */
    end: at(o.to ? endOf(o.to) : (last.stop ?? last.start)),
    breaks: base.breaks.map((k) => ({ ...k, at: map(k.at) })),
    ticks: (spacing: number) => ticksFor(base.segments, spacing, o.lang, map),
  };
}

/** The markers on an axis of `length` px, pushed apart: all that layout's search for a length needs. */
function pushed(
  ps: Prepared[],
  o: LayoutOptions,
  start: number,
  length: number,
  lead: number[],
  size: number[],
  lanes: number,
  min: number,
  gap: number,
) {
  const base = baseScale(ps, [start, start + length], o);
  const b = ps.map((p) => base.scale(p.start));
  const times = ps.map((p) => p.start.getTime());
  return { base, b, times, placed: pushApart(b, times, lead, size, lanes, min, gap) };
}

type Axis = ReturnType<typeof stretchedAxis>;

/** The drawn axis (split at breaks and asOf), its breaks and its stretches, `across` px from the chart's edge. */
function axisLayout(a: Axis, ps: Prepared[], o: LayoutOptions, ends: [number, number], across: number, vertical: boolean) {
  const line = (s: number, e: number): Line =>
    vertical ? { x1: across, y1: s, x2: across, y2: e } : { x1: s, y1: across, x2: e, y2: across };
  return {
    axis: axisPieces(
      ends,
      a.breaks,
      a.at(startOf(o.asOf)),
      (s, e, expected) => ({ ...line(s, e), expected }),
      ps.some((p) => p.expected),
    ),
    breaks: a.breaks.map((b) => ({
      ...(vertical ? { x: across, y: b.at } : { x: b.at, y: across }),
      from: isoDay(b.from),
      to: isoDay(b.to),
    })),
    stretches: a.stretches.map(([s, e]) => line(s, e)),
  };
}

/** The largest value in [lo, hi] for which `ok` holds (`ok` must be monotone: true then false), or lo. */
function largest(lo: number, hi: number, ok: (v: number) => boolean): number {
  if (ok(hi)) return hi;
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** What a placed event says about itself, whatever the orientation puts where. */
function eventFields(p: Prepared, index: number) {
  const { id, date, end, title } = p.item;
  return { id, index, date, end, title, expected: p.expected, dateText: p.dateText, cluster: p.cluster };
}

/** Splits the axis around breaks, and at asOf into drawn and expected (dashed) parts. */
function axisPieces<T>(
  range: [number, number],
  breaks: { at: number }[],
  asOfAt: number,
  make: (a: number, b: number, expected: boolean) => T,
  anyExpected: boolean,
): T[] {
  const half = BREAK_SIZE / 2 - 4;
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

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Two rows of labels, above and below a horizontal axis. Undefined when they cannot fit the width. */
export function horizontal(ps: Prepared[], o: LayoutOptions, measure: Measure, force: boolean): TimelineLayout | undefined {
  const { width } = o;
  const perRow = Math.ceil(ps.length / 2);
  const share = Math.floor((width - LABEL_GAP * (perRow - 1)) / perRow);
  let labelWidth = clamp(share, MIN_LABEL_WIDTH, MAX_LABEL_WIDTH);
  if (force) labelWidth = Math.min(labelWidth, Math.max(40, share));
  const labels = ps.map((p) => wrapLabel(p, labelWidth, width, measure));
  const sizes = labels.map((l) => l.width);
  const leads = sizes.map((s) => s / 2);
  const length = width - 2 * EDGE;
  const fits = (l: number) => {
    const { pos } = pushed(ps, o, EDGE, l, leads, sizes, 2, 0, LABEL_GAP).placed;
    return pos[pos.length - 1] <= width - EDGE + 0.5;
  };
  if (!fits(0)) return undefined;
  const a = stretchedAxis(ps, o, EDGE, largest(0, length, fits), leads, sizes, 2, 0, LABEL_GAP);
  const xs = a.pos;
  // Labels past the right edge move back in, as little as they must.
  const lefts = new Array<number>(ps.length);
  for (const row of [0, 1]) {
    const idx = ps.map((_, i) => i).filter((i) => i % 2 === row);
    const starts = dodge(
      idx.map((i) => ({ ideal: a.starts[i], size: sizes[i] })),
      LABEL_GAP,
      0,
      width,
    );
    idx.forEach((i, k) => (lefts[i] = starts[k]));
    const last = idx[idx.length - 1];
    if (last !== undefined && lefts[last] + sizes[last] > width + 0.5) return undefined;
  }
  const rows = [0, 1].map((row) => ps.map((_, i) => i).filter((i) => i % 2 === row));
  const above = Math.max(0, ...rows[0].map((i) => labels[i].height));
  const below = Math.max(0, ...rows[1].map((i) => labels[i].height));
  // Leaders that travel far sideways get a taller gutter, so they stay steep enough to follow.
  const gutter = (row: number[]) =>
    clamp(Math.max(0, ...row.map((i) => Math.abs(clamp(xs[i], lefts[i], lefts[i] + sizes[i]) - xs[i]))) / 4, GUTTER, MAX_GUTTER);
  const axisY = above + gutter(rows[0]);
  const belowTop = axisY + TICK_BAND + gutter(rows[1]);
  const height = belowTop + below;
  const r = MARKER_RADIUS;
  const events: PlacedEvent[] = ps.map((p, i) => {
    const l = labels[i];
    const isAbove = i % 2 === 0;
    const y = isAbove ? above - l.height : belowTop;
    const left = lefts[i];
    const anchor = clamp(xs[i], left + r, left + l.width - r);
    return {
      ...eventFields(p, i),
      x: xs[i],
      y: axisY,
      span: p.stop ? { x1: xs[i], y1: axisY, x2: a.at(p.stop), y2: axisY } : undefined,
      label: { x: left, y, ...l, side: isAbove ? 'start' : 'end' },
      connector: isAbove
        ? { x1: xs[i], y1: axisY - r - 2, x2: anchor, y2: y + l.height + 2 }
        : { x1: xs[i], y1: axisY + r + 2, x2: anchor, y2: y - 2 },
    };
  });

  // Tick labels sit under the axis; drop those a connector to the lower row would cross.
  const blocked = events
    .filter((e) => e.index % 2 === 1)
    .map((e) => [Math.min(e.connector.x1, e.connector.x2) - 4, Math.max(e.connector.x1, e.connector.x2) + 4]);
  const ticks = a
    .ticks(TICK_SPACING_H)
    .map((t) => ({ x: t.at, y: axisY + TICK_BAND - 4, text: t.text, half: measure(t.text, 'tick') / 2 + 2 }))
    .filter((t) => t.x - t.half >= 0 && t.x + t.half <= width)
    .filter((t) => !blocked.some(([a, b]) => t.x + t.half > a && t.x - t.half < b))
    .filter((t) => !a.breaks.some((b) => Math.abs(b.at - t.x) < t.half + BREAK_SIZE / 2))
    .filter(
      spaced(
        (t) => t.x - t.half,
        (t) => t.x + t.half,
      ),
    )
    .map(({ x, y, text }) => ({ x, y, text }));
  const end = clamp(a.end, xs[xs.length - 1], width - EDGE);
  return {
    orientation: 'horizontal',
    width,
    height,
    events,
    ...axisLayout(a, ps, o, [Math.min(EDGE, xs[0]), Math.max(end, xs[xs.length - 1])], axisY, false),
    centred: false,
    ticks,
  };
}

/**
 * Time flowing down. Narrow columns: ticks, axis, then the labels to the right. Wide columns
 * (`centred`): the axis in the middle, labels alternating left and right, ticks on the axis.
 */
export function vertical(ps: Prepared[], o: LayoutOptions, measure: Measure): TimelineLayout {
  const { width } = o;
  const centred = width >= MIN_HORIZONTAL_WIDTH;
  const lanes = centred ? 2 : 1;
  const axisX = centred ? Math.round(width / 2) : AXIS_X;
  const room = centred ? axisX - CENTRE_GAP - EDGE / 2 : width - LABEL_X - EDGE / 2;
  const labelWidth = Math.max(40, Math.min(room, centred ? MAX_SIDE_LABEL_WIDTH : room));
  // One lane: the title follows the date on its line, which saves a line per event on a phone.
  const labels = ps.map((p) => wrapLabel(p, labelWidth, Math.max(40, room), measure, !centred));
  const sizes = labels.map((l) => l.height);
  const leads = labels.map((l) => (l.inline && l.dateLines.length === 1 ? LINE_HEIGHT.title / 2 : DATE_HALF));
  const top = EDGE / 2 + DATE_HALF;
  // As compact as the labels allow, then as much proportional time as a little slack buys.
  const extent = (length: number) => pushed(ps, o, top, length, leads, sizes, lanes, EDGE / 2, VERTICAL_GAP).placed.extent;
  const budget = Math.max(240, (extent(0) - top) * VERTICAL_SLACK) + top;
  const a = stretchedAxis(
    ps,
    o,
    top,
    largest(0, budget, (l) => extent(l) <= budget),
    leads,
    sizes,
    lanes,
    EDGE / 2,
    VERTICAL_GAP,
  );
  const ys = a.pos;
  const r = MARKER_RADIUS;
  const events: PlacedEvent[] = ps.map((p, i) => {
    const l = labels[i];
    const left = centred && i % 2 === 0;
    const x = !centred ? LABEL_X : left ? axisX - CENTRE_GAP - l.width : axisX + CENTRE_GAP;
    const dateY = a.starts[i] + leads[i];
    return {
      ...eventFields(p, i),
      x: axisX,
      y: ys[i],
      span: p.stop ? { x1: axisX, y1: ys[i], x2: axisX, y2: a.at(p.stop) } : undefined,
      label: { x, y: a.starts[i], ...l, side: left ? 'start' : 'end' },
      connector: left
        ? { x1: axisX - r - 2, y1: ys[i], x2: x + l.width + 4, y2: dateY }
        : { x1: axisX + r + 2, y1: ys[i], x2: x - 4, y2: dateY },
    };
  });
  const lastLabel = Math.max(0, ...events.map((e) => e.label.y + e.label.height));
  const half = LINE_HEIGHT.tick / 2;
  const ticks = a
    .ticks(TICK_SPACING_V)
    .filter((t) => !a.breaks.some((b) => Math.abs(b.at - t.at) < LINE_HEIGHT.tick + BREAK_SIZE / 2))
    // On a centred axis the tick texts sit on the axis: keep them off the markers.
    .filter((t) => !centred || !ys.some((m) => Math.abs(m - t.at) < half + r))
    .filter(
      spaced(
        (t) => t.at - half,
        (t) => t.at + half,
      ),
    )
    .map((t) => ({ x: centred ? axisX : TICK_COLUMN, y: t.at, text: t.text }));
  const axisEnd = Math.max(a.end, ...ys);
  const height = Math.ceil(Math.max(axisEnd + EDGE, lastLabel + EDGE));
  return {
    orientation: 'vertical',
    width,
    height,
    events,
    ...axisLayout(a, ps, o, [Math.min(top, ys[0]), Math.min(axisEnd, height - EDGE / 2)], axisX, true),
    centred,
    ticks,
  };
}
