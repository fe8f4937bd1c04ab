import { html, isServer, svg, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssom } from '../shared/cssom-style.js';
import type { Dataset, TimelineEvent } from '../data/types.js';
import { localize, strings } from '../data/i18n.js';
import { DataElement } from '../shared/data-element.js';
import { WidthController } from '../shared/resize-controller.js';
import { TextMeasure, words } from './measure.js';
import { moveFocus } from '../shared/grid-focus.js';
import { emit } from '../shared/events.js';
import { base } from '../shared/theme.js';
import { RTL } from '../shared/rtl-styles.js';
import { statusStyles } from '../shared/status.js';
import { bitsStyles, renderSourceList, renderUnavailable } from '../shared/render-bits.js';
import { details, print } from '../modules/index.js';
import { parseIdList } from '../data/ids.js';
import { layoutTimeline, type PlacedEvent, type TimelineLayout, MARKER_RADIUS } from './layout.js';
import { timelineStyles } from './styles.js';

const DETAILS_MAX_WIDTH = 380;
const DETAILS_OFFSET = 6;

/**
 * The D3 timeline alone: every event of the story at a glance, on a real time scale; horizontal
 * when the element is wide, time flowing down when it is narrow. Selecting an event opens its
 * summary, who took part, sources and notes.
 *
 * @summary A timeline of how a policy came to be.
 * @tag policy-timeline
 *
 * @fires pe-event-select - The reader selected an event (or closed it: `id` is null). `detail: { id, event }`.
 *
 * @csspart timeline - The frame holding the chart and the labels.
 * @csspart chart - The SVG with the axis, markers, spans and connectors.
 * @csspart event - Each event's label button.
 * @csspart details - The card with the selected event's details.
 * @csspart zoom-out - The button back to the whole timeline after opening a cluster of events.
 * @csspart note - A clarification or correction.
 * @csspart sources - A list of sources.
 * @csspart status - The loading message.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty --pe-accent - Markers, spans and links. Default #0a5ba8 (light), #7cb8f0 (dark).
 * @cssproperty --pe-font - Font family of all text. Default system-ui stack.
 * @cssproperty --pe-inset - Padding inside the box a `theme="dark"` element paints on the page. Default 0.75rem 1rem.
 * @cssproperty --pe-color-text - Text colour.
 * @cssproperty --pe-color-muted - Secondary text (dates, ticks).
 * @cssproperty --pe-color-bg - Background.
 * @cssproperty --pe-color-rule - Lines and borders.
 */
export class PolicyTimeline extends DataElement {
  static override styles = [base, statusStyles, bitsStyles, timelineStyles, RTL];

  // Reactive properties as a static field rather than decorators: the same API, fewer bytes in the bundle.
  static override properties: PropertyDeclarations = {
    selected: { reflect: true },
    orientation: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    highlight: { reflect: true },
    focusId: { state: true },
    zoom: { state: true },
    width: { state: true },
  };

  /** The id of the selected event, whose details are open. Reflected. */
  selected?: string;

  /** `auto` (horizontal when there is room, else vertical), `horizontal` or `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Start of a date window (a year, month or day): only events from then on are shown. */
  from?: string;

  /** End of a date window (inclusive): only events up to then are shown. */
  to?: string;

  /** Actor ids (comma-separated): events they took part in are emphasised. */
  highlight?: string;

  private focusId?: string;
  /** The window the reader zoomed into by opening a cluster label (inside from/to). */
  private zoom?: { from: string; to: string; label: string };
  /** The element's content width, from the resize controller. */
  private width = 0;

