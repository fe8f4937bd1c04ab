import { LitElement, isServer, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Dataset } from '../data/types.js';
import { addLanguage, inheritedLang, live, needLanguage, strings } from '../data/i18n.js';
import { details, print } from '../modules/index.js';
import { idle } from '../modules/on-demand.js';
import { DatasetController } from './dataset-controller.js';
import { FETCH_TIMEOUT_MS, isBundled, loadStoryDetails } from '../data/load.js';
import { renderStatus } from './status.js';
import { yieldToMain } from './yield.js';
import type { DeepLink } from './deep-link.js';

/** Watches every `lang` of the page for every element (created with the first one). */
let pageLang: MutationObserver | undefined;

/**
 * What every element of the family understands (DESIGN.md): `data`, `src`, `lang` and `theme`,
 * with loading, errors and retry handled once. Elements add their own attributes.
 */
export class DataElement extends LitElement {
  // Reactive properties as a static field rather than decorators: the same API, fewer bytes in the bundle.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    deepLink: { attribute: 'deep-link' },
    printing: { state: true },
  };

  /** The dataset as an object; wins over an inline JSON script, `src` and the bundled data. Replace it, don't mutate it. */
  data?: Dataset;

  /** URL of a dataset JSON file (http or https). A failed load shows an error with a retry, never other data. */
  src?: string;

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** How long (ms) a `src` may take before the widget shows a timeout error with a retry. */
  timeout = FETCH_TIMEOUT_MS;

  /** Level (1–6) of the element's top heading, to fit the page's outline; its other headings follow. */
  headingLevel = 2;

  /**
   * Deep links, off unless present: the URL fragment names the open event or cell
   * (`#pe-<key>=event:<id>`), a link with it opens them again, and "Copy link" copies it. The value
   * is the key (empty: the element's `id`, else the dataset's `id`): give each explainer on a page its own.
   */
  deepLink?: string | null;

  /**
   * The only origins `src` may come from; any when unset. Set by `dist/embed.html` from its
   * `<meta name="policy-explainer:src-origins">`, so that no third party can show its own text
   * under a publisher's address; a `src` from elsewhere shows an error and fetches nothing.
   */
  srcOrigins?: readonly string[];

  protected readonly loader = new DatasetController(this);

  /**
   * Teaches every element a language: `customElements.get('policy-explainer').addLanguage('fr', strings)`.
   * The per-language scripts (`dist/lang/fr.js`…) call it; elements on the page re-render in it at once.
   */
  static addLanguage = addLanguage;

  /**
   * True while the page prints (or saves a PDF): elements render their static view, everything on
   * paper and nothing to click. Set on `beforeprint`, whose handlers finish (and Lit's update with
   * them, a microtask later) before the browser lays out the printed pages.
   */
  protected printing = false;
  private readonly onPrint = (e: Event) => (this.printing = e.type === 'beforeprint');

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    // The page's <html lang>, or an ancestor's, may change after the elements render (a site's
    // language switch): one observer of the whole document for every element, as Shoelace has one
    // for <html>, re-renders them in the language they inherit.
    pageLang ??= new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
    pageLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /** Inside a <policy-explainer>, which prints the sources once for the whole story. */
  protected get inExplainer(): boolean {
    return (this.getRootNode() as ShadowRoot).host?.localName === 'policy-explainer';
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` is the native global attribute (and property); re-render in the new language.
    if (name === 'lang') this.requestUpdate();
  }

  /** The interface's words in a language still on their way (see `needLanguage`). */
  private language$?: Promise<unknown>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const words = needLanguage(this.language);
    if (words && words !== this.language$) void words.then(() => this.requestUpdate());
    this.language$ = words;
    this.loader.sync();
    // Deep links open a card or dialog, so they come with the details module, asked for only here.
    if (this.deepLink != null && this.linkSpec && !this.link && !isServer)
      if (details.value) this.link = new details.value.DeepLink(this, ...this.linkSpec);
      else
        // When the module could not come, nothing asks for it again on this page (`need()`): the
        // links stay off, and never open what the fragment names over what the reader chose since.
        this.linking ??= details.need()?.then(() => {
          this.linking = undefined;
          this.requestUpdate();
        });
  }

  /** What the URL fragment names for this element (`deep-link`): its kind, what is open, how to open a value. */
  protected linkSpec?: ConstructorParameters<typeof DeepLink> extends [unknown, ...infer R] ? R : never;
  /** The deep-link controller, once `deep-link` is set and the details module is here. */
  protected link?: DeepLink;
  /** The details module on its way for deep links; `updateComplete` waits for it. */
  private linking?: Promise<void>;

  /**
   * The first render of each element runs in tasks of its own (the explainer's shell, then the
   * timeline, then the matrix), after the browser has had a chance to do other work: no long task
   * blocks the page while the explainer appears. Each element first does what needs no DOM (the
   * timeline measures its labels' words, then lays them out), a step per task, then renders in
   * the next; every element takes as many steps, so they still render in document order (the
   * timeline above, then the matrix: nothing drawn is pushed down by what renders above it).
   * Later updates run as usual, at once.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !isServer) {
      const steps = this.prepareFirstRender();
      for (let i = 0; i < 3; i++) {
        await yieldToMain();
        steps[i]?.();
      }
    }
    super.scheduleUpdate();
  }

  /** Work of the first render that touches no DOM: up to two steps, each run in a task of its own before it. */
  protected prepareFirstRender(): (() => void)[] {
    return [];
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (isServer) return;
    // Printing must not wait for a download: the views on paper, and the bundled story's details
    // they print, come in idle time; a reader reaching for the graphic asks for the details at once.
    print.preload();
    const story = () => void (isBundled(this.shown) && loadStoryDetails());
    idle(story);
    const reach = () => {
      story();
      // Once per page: after a failure, what needs it says in place that it is off.
      void details.need();
    };
    for (const type of ['pointerover', 'focusin', 'touchstart']) this.addEventListener(type, reach, { passive: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The snippets' `style="min-height:100vh"` keeps the explainer's place until it has rendered;
    // once its story (or why there is none) is drawn it takes its own height: no blank gap under it.
    // The explainer's `updateComplete` waits for its timeline and matrix, which render in tasks of
    // their own: the place is kept until they have, or the page below would move up and back down.
    if (this.loader.state.status !== 'loading' && this.style.minHeight)
      void this.updateComplete.then(() => this.style.removeProperty('min-height'));
  }

  /**
   * Runs `open` (a reader opening an event's details or a cell's evidence) once what it shows is
   * here: the details module and, for the bundled story, its details text; at once when they are.
   */
  protected whenDetails(open: () => void): void {
    const story = isBundled(this.shown) ? loadStoryDetails() : undefined;
    const parts = details.need();
    if (!story && !parts) return open();
    const opened = (this.opening = Promise.all([story, parts]).then(() => {
      if (this.opening === opened) this.opening = undefined;
      open();
    }));
  }

  /** A card or dialog waiting for its module (see `whenDetails`); `updateComplete` waits for it. */
  private opening?: Promise<void>;

  /**
   * Resolves once the element has rendered what it can: after its language's words and the modules
   * its local data needs have come (or failed to), not after a `src` fetch.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    let wait;
    while ((wait = this.language$ ?? this.loader.pending ?? this.opening ?? this.linking)) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The key of this element's part of the URL fragment (see `deepLink`), once the data is there; undefined when off. */
  get linkKey(): string | undefined {
    return this.deepLink == null || !this.shown ? undefined : this.deepLink || this.id || this.shown.id;
  }

  /** True when the interface's language is written right to left (its pack says `dir: 'rtl'`). */
  protected get rtl(): boolean {
    return strings(this.language).dir === 'rtl';
  }

  /**
   * The `dir` of each top-level element of the templates: the language the interface speaks, not the
   * host page's `dir` (rtl-styles.ts styles it).
   */
  protected get direction(): 'rtl' | 'ltr' {
    return strings(this.language).dir ?? 'ltr';
  }

  /** A heading level `below` levels under the element's top one, kept within 1–6. */
  protected level(below = 0): number {
    return Math.min(6, Math.max(1, (Math.round(this.headingLevel) || 2) + below));
  }

  /** The language in use: the `lang` attribute, else the nearest ancestor's, else English. */
  get language(): string {
    return inheritedLang(this);
  }

  /** The dataset being shown, once loaded (read-only). */
  get shown(): Dataset | undefined {
    return this.loader.state.status === 'ready' ? this.loader.state.dataset : undefined;
  }

  /** The loading or error state's template, or undefined once the data is ready. */
  protected renderStatus() {
    return renderStatus(this.language$ ? { status: 'loading' } : this.loader.state, this.language, () => this.loader.retry());
  }
}
