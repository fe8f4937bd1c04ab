import type { Measure } from './text.js';

/**
 * The timeline's geometry as plain objects: what layout returns and the element draws. Types and
 * named constants only; the modules that compute it are scale, ticks, cluster, place and layout.
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
  /** Right to left (Arabic): time runs from the right edge; the geometry is mirrored (see `mirror`). */
  rtl?: boolean;
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

/** Several events drawn as one label, because more events fall in a stretch than labels fit. */
export interface Cluster {
  count: number;
  /** The period the cluster covers, as dataset dates ("2019", "2019-03"…), for a date window. */
  from: string;
  to: string;
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
  /** `side` is where the label sits: above/below a horizontal axis, left/right of a vertical one. */
  /** `inline`: the first title line continues the last date line. */
  label: Box & { dateLines: string[]; titleLines: string[]; inline: boolean; side: 'start' | 'end' };
  connector: Line;
  /** Set when this label stands for several events: activating it should zoom to [from, to]. */
  cluster?: Cluster;
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
  /**
   * Where the axis was drawn longer than the rest of its scale, to give crowded events room for
   * their labels (px along the axis). Drawn as a band, so the change of scale is visible.
   */
  stretches: Line[];
  /** A vertical axis in the middle of the column, labels on both sides (wide columns). */
  centred: boolean;
  ticks: Tick[];
}

/* Named layout constants (px), as plain constants so the minifier can inline them. */
/** Below this width, `auto` lays time out vertically. */
export const MIN_HORIZONTAL_WIDTH = 600;
export const EDGE = 12;
export const LABEL_GAP = 12;
/** Between labels of a vertical timeline. */
export const VERTICAL_GAP = 8;
export const LABEL_PADDING = 4;
export const MIN_LABEL_WIDTH = 112;
export const MAX_LABEL_WIDTH = 184;
/** Widest label of a vertical timeline with labels on both sides. */
export const MAX_SIDE_LABEL_WIDTH = 360;
export const GUTTER = 28;
export const MAX_GUTTER = 64;
export const TICK_BAND = 20;
export const TICK_SPACING_H = 80;
export const TICK_SPACING_V = 72;
export const BREAK_SIZE = 28;
export const MARKER_RADIUS = 6;
/** Vertical: tick column, axis position and where labels start. */
export const TICK_COLUMN = 40;
export const AXIS_X = 50;
export const LABEL_X = 72;
/** Vertical, centred axis: from the axis to the nearest label edge. */
export const CENTRE_GAP = 30;
/** A gap longer than this share of the whole span may be compressed behind an axis break. */
export const BREAK_SHARE = 0.4;
export const MAX_BREAKS = 2;
/** Vertical timelines cluster events beyond this many labels (horizontal ones: what fits in two rows). */
export const MAX_VERTICAL_LABELS = 40;
/** A vertical timeline may be this much longer than its labels need, to keep time proportional. */
export const VERTICAL_SLACK = 1.05;
/** A stretch of axis drawn at least this many times its scale's rate is marked as stretched. */
export const STRETCH_MARK = 1.5;
