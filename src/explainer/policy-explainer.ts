import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { localize, strings } from '../data/i18n.js';
import { compareDates, endOf, formatDate, startOf } from '../data/dates.js';
import type { Table } from '../data/csv.js';
import { csv } from '../modules/index.js';
import { DataElement } from '../shared/data-element.js';
import { base } from '../shared/theme.js';
import { RTL } from '../shared/rtl-styles.js';
import { statusStyles } from '../shared/status.js';
import { bitsStyles, renderNotes, renderSourceList } from '../shared/render-bits.js';
import type { ActorSelectDetail, EventSelectDetail } from '../shared/events.js';
import { explainerStyles } from './styles.js';

/**
 * The whole explainer: title, summary and "as of" date, the timeline, the stance matrix, the
 * sources, visible clarifications, and the data to download. The two views are cross-linked:
 * choosing an actor emphasises the events they took part in; choosing an event shows the matrix
 * as of that event's date with the people who acted emphasised.
 *
 * @summary Timeline + stance matrix for a policy story, in one embeddable element.
 * @tag policy-explainer
 *
 * @fires pe-event-select - Bubbles up from the timeline. `detail: { id, event }`.
 * @fires pe-actor-select - Bubbles up from the matrix. `detail: { id, actor }`.
 * @fires pe-cell-select - Bubbles up from the matrix. `detail: { actor, issue, stance }`.
 *
 * @csspart explainer - The outer article.
 * @csspart header - Title, summary and dates.
 * @csspart timeline - The <policy-timeline> element (style its inside with its own parts via exportparts).
 * @csspart matrix - The <stance-matrix> element.
 * @csspart footer - Sources and downloads.
 * @csspart note - A clarification or correction.
 * @csspart status - The loading message.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty --pe-min-height - Space reserved before the first render. Default 24rem.
 * @cssproperty --pe-inset - Padding inside the box a `theme="dark"` element paints on the page. Default 0.75rem 1rem.
 */
export class PolicyExplainer extends DataElement {
  static override styles = [base, statusStyles, bitsStyles, explainerStyles, RTL];

