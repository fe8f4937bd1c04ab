import { html, svg, type TemplateResult } from 'lit';
import type { Position } from '../data/types.js';

/**
 * The positions' icons in a 16 × 16 box, drawn in currentColor: the shape alone tells positions
 * apart (the word says it too). One list for the matrix (SVG, below) and the studio's social cards
 * (canvas, src/studio/social.ts).
 */
export const ICON_PATHS: Record<Position, Array<{ d: string; fill?: boolean; width?: number; dash?: number[] }>> = {
  support: [{ d: 'M15 8a7 7 0 1 1-14 0a7 7 0 1 1 14 0' }, { d: 'M4.5 8.2l2.3 2.3 4.7-4.9', width: 2 }],
  oppose: [{ d: 'M15 8a7 7 0 1 1-14 0a7 7 0 1 1 14 0' }, { d: 'M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6', width: 2 }],
  mixed: [{ d: 'M15 8a7 7 0 1 1-14 0a7 7 0 1 1 14 0' }, { d: 'M8 1a7 7 0 0 1 0 14z', fill: true }],
  unknown: [{ d: 'M15 8a7 7 0 1 1-14 0a7 7 0 1 1 14 0', dash: [2.5, 2] }],
};

/** The positions in the order keys and legends list them (the icons' own). */
export const POSITIONS = Object.keys(ICON_PATHS) as Position[];

/** One part of an icon: a shape in currentColor, filled or stroked. */
const part = ({ d, fill, width = 1.5, dash }: (typeof ICON_PATHS)[Position][number]) =>
  fill
    ? svg`<path d=${d} fill="currentColor"></path>`
    : svg`<path d=${d} fill="none" stroke="currentColor" stroke-width=${width} stroke-dasharray=${dash ? dash.join(' ') : 'none'}></path>`;

/** Each icon's SVG, made once (every cell renders the same template result), with no text inside. */
const ICONS = Object.fromEntries(
  Object.entries(ICON_PATHS).map(([p, parts]) => [
    p,
    html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${parts.map(part)}</svg>`,
  ]),
) as Record<Position, TemplateResult>;

/** A position's icon. */
export const icon = (p: Position): TemplateResult => ICONS[p];
