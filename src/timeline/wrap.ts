/** Measures the width in px of a text in a given label style. */
export type Measure = (text: string, style: TextStyle) => number;
export type TextStyle = 'date' | 'title' | 'tick';

/** Font sizes in px for each style; layout and CSS share these (see styles.ts). */
export const FONT_SIZE: Record<TextStyle, number> = { date: 13, title: 15, tick: 12 };
export const LINE_HEIGHT: Record<TextStyle, number> = { date: 18, title: 20, tick: 16 };

/**
 * A measurer for places without fonts (a server, a unit test): average glyph widths of a
 * sans-serif face, on the wide side so real text fits inside the boxes it was given.
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

/**
 * Breaks a text into lines no wider than `maxWidth`; a word too long for a line is cut by
 * characters rather than allowed to overflow.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, style) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line, style) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), style) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