  protected readonly resize = new WidthController(this, (w) => (this.width = w));
  /** `deep-link`: the fragment's `event:<id>` opens that event, scrolled into view. */
  protected override linkSpec: DataElement['linkSpec'] = [
    'event',
    () => this.selected,
    (id) => {
      if (!this.shown!.events.some((e) => e.id === id)) return;
      this.select(id);
      this.link!.reveal(`[data-id="${id}"]`);
    },
  ];
  private layout?: TimelineLayout;
  /** What the layout was computed from, value by value (the data, language and its strings are not reactive properties). */
  private laidOut?: Record<string, unknown>;
  /** Label widths in the element's font, measured again once web fonts load (measure.ts). */
  private readonly text = new TextMeasure(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.shown;
    // An id the data does not have selects nothing rather than leaving a stale card.
    if (this.selected && d && !d.events.some((e) => e.id === this.selected)) this.selected = undefined;
    // A zoom belongs to one dataset and window: new data or a new from/to ends it.
    if (this.zoom && (this.laidOut?.data !== d || changed.has('from') || changed.has('to'))) this.zoom = undefined;
    this.relayout();
  }

  /** The text layout, the costliest part of the first render and no DOM work: the words' widths, then the layout. */
  protected override prepareFirstRender() {
    return [
      () => {
        // Not for a `src`: its fetch waits for the update, where every property a page set before the
        // script defined the element (a `timeout`) is back in place.
        if (this.src == null) this.loader.sync();
        if (this.width) this.shown?.events.forEach((e) => this.text.measure(localize(e.title, this.language), 'title'));
      },
      () => this.relayout(),
    ];
  }

  /** Lays the timeline out again when a value it depends on changed. */
  private relayout(): void {
    const d = this.shown;
    if (!d || this.width === 0) {
      this.layout = undefined;
      return;
    }
    const lang = this.language;
    const inputs = {
      data: d,
      lang,
      // The strings too: a language script that arrives later gives the same tag new words.
      t: strings(lang),
      words,
      width: this.width,
      orientation: this.orientation,
      from: this.zoom?.from ?? this.from,
      to: this.zoom?.to ?? this.to,
    };
    const last = this.laidOut;
    if (this.layout && last && Object.entries(inputs).every(([k, v]) => last[k] === v)) return;
    this.laidOut = inputs;
    this.layout = layoutTimeline(
      d.events.map((e) => ({ id: e.id, date: e.date, end: e.end, title: localize(e.title, lang) })),
      {
        width: this.width,
        orientation: this.orientation,
        asOf: d.asOf,
        lang,
        expectedLabel: inputs.t.expected,
        measure: this.text.measure,
        from: inputs.from,
        to: inputs.to,
        clusterTitle: inputs.t.clusterTitle,
        rtl: this.rtl,
      },
    );
    if (!this.layout.events.some((e) => e.id === this.focusId)) this.focusId = this.layout.events[0]?.id;
  }

