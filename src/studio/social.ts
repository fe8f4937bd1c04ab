import type { Dataset, Position } from '../data/types.js';
import { compareDates, formatDate, isExpected } from '../data/dates.js';
import { localize, strings } from '../data/i18n.js';
import { buildMatrix } from '../matrix/model.js';
import { ICON_PATHS, POSITIONS } from '../matrix/icons.js';
import { PALETTE, type Palette } from '../shared/palette.js';

/**
 * Social-card and newsletter images (PNG) of the timeline and of the matrix, drawn on a canvas
 * from the data and the matrix's own model (src/matrix/model.ts: latest position per actor and
 * question, grouped), in the explainer's colours, icons and words, with the title, the "as of"
 * date and a source line. Drawn, not screenshotted: a card is a layout of its own (type large
 * enough for a feed, a fixed frame), the result is the same in every engine, and it costs no
 * dependency (DOM-to-image libraries serialise the shadow DOM into an SVG <foreignObject>, which
 * WebKit has long refused to export from a canvas).
 */

export type CardView = 'timeline' | 'matrix';
export interface CardSize {
  width: number;
  height: number;
}
export const CARD_SIZES: CardSize[] = [
  { width: 1200, height: 675 },
  { width: 1080, height: 1080 },
];

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SERIF = 'Georgia, "Times New Roman", serif';

export interface CardOptions {
  view: CardView;
  size: CardSize;
  theme: 'light' | 'dark';
  lang: 'en' | 'es';
  /** The source line at the foot ("Sources: …"). */
  sourceLine: string;
  /** "+ 4 more events", "+ 3 more rows": what a card leaves out, in the page's words. */
  more: (count: number) => string;
}

/** Lines of at most `width` px, broken between words (a word longer than the line is cut with "…"). */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, maxLines: number): string[] {
  return wrapBy((s) => ctx.measureText(s).width, text, width, maxLines);
}

/** `wrap` with any measure of a line's width (pure: the layout below is tested without a canvas). */
export function wrapBy(measure: (line: string) => number, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (measure(next) <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i];
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const used = lines.join(' ').split(/\s+/).length;
  if (used < words.length || (lines.length && measure(lines[lines.length - 1]) > width)) {
    let last = lines[lines.length - 1] ?? '';
    while (last && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
    lines[lines.length - 1] = `${last}…`;
  }
  return lines;
}

/** The default source line: the publishers (or labels) of the story's sources, the first few. */
export function defaultSourceLine(d: Dataset, lang: string, words: { sourcesLine: (s: string) => string; more: (n: number) => string }) {
  const names = [...new Set(d.sources.map((s) => (s.publisher ? localize(s.publisher, lang) : localize(s.label, lang))))];
  const shown = names.slice(0, 3).join(', ');
  return words.sourcesLine(names.length > 3 ? `${shown} ${words.more(names.length - 3)}` : shown);
}

/** Evenly spread picks from a list, first and last included. */
const spread = <T>(items: T[], count: number): T[] =>
  items.length <= count ? items : Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]);

function drawIcon(ctx: CanvasRenderingContext2D, p: Position, x: number, y: number, size: number, color: string) {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 16, size / 16);
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  for (const part of ICON_PATHS[p]) {
    const path = new Path2D(part.d);
    ctx.setLineDash(part.dash ?? []);
    ctx.lineWidth = part.width ?? 1.5;
    if (part.fill) ctx.fill(path);
    else ctx.stroke(path);
  }
  ctx.restore();
}

