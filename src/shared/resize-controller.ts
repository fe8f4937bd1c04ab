import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToMain } from './yield.js';

/** The content-box width, as ResizeObserver reports it (a host page may give the element padding or borders). */
function contentWidth(el: Element): number {
  const cs = getComputedStyle(el);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.max(0, Math.floor(el.getBoundingClientRect().width - edges.reduce((sum, k) => sum + (parseFloat(cs[k]) || 0), 0)));
}

/**
 * Tracks the host's own content width (not the viewport's) and hands it to the host through
 * `set`, which stores it in a reactive state property: a width change is then an ordinary
 * property change the element sees in `willUpdate(changed)`. Width 0 means "not laid out yet"
 * (for example inside a closed tab); layout waits until it is real.
 */
export class WidthController implements ReactiveController {
  private width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(
    /** A Lit element: `hasUpdated` says whether this is its first connection. */
    private readonly host: ReactiveControllerHost & Element & { readonly hasUpdated: boolean },
    private readonly set: (width: number) => void,
  ) {
    host.addController(this);
  }

  private report(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.set(width);
  }

  hostConnected(): void {
    // Measure before the first render, so it already has the right layout (no shift a frame later);
    // an element moved to a container of another width must lay out again. Measuring forces a
    // layout the first frame would do anyway: on the first connection it gets a task of its own,
    // queued ahead of the first render's (data-element.ts), not the task of the script or of the
    // render that connected the element. Waiting for the observer's first callback instead either
    // paints one frame without a layout or, rendering inside that callback, makes the browser report
    // "ResizeObserver loop" errors on pages that observe an ancestor; measuring in the next animation
    // frame renders a matrix twice on phones.
    const measure = () => this.host.isConnected && this.report(contentWidth(this.host));
    if (this.host.hasUpdated) measure();
    else void yieldToMain().then(measure);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      // Re-render in the next frame: a render that changes the host's height inside this callback
      // would make the browser report "ResizeObserver loop completed with undelivered notifications".
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.report(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
