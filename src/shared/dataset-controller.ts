import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import {
  bundledFor,
  bundledKey,
  checkDataset,
  describeForConsole,
  fetchDataset,
  isLiveLink,
  parseDataset,
  resolveSrc,
  trust,
  type Checked,
  type LoadError,
  type LoadResult,
} from '../data/load.js';
import { live } from '../modules/index.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  data?: Dataset | unknown;
  src?: string | null;
  timeout?: number;
  /** The language the element speaks: the bundled story comes in it. */
  readonly language: string;
  /** Origins `src` may come from (set by embed.html's allow-list); any when unset. */
  srcOrigins?: readonly string[];
}

export type DatasetState = { status: 'loading' } | { status: 'ready'; dataset: Dataset } | { status: 'error'; error: LoadError };

/**
 * Gives an element its dataset in DESIGN.md's precedence: the `data` property › an inline
 * `<script type="application/json">` child › `src` › the bundled dataset. Local data resolves
 * before the first render (no loading flash); a fetch is aborted when the element leaves the page.
 * The host calls `sync()` at the start of each update.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  /**
   * While local data waits for a module (the validator; the bundled story's text in another
   * language): settles once the element can render it. The element's `updateComplete` waits for it;
   * a fetch is not waited for.
   */
  pending?: Promise<unknown>;
  private key: unknown[] = [];
  private abort?: AbortController;
  private children?: MutationObserver;

  constructor(private readonly host: DatasetHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A reconnected element whose fetch was aborted must fetch again (nothing else would ask it to render).
    if (this.state.status === 'loading') {
      this.key = [];
      this.host.requestUpdate();
    }
    // An inline <script type="application/json"> may be parsed (or edited) after the element upgrades.
    if (!isServer) {
      this.children ??= new MutationObserver(() => this.host.requestUpdate());
      this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.children?.disconnect();
  }

  /**
   * Loads when the inputs changed since last time. Elements call it first thing in willUpdate
   * (controllers' hostUpdate runs after willUpdate, too late for the element's derived state).
   */
  sync(): void {
    const inline = this.host.data == null ? this.inlineText() : null;
    // The bundled story (no data, inline script or src) comes in the element's language.
    const bundled = this.host.data == null && inline === null && this.host.src == null;
    const key = [this.host.data, inline, this.host.src, bundled ? bundledKey(this.host.language) : ''];
    if (key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.load(inline);
  }

  /** Loads again from the same inputs (the error state's retry button). */
  retry(): void {
    this.key = [];
    this.host.requestUpdate();
  }

  private inlineText(): string | null {
    if (isServer) return null;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : null;
  }

  private load(inline: string | null): void {
    this.abort?.abort();
    const { data, src } = this.host;
    this.pending = undefined;
    if (data != null) return this.settle(checkDataset(data, 'property'));
    // A page that allows only some origins (a self-hosted embed.html) fetches nothing from others.
    const allowed = this.host.srcOrigins;
    if (src && allowed?.length && !allowed.includes(resolveSrc(src, document.baseURI)?.origin ?? ''))
      return this.settle({ ok: false, error: { kind: 'origin', url: src } });
    // A spreadsheet's link: a live story, with the inline JSON (if any) as its snapshot.
    if (src && isLiveLink(src)) return this.loadLive(src, inline);
    if (inline !== null) return this.settle(parseDataset(inline, 'inline'));
    // src="" is a page asking for a story and giving no address: an error, never the bundled story.
    if (src === '') return this.settle({ ok: false, error: { kind: 'url', url: '' } });
    if (src == null) {
      const story = bundledFor(this.host.language);
      return this.settle(
        story instanceof Promise
          ? story.then((dataset) => ({ ok: true, dataset, origin: 'bundled' }))
          : { ok: true, dataset: story, origin: 'bundled' },
      );
    }
    this.state = { status: 'loading' };
    const abort = (this.abort = new AbortController());
    void fetchDataset(src, document.baseURI, {
      signal: abort.signal,
      timeoutMs: Number.isFinite(this.host.timeout) && this.host.timeout! > 0 ? this.host.timeout : undefined,
    }).then((result) => {
      if (!result || abort.signal.aborted) return;
      this.settle(result);
      this.host.requestUpdate();
    });
  }

  /**
   * Reads a live story (src/modules/live.ts): the sheet's story when it reads and validates, else
   * the last good one (the snapshot, or a newer copy this browser kept), with the reasons in the
   * console; an error only when there is no good story at all.
   */
  private loadLive(src: string, inline: string | null): void {
    this.state = { status: 'loading' };
    const abort = (this.abort = new AbortController());
    const timeoutMs = Number.isFinite(this.host.timeout) && this.host.timeout! > 0 ? this.host.timeout : undefined;
    void live.load().then(async (reader) => {
      const result: LoadResult | undefined = reader
        ? await reader.loadLive(src, inline, { signal: abort.signal, timeoutMs })
        : { ok: false, error: { kind: 'module', origin: 'src', url: src, file: live.name } };
      if (!result || abort.signal.aborted) return;
      if (result.ok) trust(result.dataset);
      this.settle(result);
      this.host.requestUpdate();
    });
  }

  /** Takes a result now, or shows the loading state until it comes (unless other inputs came first). */
  private settle(result: Checked): void {
    if (result instanceof Promise) {
      this.state = { status: 'loading' };
      const key = this.key;
      this.pending = result.then((r) => {
        if (this.key !== key) return;
        this.pending = undefined;
        this.settle(r);
        this.host.requestUpdate();
      });
      return;
    }
    if (result.ok) this.state = { status: 'ready', dataset: result.dataset };
    else {
      this.state = { status: 'error', error: result.error };
      console.error(describeForConsole(result.error));
    }
  }
}