  protected override render() {
    const lang = this.language;
    const status = this.renderStatus();
    if (status) return status;
    // On a server (no width, no script) and on paper: every event as a dated list (once its module is here).
    const paper = print.value;
    if (paper && (isServer || this.printing)) return this.renderStatic(this.shown!, paper);
    const layout = this.layout;
    if (!layout) return html`<div class="frame" part="timeline" dir=${this.direction}></div>`;
    const t = strings(lang);
    const d = this.shown!;
    const chosen = parseIdList(this.highlight);
    const involved = chosen ? new Set(d.events.filter((e) => e.actors?.some((a) => chosen.includes(a))).map((e) => e.id)) : undefined;
    const selected = layout.events.find((e) => e.id === this.selected);
    return html`${
        this.zoom
          ? html`<p class="bar" role="status" dir=${this.direction}>
              ${t.zoomedTo(this.zoom.label)}
              <button type="button" class="action" part="zoom-out" @click=${() => this.zoomOut()}>${t.zoomOut}</button>
            </p>`
          : nothing
      }
      <div class="frame ${layout.orientation} ${layout.centred ? 'centred' : ''}" part="timeline" dir=${this.direction}>
        <div class="room" ${cssom({ height: `${layout.height}px` })}></div>
        <svg class="chart" part="chart" width=${layout.width} height=${layout.height} aria-hidden="true" focusable="false">
          ${layout.stretches.map((b) => svg`<line class="stretch" x1=${b.x1} y1=${b.y1} x2=${b.x2} y2=${b.y2}></line>`)}
          ${layout.axis.map((a) => svg`<line class="axis ${a.expected ? 'expected' : ''}" x1=${a.x1} y1=${a.y1} x2=${a.x2} y2=${a.y2}></line>`)}
          ${layout.breaks.map((b) => this.renderBreak(layout, b))}
          ${layout.ticks.map((tk) =>
            layout.orientation === 'horizontal'
              ? svg`<text class="tick" x=${tk.x} y=${tk.y} text-anchor="middle">${tk.text}</text>`
              : svg`<text class="tick" x=${tk.x} y=${tk.y} dy="0.35em" text-anchor=${layout.centred ? 'middle' : 'end'}>${tk.text}</text>`,
          )}
          ${layout.events.map((e) => svg`<line class="connector" x1=${e.connector.x1} y1=${e.connector.y1} x2=${e.connector.x2} y2=${e.connector.y2}></line>`)}
          ${layout.events.map((e) => (e.span ? svg`<line class="span" x1=${e.span.x1} y1=${e.span.y1} x2=${e.span.x2} y2=${e.span.y2}></line>` : nothing))}
          ${layout.events.map(
            (e) =>
              svg`<circle class="marker ${e.expected ? 'expected' : ''} ${e.cluster ? 'cluster' : ''} ${e.id === this.selected ? 'selected' : ''} ${involved?.has(e.id) ? 'highlighted' : ''}" cx=${e.x} cy=${e.y} r=${MARKER_RADIUS}></circle>`,
          )}
        </svg>
        <ol class="events" aria-label=${t.timelineLabel} @keydown=${this.onKeydown}>
          ${layout.events.map((e) => this.renderLabel(e, involved))}
        </ol>
        ${selected ? this.renderDetails(selected, d, layout) : nothing}
      </div>
      ${layout.stretches.length ? html`<p class="scale-note" dir=${this.direction}><span class="swatch"></span>${t.stretched}</p>` : nothing}`;
  }

  private renderStatic(d: Dataset, paper: typeof import('../modules/print.js')) {
    const lang = this.language;
    return html`<section class="print" part="timeline" aria-label=${strings(lang).timelineLabel} dir=${this.direction}>
      ${paper.staticEvents(d, lang, this.from, this.to)}
      ${isServer || this.inExplainer ? nothing : renderSourceList(d, [...new Set(d.events.flatMap((e) => e.sources ?? []))], lang)}
    </section>`;
  }

  private renderBreak(layout: TimelineLayout, b: TimelineLayout['breaks'][number]) {
    // Two slanted strokes across the axis: the conventional mark for omitted time.
    const s = 6;
    const path =
      layout.orientation === 'horizontal'
        ? `M${b.x - 5},${b.y + s} l6,${-2 * s} M${b.x + 1},${b.y + s} l6,${-2 * s}`
        : `M${b.x - s},${b.y + 1} l${2 * s},-6 M${b.x - s},${b.y + 7} l${2 * s},-6`;
    return svg`<g class="break"><path d=${path}></path></g>`;
  }

  private renderLabel(e: PlacedEvent, involved: Set<string> | undefined) {
    const place = cssom({ left: `${e.label.x}px`, top: `${e.label.y}px`, width: `${e.label.width}px`, height: `${e.label.height}px` });
    return html`<li
      class="event ${e.expected ? 'expected' : ''} ${e.cluster ? 'cluster' : ''} ${involved?.has(e.id) ? 'highlighted' : ''} ${e.label.side}"
      ${place}
    >
      <button
        type="button"
        part="event"
        id="event-${e.id}"
        data-id=${e.id}
        tabindex=${e.id === this.focusId ? 0 : -1}
        aria-expanded=${ifDefined(e.cluster ? undefined : e.id === this.selected ? 'true' : 'false')}
        aria-controls=${ifDefined(e.id === this.selected ? 'details' : undefined)}
        @click=${() => (e.cluster ? this.zoomInto(e) : this.select(e.id === this.selected ? undefined : e.id))}
        @focus=${() => (this.focusId = e.id)}
      >
        ${this.renderLines(e.label)} ${e.cluster ? html`<span class="vh">${strings(this.language).zoomIn}</span>` : nothing}
      </button>
    </li>`;
  }

