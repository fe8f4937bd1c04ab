import type { ReactiveController } from 'lit';
import type { DataElement } from './data-element.js';

/**
 * Deep links (the opt-in `deep-link` attribute): the page's URL fragment names what a reader has
 * open, so that a link opens it again. One fragment serves several explainers and the page itself:
 * `&`-separated parts, one per element key and kind (ids are [a-z0-9-], so `=` and `:` never clash),
 * and parts the page wrote itself are kept:
 *
 *   #pe-chicago=event:trump-order-2017
 *   #pe-chicago=event:arrivals-2022&pe-chicago=cell:johnson:sanctuary&pe-budget=event:vote
 */
const prefix = (key: string, kind: string) => `pe-${encodeURIComponent(key)}=${kind}:`;

/** What a fragment names for one key and kind: `readLink('#pe-k=event:x', 'k', 'event')` → `'x'`. */
export function readLink(hash: string, key: string, kind: string): string | undefined {
  const p = prefix(key, kind);
  return hash
    .slice(1)
    .split('&')
    .find((part) => part.startsWith(p))
    ?.slice(p.length);
}

/** The fragment with one key and kind's part set to `value` (last), or removed; every other part as it was. */
export function writeLink(hash: string, key: string, kind: string, value: string | undefined): string {
  const p = prefix(key, kind);
  const parts = hash
    .slice(1)
    .split('&')
    .filter((part) => part && !part.startsWith(p));
  if (value) parts.push(p + value);
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Keeps one element's selection and the URL fragment in step: once the data is there it opens
 * what the fragment names (and again when the fragment changes), and after every update it
 * writes the selection back with `history.replaceState`, so no history entry is added and the
 * back button still leaves the page. Its "Copy link" button is in the details module
 * (src/shared/link-button.ts): only an open card or dialog shows it.
 */
export class DeepLink implements ReactiveController {
  /** Whether the fragment has been read since the data arrived (or the fragment changed). */
  private read = false;
  /** What was open when its link was copied, or when the clipboard refused it (the link is then shown to copy by hand: src/shared/link-button.ts). */
  copied?: string;
  refused?: string;

  constructor(
    readonly host: DataElement,
    private readonly kind: 'event' | 'cell',
    /** The open thing's item value (an event id, `actor:issue`), or undefined. */
    readonly state: () => string | undefined,
    /** Opens what the fragment names, before the host renders (ignoring values its data lacks). */
    private readonly open: (value: string) => void,
  ) {
    host.addController(this);
  }

  private readonly onHash = () => {
    this.read = false;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    addEventListener('hashchange', this.onHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHash);
  }

  hostUpdate(): void {
    const key = this.host.linkKey;
    if (this.read || !key) return;
    this.read = true;
    const value = readLink(location.hash, key, this.kind);
    if (value) this.open(value);
  }

  hostUpdated(): void {
    const key = this.host.linkKey;
    if (!this.read || !key) return;
    const hash = writeLink(location.hash, key, this.kind, this.state());
    if (hash !== location.hash) history.replaceState(history.state, '', location.href.split('#')[0] + hash);
  }

  /** Scrolls an element of the host's shadow tree to the middle of the window once the update that opened it is done. */
  reveal(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector(selector)?.scrollIntoView({ block: 'center' }));
  }
}