  // Reactive properties as a static field rather than decorators: the same API, fewer bytes in the bundle.
  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    event: { reflect: true },
    actor: { reflect: true },
    unavailable: { state: true },
  };

  /** Set when the CSV module could not be loaded: the downloads say so in place. */
  private unavailable = false;

  /** What to show: `both`, `timeline` or `matrix`. */
  view: 'both' | 'timeline' | 'matrix' = 'both';

  /** The selected event's id (its details are open; the matrix shows positions as of its date). */
  event?: string;

  /** The chosen actor's id (their events are emphasised on the timeline). */
  actor?: string;

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const d = this.shown!;
    const lang = this.language;
    const t = strings(lang);
    const event = d.events.find((e) => e.id === this.event);
    // An expected event has no positions yet: the matrix stays at asOf.
    const matrixDate = event && compareDates(event.date, d.asOf) <= 0 ? event.date : undefined;
    const level = this.level();
    const sub = this.level(1);
    // A story shows what it has: no empty matrix for a plain timeline, no empty timeline for a
    // matrix alone. `view` chooses among the parts there are; asked for a part there isn't, the rest shows.
    const hasTimeline = d.events.length > 0;
    const hasMatrix = d.actors.length > 0 && d.issues.length > 0;
    const showTimeline = hasTimeline && (this.view !== 'matrix' || !hasMatrix);
    const showMatrix = hasMatrix && (this.view !== 'timeline' || !hasTimeline);
    // Deep links: both views write their part of the fragment under the explainer's key.
    const link = this.linkKey ?? nothing;
    const sources = renderSourceList(
      d,
      d.sources.map((s) => s.id),
      lang,
    );
    return html`<article part="explainer" aria-labelledby="pe-title" dir=${this.direction}>
      <header part="header">
        <p class="title" id="pe-title" role="heading" aria-level=${level}>${localize(d.title, lang)}</p>
        ${d.summary ? html`<p class="summary">${localize(d.summary, lang)}</p>` : nothing}
        <p class="meta">
          ${t.describes(formatDate(d.asOf, lang), startOf(d.updated) >= endOf(d.asOf) ? formatDate(d.updated, lang) : undefined)}
        </p>
      </header>
      ${renderNotes(d.notes, lang)}
      ${
        showTimeline
          ? html`<section aria-labelledby="pe-tl">
              <p class="section" id="pe-tl" role="heading" aria-level=${sub}>${t.howWeGotHere}</p>
              <policy-timeline
                part="timeline"
                exportparts="event, details, chart"
                .data=${d}
                lang=${lang}
                theme=${this.theme}
                deep-link=${link}
                .selected=${this.event}
                .headingLevel=${sub}
                .highlight=${this.actor}
                @pe-event-select=${this.onEvent}
              ></policy-timeline>
            </section>`
          : nothing
      }
      ${
        showMatrix
          ? html`<section aria-labelledby="pe-mx">
              <p class="section" id="pe-mx" role="heading" aria-level=${sub}>${t.whoStandsWhere}</p>
              ${
                event
                  ? html`<p class="bar" role="status">
                      ${matrixDate ? t.viewingAsOf(formatDate(event.date, lang), localize(event.title, lang)) : t.viewingExpected(localize(event.title, lang))}
                      <button type="button" class="action" @click=${() => this.setEvent(undefined)}>${t.backToLatest}</button>
                    </p>`
                  : nothing
              }
              <stance-matrix
                part="matrix"
                exportparts="cell, actor, details, quote"
                .data=${d}
                lang=${lang}
                theme=${this.theme}
                deep-link=${link}
                .asOf=${matrixDate}
                .headingLevel=${sub + 1}
                .highlight=${event ? (event.actors ?? []).join(',') : this.actor}
                @pe-actor-select=${this.onActor}
              ></stance-matrix>
            </section>`
          : nothing
      }
      <footer part="footer">
        ${
          this.printing
            ? html`<p class="section">${t.sources}</p>
                ${sources}`
            : html`<details>
                <summary>${t.sources} (${d.sources.length})</summary>
                ${sources}
              </details>`
        }
        ${
          isServer || this.printing
            ? nothing
            : html`<details class="get-data" @toggle=${() => void csv.load()}>
                <summary>${t.getData}</summary>
                <p>
                  <button type="button" class="action" @click=${() => this.download('json')}>JSON</button>
                  ${hasTimeline ? html`<button type="button" class="action" @click=${() => this.download('events')}>${t.eventsCsv}</button>` : nothing}
                  ${d.stances.length ? html`<button type="button" class="action" @click=${() => this.download('stances')}>${t.stancesCsv}</button>` : nothing}
                </p>
                ${this.unavailable ? html`<p class="unavailable" role="alert">${t.unavailable}</p>` : nothing}
              </details>`
        }
      </footer>
    </article>`;
  }

  /**
   * Resolves once the explainer has drawn what it can and so have its timeline and matrix, which
   * render in tasks of their own: after `await explainer.updateComplete` their content is there.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // The parts draw side by side; waiting for each in turn ends when the last has drawn. A part
    // never on the page (the explainer was taken off before it drew them) never draws: not waited for.
    for (const part of this.renderRoot.querySelectorAll<DataElement>('*')) if (part.isConnected) await part.updateComplete;
    return done;
  }

  private onEvent(e: CustomEvent<EventSelectDetail>): void {
    this.event = e.detail.id ?? undefined;
  }

  private onActor(e: CustomEvent<ActorSelectDetail>): void {
    this.actor = e.detail.id ?? undefined;
    // Choosing a person returns the matrix to the latest positions.
    this.event = undefined;
  }

  private setEvent(id: string | undefined): void {
    this.event = id;
  }

  /** Saves the dataset as a file the reader can open: JSON, or one CSV table (its module loads on the first click). */
  private async download(kind: 'json' | Table): Promise<void> {
    const d = this.shown;
    if (!d) return;
    const json = kind === 'json';
    const tables = json ? undefined : await csv.load();
    this.unavailable = !json && !tables;
    if (!json && !tables) return;
    const blob = new Blob([json ? JSON.stringify(d, null, 2) : tables!.toCsv(d, kind)], { type: json ? 'application/json' : 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${d.id}${json ? '' : `-${kind}`}.${json ? 'json' : 'csv'}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }
}