/** Draws a card on `canvas` (resized to the card), for `toBlob`. */
export function drawCard(canvas: HTMLCanvasElement, d: Dataset, o: CardOptions): void {
  const { width: W, height: H } = o.size;
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  const c = PALETTE[o.theme];
  const t = strings(o.lang);
  const pad = Math.round(W * 0.05);
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, W, H);
  ctx.textBaseline = 'alphabetic';

  // Head: title (at most two lines), then the moment the story describes.
  // A landscape card has little height: a smaller head leaves the matrix room for ten rows.
  const wide = W / H > 1.4;
  const titleSize = wide ? 42 : 50;
  ctx.font = `700 ${titleSize}px ${SERIF}`;
  ctx.fillStyle = c.text;
  let y = pad + titleSize;
  for (const line of wrap(ctx, localize(d.title, o.lang), W - 2 * pad, 2)) {
    ctx.fillText(line, pad, y);
    y += titleSize * 1.15;
  }
  ctx.font = `400 24px ${SANS}`;
  ctx.fillStyle = c.muted;
  ctx.fillText(t.describes(formatDate(d.asOf, o.lang)), pad, y + 4);
  const top = y + (wide ? 30 : 40);

  // Foot: a rule and the source line.
  const footY = H - pad + 8;
  ctx.fillStyle = c.rule;
  ctx.fillRect(pad, footY - 40, W - 2 * pad, 2);
  ctx.font = `400 22px ${SANS}`;
  ctx.fillStyle = c.muted;
  ctx.fillText(wrap(ctx, o.sourceLine, W - 2 * pad, 1)[0] ?? '', pad, footY);
  const bottom = footY - (wide ? 56 : 64);

  if (o.view === 'timeline') drawTimeline(ctx, d, o, c, { left: pad, right: W - pad, top, bottom });
  else drawMatrix(ctx, d, o, c, { left: pad, right: W - pad, top, bottom });
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The timeline as a card: the events (evenly spread picks when there are many) along a line, each with its date and title. */
function drawTimeline(ctx: CanvasRenderingContext2D, d: Dataset, o: CardOptions, c: Palette, box: Box) {
  const t = strings(o.lang);
  const events = [...d.events].sort((a, b) => compareDates(a.date, b.date));
  const wide = box.right - box.left > (box.bottom - box.top) * 1.6;
  const count = wide ? 5 : 7;
  const shown = spread(events, count);
  const more = events.length - shown.length;
  // The timeline's rule (src/data/dates.ts): after the whole period asOf names.
  const expected = (date: string) => isExpected(date, d.asOf);
  const dot = (x: number, y: number, future: boolean) => {
    ctx.beginPath();
    ctx.arc(x, y, 9, 0, Math.PI * 2);
    ctx.fillStyle = future ? c.bg : c.accent;
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = c.accent;
    ctx.setLineDash(future ? [4, 3] : []);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  if (wide) {
    // Across: the line, then per event its date above and its title below, in equal columns.
    // The block (dates, line, up to five lines of title) sits in the middle of the room it has.
    const lineY = box.top + Math.max(56, (box.bottom - box.top - 250) / 2 + 56);
    const col = (box.right - box.left) / shown.length;
    ctx.fillStyle = c.rule;
    ctx.fillRect(box.left, lineY - 1.5, box.right - box.left, 3);
    shown.forEach((e, i) => {
      const x = box.left + col * i + col / 2;
      const future = expected(e.date);
      dot(x, lineY, future);
      ctx.textAlign = 'center';
      ctx.font = `700 20px ${SANS}`;
      ctx.fillStyle = c.muted;
      ctx.fillText(formatDate(e.date, o.lang, true), x, lineY - 24);
      ctx.font = `600 22px ${SANS}`;
      ctx.fillStyle = c.text;
      let ty = lineY + 46;
      const lines = Math.max(1, Math.floor((box.bottom - ty - (future ? 30 : 0)) / 28));
      for (const line of wrap(ctx, localize(e.title, o.lang), col - 20, Math.min(lines, 5))) {
        ctx.fillText(line, x, ty);
        ty += 28;
      }
      if (future) {
        ctx.font = `italic 400 20px ${SANS}`;
        ctx.fillStyle = c.muted;
        ctx.fillText(t.expected, x, ty + 2);
      }
    });
    ctx.textAlign = 'left';
  } else {
    // Down: the line on the left, each event's date then title beside its dot.
    const row = (box.bottom - box.top) / shown.length;
    const x = box.left + 10;
    ctx.fillStyle = c.rule;
    ctx.fillRect(x - 1.5, box.top + 10, 3, row * (shown.length - 1));
    shown.forEach((e, i) => {
      const y = box.top + 10 + row * i;
      const future = expected(e.date);
      dot(x, y, future);
      ctx.font = `700 22px ${SANS}`;
      ctx.fillStyle = c.muted;
      const date = formatDate(e.date, o.lang) + (future ? ` · ${t.expected}` : '');
      ctx.fillText(date, x + 32, y + 8);
      ctx.font = `600 28px ${SANS}`;
      ctx.fillStyle = c.text;
      let ty = y + 44;
      for (const line of wrap(ctx, localize(e.title, o.lang), box.right - x - 32, Math.max(1, Math.floor((row - 44) / 32)))) {
        ctx.fillText(line, x + 32, ty);
        ty += 32;
      }
    });
  }
  if (more > 0) {
    ctx.font = `400 20px ${SANS}`;
    ctx.fillStyle = c.muted;
    ctx.textAlign = 'right';
    ctx.fillText(o.more(more), box.right, box.bottom + 24);
    ctx.textAlign = 'left';
  }
}

/** A matrix card's rows grow to this height (px) when few share the room, their type and icons with them. */
const MAX_ROW = 120;
/** The row height the type and icons are sized for (px); roomier rows scale them up to 1.5 times. */
const BASE_ROW = 64;
/** Actors' names: one size for all, from this (times the rows' scale) down to MIN_NAME (px). */
const NAME_SIZE = 22;
const MIN_NAME = 14;

export interface MatrixCardLayout {
  /** Where the question heads start; the table, then the key, follow. Centred in the room left over. */
  top: number;
  nameWidth: number;
  colWidth: number;
  headLines: number;
  headHeight: number;
  rowHeight: number;
  /** How many rows are drawn (the rest are "+ n more"). */
  shown: number;
  /** One size for every actor's name, and each shown name's lines at that size (one or two). */
  nameSize: number;
  names: string[][];
  iconSize: number;
  wordSize: number;
  /** The baseline of the key under the table. */
  keyY: number;
}

/**
 * The matrix card's geometry, from the box it has, the actors' names and the number of
 * questions; `measure(text, px)` is the width of text in the names' font at that size. Pure.
 * Every name gets the same size: the largest at which each fits the name column in the lines its
 * row has room for. Rows share the room up to MAX_ROW, and what is left over is split above and
 * below the table, so a story of three actors does not leave a blank half card.
 */
export function matrixCardLayout(
  box: Box,
  actorNames: string[],
  issues: number,
  measure: (text: string, size: number) => number,
): MatrixCardLayout {
  const width = box.right - box.left;
  const nameWidth = Math.min(340, width * 0.3);
  const colWidth = (width - nameWidth) / Math.max(1, issues);
  const wide = width > (box.bottom - box.top) * 2.2;
  const headLines = wide ? 2 : 3;
  const headHeight = headLines * 24 + 12;
  const keyHeight = wide ? 32 : 40;
  const room = box.bottom - box.top - headHeight - keyHeight;
  const rowHeight = Math.max(26, Math.min(MAX_ROW, room / Math.max(1, actorNames.length)));
  const fit = Math.max(1, Math.floor(room / rowHeight));
  const shown = actorNames.length > fit ? fit - 1 : actorNames.length;
  const scale = Math.min(1.5, Math.max(1, rowHeight / BASE_ROW));
  // The largest size at which every shown name fits, on one line or (where the row has room) two.
  const names = actorNames.slice(0, shown);
  const room1 = nameWidth - 12;
  const linesAt = (size: number) => (rowHeight >= size * 2.4 + 10 ? 2 : 1);
  const fits = (size: number) =>
    names.every((n) => wrapBy((l) => measure(l, size), n, room1, linesAt(size)).every((l) => !l.endsWith('…')));
  let nameSize = Math.floor(Math.min(NAME_SIZE * scale, rowHeight - 14));
  while (nameSize > MIN_NAME && !fits(nameSize)) nameSize--;
  const used = headHeight + (shown + (shown < actorNames.length ? 1 : 0)) * rowHeight + keyHeight;
  const top = box.top + Math.max(0, (box.bottom - box.top - used) / 2);
  return {
    top,
    nameWidth,
    colWidth,
    headLines,
    headHeight,
    rowHeight,
    shown,
    nameSize,
    names: names.map((n) => wrapBy((l) => measure(l, nameSize), n, room1, linesAt(nameSize))),
    iconSize: Math.min(26 * scale, rowHeight - 14),
    wordSize: Math.min(20 * scale, rowHeight - 16),
    keyY: top + used - 8,
  };
}

/** The matrix as a card: actors down, questions across, each cell its position's colour and icon, with the word where it fits and a key below. */
function drawMatrix(ctx: CanvasRenderingContext2D, d: Dataset, o: CardOptions, c: Palette, box: Box) {
  const t = strings(o.lang);
  const model = buildMatrix(d, { lang: o.lang });
  const rows = model.groups.flatMap((g) => g.rows);
  const issues = model.issues;
  const measure = (text: string, size: number) => {
    ctx.font = `600 ${size}px ${SANS}`;
    return ctx.measureText(text).width;
  };
  const L = matrixCardLayout(
    box,
    rows.map((r) => localize(r.actor.name, o.lang)),
    issues.length,
    measure,
  );
  const { rowHeight, colWidth, nameWidth, headLines, iconSize, wordSize } = L;
  const shownRows = rows.slice(0, L.shown);
  const more = rows.length - shownRows.length;

  // Question heads, bottom-aligned over their columns.
  ctx.font = `700 19px ${SANS}`;
  ctx.fillStyle = c.text;
  issues.forEach((issue, i) => {
    const lines = wrap(ctx, localize(issue.short ?? issue.label, o.lang), colWidth - 16, headLines);
    lines.forEach((line, k) =>
      ctx.fillText(line, box.left + nameWidth + colWidth * i + 8, L.top + 20 + (k + headLines - lines.length) * 24),
    );
  });
  let y = L.top + L.headHeight;
  // A word is drawn only when every position's word fits its cell: the same cells read the same way.
  const wordRoom = colWidth - iconSize - 32;
  const words = POSITIONS.every((p) => measure(t.position[p], wordSize) <= wordRoom);
  // The positions the cells show, for the key.
  const drawn = new Set<Position>();
  shownRows.forEach((r, n) => {
    ctx.fillStyle = c.rule;
    ctx.fillRect(box.left, y, box.right - box.left, 1);
    // Every name at the one size the layout chose, on one line or two.
    const lines = L.names[n];
    ctx.font = `600 ${L.nameSize}px ${SANS}`;
    ctx.fillStyle = c.text;
    const lineGap = L.nameSize * 1.2;
    lines.forEach((line, k) =>
      ctx.fillText(line, box.left, y + rowHeight / 2 + L.nameSize * 0.35 + (k - (lines.length - 1) / 2) * lineGap),
    );
    r.cells.forEach((cell, i) => {
      drawn.add(cell.position);
      const [fg, bg] = c[cell.position];
      const x = box.left + nameWidth + colWidth * i;
      ctx.fillStyle = bg;
      ctx.beginPath();
      ctx.roundRect(x + 4, y + 4, colWidth - 8, rowHeight - 8, 4);
      ctx.fill();
      drawIcon(ctx, cell.position, words ? x + 12 : x + (colWidth - iconSize) / 2, y + (rowHeight - iconSize) / 2, iconSize, fg);
      if (words) {
        ctx.font = `600 ${wordSize}px ${SANS}`;
        ctx.fillStyle = fg;
        ctx.fillText(t.position[cell.position], x + 20 + iconSize, y + rowHeight / 2 + wordSize * 0.35);
      }
    });
    y += rowHeight;
  });
  if (more > 0) {
    ctx.font = `400 20px ${SANS}`;
    ctx.fillStyle = c.muted;
    ctx.fillText(o.more(more), box.left, y + rowHeight / 2 + 7);
  }
  // The key: each icon and its word, as the matrix shows them above its table; only the positions the card shows.
  let x = box.left;
  const keyY = L.keyY;
  ctx.font = `600 18px ${SANS}`;
  for (const p of POSITIONS.filter((p) => drawn.has(p))) {
    drawIcon(ctx, p, x, keyY - 16, 20, c[p][0]);
    ctx.fillStyle = c[p][0];
    ctx.fillText(t.position[p], x + 26, keyY);
    x += 26 + ctx.measureText(t.position[p]).width + 28;
  }
}

/** The card as PNG. */
export function cardPng(d: Dataset, o: CardOptions): Promise<Blob> {
  const canvas = document.createElement('canvas');
  drawCard(canvas, d, o);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be made'))), 'image/png'),
  );
}
