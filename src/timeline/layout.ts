import { estimateWidth } from './text.js';
import { clusterEvents } from './cluster.js';
import {
  type LayoutOptions,
  type Line,
  type TimelineItem,
  type TimelineLayout,
  LABEL_GAP,
  MAX_VERTICAL_LABELS,
  MIN_HORIZONTAL_WIDTH,
  MIN_LABEL_WIDTH,
} from './geometry.js';
import { horizontal, vertical } from './place.js';
import { prepare } from './prepare.js';

/**
 * The timeline's layout entry point: (events, width, options) → plain geometry, with no DOM, so
 * it runs in a test, a worker or on a server. It picks the orientation and the density handling;
 * scale.ts, ticks.ts, cluster.ts and place.ts do the rest. The element only maps it to SVG and HTML.
 */
export * from './geometry.js';
export { eventDateText, inWindow } from './prepare.js';
export { isExpected } from '../data/dates.js';
export { timeScale, piecewise } from './scale.js';
export { calendarTicks } from './ticks.js';

/**
 * Lays out a timeline at a width. `auto` is horizontal when every label fits in two rows either side
 * of the axis, else vertical (time flowing down). Labels never overlap in either orientation.
 */
export function layoutTimeline(items: readonly TimelineItem[], o: LayoutOptions): TimelineLayout {
  const l = place(items, o);
  return o.rtl ? mirror(l) : l;
}

/**
 * The same timeline read right to left: every x measured from the other edge (a label's box keeps
 * its width, so its left edge moves to width − x − box width). Sides keep their meaning: `start`
 * labels sit above the axis, or on its reading-start side, which is now the right.
 */
export function mirror(l: TimelineLayout): TimelineLayout {
  const w = l.width;
  const line = <T extends Line>(a: T): T => ({ ...a, x1: w - a.x1, x2: w - a.x2 });
  return {
    ...l,
    events: l.events.map((e) => ({
      ...e,
      x: w - e.x,
      span: e.span && line(e.span),
      connector: line(e.connector),
      label: { ...e.label, x: w - e.label.x - e.label.width },
    })),
    axis: l.axis.map(line),
    stretches: l.stretches.map(line),
    breaks: l.breaks.map((b) => ({ ...b, x: w - b.x })),
    ticks: l.ticks.map((t) => ({ ...t, x: w - t.x })),
  };
}

function place(items: readonly TimelineItem[], o: LayoutOptions): TimelineLayout {
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
      stretches: [],
      centred: false,
      ticks: [],
    };
  const horizontalCap = 2 * Math.floor((o.width + LABEL_GAP) / (MIN_LABEL_WIDTH + LABEL_GAP));
  if (orientation === 'horizontal') {
    const shown = clusterEvents(ps, horizontalCap, o);
    return horizontal(shown, o, measure, true) ?? vertical(shown, o, measure);
  }
  if (orientation === 'auto' && o.width >= MIN_HORIZONTAL_WIDTH && ps.length <= horizontalCap) {
    const h = horizontal(clusterEvents(ps, horizontalCap, o), o, measure, false);
    if (h) return h;
  }
  return vertical(clusterEvents(ps, MAX_VERTICAL_LABELS, o), o, measure);
}
