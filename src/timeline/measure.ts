import { FONT_SIZE, FONT_WEIGHT, estimateWidth, type Measure } from './text.js';

/**
 * Text widths from the browser's own font engine (canvas measureText, no layout), cached per
 * family. Layout uses them to wrap labels so that what is drawn is what was measured.
 */
export function canvasMeasure(fontFamily: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth;
  const cache = new Map<string, number>();
  return (text, style) => {
    const key = `${style}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = `${FONT_WEIGHT[style]} ${FONT_SIZE[style]}px ${fontFamily}`;
      // A hair of slack: sub-pixel differences between canvas and DOM text must not cause a wrap.
      w = Math.ceil(ctx.measureText(text).width) + 1;
      cache.set(key, w);
    }
    return w;
  };
}
