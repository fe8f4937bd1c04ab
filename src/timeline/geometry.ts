import type { Measure } from '../shared/text.js';

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

/** Named layout constants (px). */
export const LAYOUT = {
  /** Below this width, `auto` lays time out vertically. */
  minHorizontalWidth: 600,
  edge: 12,
  labelGap: 12,
  /** Between labels of a vertical timeline. */
  verticalGap: 8,
  labelPadding: 4,
  minLabelWidth: 112,
  maxLabelWidth: 184,
  /** Widest label of a vertical timeline with labels on both sides. */
  maxSideLabelWidth: 360,
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
  /** Vertical, centred axis: from the axis to the nearest label edge. */
  centreGap: 30,
  /** A gap longer than this share of the whole span may be compressed behind an axis break. */
  breakShare: 0.4,
  maxBreaks: 2,
  /** Vertical timelines cluster events beyond this many labels (horizontal ones: what fits in two rows). */
  maxVerticalLabels: 40,
  /** A vertical timeline may be this much longer than its labels need, to keep time proportional. */
  verticalSlack: 1.05,
  /** A stretch of axis drawn at least this many times its scale's rate is marked as stretched. */
  stretchMark: 1.5,
} as const;
