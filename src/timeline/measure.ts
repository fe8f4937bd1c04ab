import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FONT_SIZE, FONT_WEIGHT, estimateWidth, type Measure } from './text.js';

/** Single words' widths (unrounded), per font, shared by every timeline on the page. */
const words = new Map<string, number>();

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
 * `--_font`, read once, at the first layout), and when web fonts in that stack finish loading it
 * forgets its widths and asks the host to lay out again (never when none load; not for a page's
 * icon font). The layout compares `fonts` to know its widths are stale.
 */
export class TextMeasure implements ReactiveController {
  private fn?: Measure;
  /** The font stack the labels are measured in. */
  private font = '';
  /** Changes each time loaded fonts make earlier widths stale. */
  fonts = 0;

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
    words.clear();
    this.fonts++;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }
}
