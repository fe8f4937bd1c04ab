/**
 * Text metrics shared by layout and rendering: the label styles, their font sizes, weights and
 * line heights, the `Measure` signature, and a font-free estimate for places without a canvas (a
 * server, a unit test). Pure: no DOM.
 */
export type TextStyle = 'date' | 'title' | 'tick';

/** Measures the width in px of a text in a given label style. */
export type Measure = (text: string, style: TextStyle) => number;

/** Font sizes in px for each style; layout and CSS share these (see timeline/styles.ts). */
export const FONT_SIZE: Record<TextStyle, number> = { date: 13, title: 15, tick: 12 };
export const LINE_HEIGHT: Record<TextStyle, number> = { date: 18, title: 20, tick: 16 };
export const FONT_WEIGHT: Record<TextStyle, number> = { date: 600, title: 400, tick: 400 };

/**
 * Average glyph widths of a sans-serif face, on the wide side so real text fits inside the boxes
 * it was given.
 */
export const estimateWidth: Measure = (text, style) => {
  let em = 0;
  for (const ch of text) {
    if (/[il.,:;'’|!\s]/.test(ch)) em += 0.3;
    else if (/[mwMW@–—]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.66;
    else em += 0.56;
  }
  return em * FONT_SIZE[style] * (style === 'date' ? 1.05 : 1);
};
