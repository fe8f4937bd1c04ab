import { type Measure, type TextStyle } from './text.js';

/** The longest unbreakable piece of a text: its widest word (hyphenated words may break after a hyphen). */
export function widestWord(text: string, style: TextStyle, measure: Measure): number {
  return Math.max(0, ...pieces(text).map((w) => measure(w, style)));
}

/** Words, with hyphenated compounds split after each hyphen ("Persian-Avar-Slav" → "Persian-", "Avar-", "Slav"). */
const pieces = (text: string) => text.split(/\s+/).flatMap((w) => w.match(/[^-‐/]+[-‐/]*|[-‐/]+/g) ?? []);

/**
 * Breaks a text into lines no wider than `maxWidth`, only between words (or after a hyphen in a
 * compound). Layout widens a label to its widest word, so a word is cut only when it is wider
 * than the whole column; the cut then ends with a hyphen, never silently mid-word.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: Measure, firstWidth = maxWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // The first line may be shorter (it follows a date on the same line); once it is full, or its
    // first word does not fit, the rest wrap at the full width.
    if (!lines.length && !line && firstWidth < maxWidth && measure(word, style) > firstWidth) lines.push('');
    const candidate = line ? `${line} ${word}` : word;
    const width = lines.length ? maxWidth : firstWidth;
    if (measure(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    // Too long for this line: break after one of the word's hyphens, else start a new line with it.
    const parts = pieces(word);
    let rest = word;
    for (let k = parts.length - 1; k > 0 && line; k--) {
      const head = parts.slice(0, k).join('');
      if (measure(`${line} ${head}`, style) <= width) {
        line = `${line} ${head}`;
        rest = parts.slice(k).join('');
        break;
      }
    }
    if (line) lines.push(line);
    line = rest;
    while (measure(line, style) > maxWidth && line.length > 1) {
      const parts = pieces(line);
      let k = parts.length - 1;
      while (k > 0 && measure(parts.slice(0, k).join(''), style) > maxWidth) k--;
      if (k > 0) {
        lines.push(parts.slice(0, k).join(''));
        line = parts.slice(k).join('');
        continue;
      }
      // A single word wider than the column: cut it, and show the cut with a hyphen.
      let cut = line.length - 1;
      while (cut > 1 && measure(`${line.slice(0, cut)}-`, style) > maxWidth) cut--;
      lines.push(`${line.slice(0, cut)}-`);
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
