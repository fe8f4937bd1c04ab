import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The content-box width, as ResizeObserver reports it (a host page may give the element padding or borders). */
function contentWidth(el: Element): number {
  const cs = getComputedStyle(el);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.max(0, Math.floor(el.getBoundingClientRect().width - edges.reduce((sum, k) => sum + (parseFloat(cs[k]) || 0), 0)));
}

/**
 * Tracks the host's own content width (not the viewport's) and asks for an update when it changes.
 * Width 0 means "not laid out yet" (for example inside a closed tab); layout waits until it is real.
 */
export class WidthController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now, so the first render already has the right layout (no shift a frame later);
    // an element moved to a container of another width must lay out again.
    const width = contentWidth(this.host);
    if (width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Re-render in the next frame: a render that changes the host's height inside this callback
      // would make the browser report "ResizeObserver loop completed with undelivered notifications".
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
