import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FONT_SIZE, FONT_WEIGHT, estimateWidth, type Measure } from './text.js';

/**
 * Single words' widths (unrounded), per font, shared by every timeline on the page. A new map each
 * time they are forgotten, so a layout made from the old one knows it is stale: when web fonts
 * finish loading, and when a timeline comes onto a page that has none (nobody listened for fonts
 * while there was none).
 */
export let words = new Map<string, number>();
/** Timelines on the page (listening for fonts). */
let listening = 0;
const forget = () => (words = new Map());

/**
 * Text widths from the browser's own font engine (canvas measureText, no layout). A text is measured
 * word by word and summed, as Blink itself shapes text (each word apart, spaces between), so a
 * label's many candidate lines cost one measurement per new word, not one per line.
 */
export function canvasMeasure(fontFamily: string): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateWidth;
  const word = (text: string, font: string) => {
    const key = `${font}\u0000${text}`;
    let w = words.get(key);
    if (w === undefined) {
      ctx.font = font;
      words.set(key, (w = ctx.measureText(text).width));
    }
    return w;
  };
  return (text, style) => {
    const font = `${FONT_WEIGHT[style]} ${FONT_SIZE[style]}px ${fontFamily}`;
    const parts = text.split(' ');
    let w = (parts.length - 1) * word(' ', font);
    for (const part of parts) w += word(part, font);
    // A hair of slack: sub-pixel differences between canvas and DOM text must not cause a wrap.
    return Math.ceil(w) + 1;
  };
}

/**
 * The timeline's text measure as a controller: measures in the element's own font stack (its
 * `--_font`, read at the first layout after it comes onto the page), and when web fonts in that
 * stack finish loading it forgets its widths and asks the host to lay out again (never when none
 * load; not for a page's icon font). The layout compares `words` to know its widths are stale.
 */
export class TextMeasure implements ReactiveController {
  private fn?: Measure;
  /** The font stack the labels are measured in. */
  private font = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Text widths in the host's font (for `layoutTimeline`). */
  get measure(): Measure {
    return (this.fn ??= canvasMeasure((this.font = getComputedStyle(this.host).getPropertyValue('--_font') || 'system-ui')));
  }

  private readonly onFontsLoaded = (e: Event) => {
    const faces = (e as FontFaceSetLoadEvent).fontfaces;
    if (faces?.length && !faces.some((f) => this.font.includes(f.family.replace(/^["']|["']$/g, '')))) return;
    this.fn = undefined;
    forget();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    document.fonts.addEventListener('loadingdone', this.onFontsLoaded);
    // Put back on the page (perhaps elsewhere, in another font), it reads its font again; the first
    // on a page with no timeline lays out anew, as fonts may have loaded with nobody listening.
    this.fn = undefined;
    if (!listening++) forget();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.fonts.removeEventListener('loadingdone', this.onFontsLoaded);
    listening--;
  }
}