  /** The label's lines as laid out; inline labels share one line between the date's end and the title's start. */
  private renderLines({ dateLines, titleLines, inline }: PlacedEvent['label']) {
    const line = (l: string) => html`<span class="line">${l}</span>`;
    if (!inline) return html`<span class="date">${dateLines.map(line)}</span><span class="title">${titleLines.map(line)}</span>`;
    return html`<span class="date">${dateLines.slice(0, -1).map(line)}</span
      ><span class="line mixed"
        ><span class="date">${dateLines[dateLines.length - 1]}</span> <span class="title">${titleLines[0]}</span></span
      ><span class="title">${titleLines.slice(1).map(line)}</span>`;
  }

  private renderDetails(e: PlacedEvent, d: Dataset, layout: TimelineLayout) {
    const lang = this.language;
    const t = strings(lang);
    const event = d.events.find((x) => x.id === e.id)!;
    const width = Math.min(DETAILS_MAX_WIDTH, layout.width);
    // Under its label, flush with the label's reading start (its right edge, right to left).
    const left = Math.max(0, Math.min(this.rtl ? e.label.x + e.label.width - width : e.label.x, layout.width - width));
    const top = e.label.y + e.label.height + DETAILS_OFFSET;
    const parts = details.value;
    return html`<section
      id="details"
      class="details"
      part="details"
      aria-labelledby="details-title"
      ${cssom({ 'margin-left': `${left}px`, 'margin-top': `${top}px`, width: `${width}px` })}
      @keydown=${this.onDetailsKeydown}
    >
      ${
        parts
          ? parts.renderEventDetails(event, d, lang, {
              when: e.dateText,
              level: this.level(1),
              close: () => this.closeDetails(),
              link: this.link,
            })
          : renderUnavailable(t, () => this.closeDetails())
      }
    </section>`;
  }

  /** Opens a cluster label: the timeline zooms into its period, where its events have room. */
  private zoomInto(e: PlacedEvent): void {
    this.selected = undefined;
    this.zoom = { from: e.cluster!.from, to: e.cluster!.to, label: e.dateText };
    void this.updateComplete.then(() => this.focusEvent(this.layout?.events[0]?.id));
  }

  private zoomOut(): void {
    const label = this.zoom?.label;
    this.zoom = undefined;
    void this.updateComplete.then(() =>
      this.focusEvent(this.layout?.events.find((e) => e.dateText === label)?.id ?? this.layout?.events[0]?.id),
    );
  }

  /** Opens an event's details (or closes them with `undefined`) and tells the page. */
  private select(id: string | undefined): void {
    if (id) this.focusId = id;
    // An event opens once the bundled story's details (its summary) are here.
    const choose = () => {
      this.selected = id;
      const event: TimelineEvent | undefined = this.shown?.events.find((e) => e.id === id);
      emit(this, 'pe-event-select', { id: id ?? null, event: event ?? null });
    };
    if (id) this.whenDetails(choose);
    else choose();
  }

  private closeDetails(): void {
    const id = this.selected;
    this.select(undefined);
    void this.updateComplete.then(() => this.focusEvent(id));
  }

  private focusEvent(id: string | undefined): void {
    if (!id) return;
    this.focusId = id;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  }

  private onKeydown(ev: KeyboardEvent): void {
    const events = this.layout?.events ?? [];
    if (!events.length) return;
    if (ev.key === 'Escape' && (this.selected || this.zoom)) {
      ev.preventDefault();
      if (this.selected) this.closeDetails();
      else this.zoomOut();
      return;
    }
    // One column of labels: every arrow steps through the story; right to left, ← is later.
    const at = Math.max(
      0,
      events.findIndex((e) => e.id === this.focusId),
    );
    const to = moveFocus(ev.key, false, [at, 0], events.length, 1, this.rtl);
    if (!to) return;
    ev.preventDefault();
    const next = events[to[0]];
    // With details open, they follow the focus, as a reader stepping through the story expects.
    if (this.selected && next.id !== this.selected) this.select(next.id);
    this.focusEvent(next.id);
  }

  private onDetailsKeydown(ev: KeyboardEvent): void {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      this.closeDetails();
    }
  }
}
