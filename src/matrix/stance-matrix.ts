import { html, svg, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Dataset, Position, Stance } from '../data/types.js';
import { localize, strings, translationFor } from '../data/i18n.js';
import { formatDate } from '../data/dates.js';
import { DataElement } from '../shared/data-element.js';
import { WidthController } from '../shared/resize-controller.js';
import { emit } from '../shared/events.js';
import { base } from '../shared/theme.js';
import { statusStyles } from '../shared/status.js';
import { bitsStyles, renderNotes, renderSources } from '../shared/render-bits.js';
import { buildMatrix, parseIdList, type Cell, type MatrixModel } from './model.js';
import { matrixStyles } from './styles.js';

/** Below this width (px) the table reflows into one card per actor. */
export const CARDS_BELOW = 560;

/** Icons drawn in currentColor: the shape alone tells the position apart, the word says it. */
const ICONS: Record<Position, TemplateResult> = {
  support: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="currentColor" stroke-width="2"/>`,
  oppose: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="currentColor" stroke-width="2"/>`,
  mixed: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1a7 7 0 0 1 0 14z" fill="currentColor"/>`,
  unknown: svg`<circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/>`,
};

/** Actors beyond which the narrow layout's cards render lazily (content-visibility). */
const LONG_LIST = 20;
const icon = (p: Position) => html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[p]}</svg>`;

/**
 * Who stands where: actors (grouped) × the questions of the story, each cell the actor's latest
 * position as of a date, as icon, word and colour, with how we know it. A real table when there
 * is room, one card per actor when narrow. Activating a cell opens the evidence: the verbatim
 * quote, the summary, sources, notes and earlier positions.
 *
 * @summary A stance matrix: who stands where, in their own words, with sources.
 * @tag stance-matrix
 *
 * @fires pe-cell-select - The reader opened a cell. `detail: { actor, issue, stance }` (`stance` null for no stated position).
 * @fires pe-actor-select - The reader chose an actor (a row header). `detail: { id, actor }`.
 *
 * @csspart table - The table (wide layout).
 * @csspart cards - The list of actor cards (narrow layout).
 * @csspart cell - Each cell's button.
 * @csspart actor - Each row header's button.
 * @csspart details - The dialog with a cell's evidence.
 * @csspart quote - The verbatim quote.
 * @csspart caption - The table caption (or, as cards, the heading): "Where they stand, as of …".
 * @csspart legend - The line explaining how we know.
 * @csspart note - A clarification or correction.
 * @csspart sources - A list of sources.
 * @csspart status - The loading message.
 * @csspart error - The error message shown when the data cannot be used.
 * @csspart retry - The error state's retry button.
 *
 * @cssproperty --pe-support - Colour of "supports" (text and icon). Also `--pe-support-bg` for the cell.
 * @cssproperty --pe-oppose - Colour of "opposes". Also `--pe-oppose-bg`.
 * @cssproperty --pe-mixed - Colour of "mixed". Also `--pe-mixed-bg`.
 * @cssproperty --pe-unknown - Colour of "no stated position". Also `--pe-unknown-bg`.
 */
export class StanceMatrix extends DataElement {
  static override styles = [base, statusStyles, bitsStyles, matrixStyles];

  // Reactive properties as a static field rather than decorators: the same API, fewer bytes in the bundle.
  static override properties: PropertyDeclarations = {
    actors: { reflect: true },
    issues: { reflect: true },
    highlight: { reflect: true },
    asOf: { attribute: 'as-of', reflect: true },
    sort: { reflect: true },
    open: { state: true },
    focusAt: { state: true },
  };

  /** Actor ids to show, comma-separated, in this order (default: all). */
  actors?: string;

  /** Question (issue) ids to show, comma-separated, in this order (default: all). */
  issues?: string;

  /** Actor ids (comma-separated) whose rows are emphasised. */
  highlight?: string;

  /** Show positions as of this date (a year, month or day); default: the dataset's `asOf`. */
  asOf?: string;

  /** `dataset` (the data's order) or `name` (alphabetical within each group). */
  sort: 'dataset' | 'name' = 'dataset';

  private open?: Cell;
  /** Roving focus: [row, column] over all rows; column 0 is the actor header. */
  private focusAt: [number, number] = [0, 1];

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly size = new WidthController(this);
  private model?: MatrixModel;
  private modelKey: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.shown;
    if (!d) return;
    const key = [d, this.language, this.asOf, this.actors, this.issues, this.sort];
    if (this.model && key.every((k, i) => k === this.modelKey[i])) return;
    this.modelKey = key;
    this.model = buildMatrix(d, {
      lang: this.language,
      asOf: this.asOf || undefined,
      actors: parseIdList(this.actors),
      issues: parseIdList(this.issues),
      sort: this.sort,
    });
    // Keep the one tab stop inside the grid when rows or columns went away.
    const [row, col] = this.focusAt;
    const clamped: [number, number] = [Math.min(row, Math.max(0, this.rows().length - 1)), Math.min(col, this.model.issues.length)];
    if (clamped[0] !== row || clamped[1] !== col) this.focusAt = clamped;
    // A cell that is open stays open on the new model (for example when as-of changes).
    if (this.open)
      this.open = this.rows()
        .flatMap((r) => r.cells)
        .find((c) => c.actor.id === this.open!.actor.id && c.issue.id === this.open!.issue.id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.open && this.dialog && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog?.open) this.dialog.close();
  }

  private rows() {
    return this.model?.groups.flatMap((g) => g.rows) ?? [];
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const m = this.model;
    const d = this.shown;
    if (!m || !d) return nothing;
    const lang = this.language;
    const t = strings(lang);
    const narrow = this.size.width > 0 && this.size.width < CARDS_BELOW;
    const caption = html`${t.matrixCaption}<span class="as-of">${t.asOf(formatDate(m.asOf, lang))}</span>`;
    return html`${narrow ? this.renderCards(m, caption) : this.renderTable(m, caption)}
      <p class="legend" id="legend" part="legend">
        <b>${t.basisShort['own-words']}</b>: ${t.basisLegend['own-words']} · <b>${t.basisShort.action}</b>: ${t.basisLegend.action} ·
        <b>${t.basisShort.reported}</b>: ${t.basisLegend.reported}
      </p>
      ${this.open ? this.renderDetails(this.open, d) : nothing}`;
  }

  private renderTable(m: MatrixModel, caption: TemplateResult) {
    const lang = this.language;
    const t = strings(lang);
    const marked = this.highlighted();
    let r = -1;
    return html`<table part="table" role="grid" aria-describedby="legend" @keydown=${this.onKeydown}>
      <caption class="caption" part="caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.actor}</th>
          ${m.issues.map((i) => html`<th scope="col" id="q-${i.id}">${localize(i.label, lang)}</th>`)}
        </tr>
      </thead>
      ${m.groups.map(
        (g) =>
          html`<tbody>
            <tr>
              <th scope="colgroup" colspan=${m.issues.length + 1} class="group" id="g-${g.id}">${g.label}</th>
            </tr>
            ${g.rows.map((row) => {
              r++;
              const at = r;
              return html`<tr class=${marked.has(row.actor.id) ? 'highlighted' : ''}>
                <th scope="row" id="a-${row.actor.id}">${this.renderActor(row.actor.id, at)}</th>
                ${row.cells.map((c, j) => html`<td headers="g-${g.id} a-${c.actor.id} q-${c.issue.id}">${this.renderCell(c, at, j + 1)}</td>`)}
              </tr>`;
            })}
          </tbody>`,
      )}
    </table>`;
  }

  private renderCards(m: MatrixModel, caption: TemplateResult) {
    const lang = this.language;
    const marked = this.highlighted();
    let r = -1;
    // More cards than a few screens hold: let the browser skip the ones far off screen (styles.ts).
    const long = m.groups.reduce((n, g) => n + g.rows.length, 0) > LONG_LIST;
    return html`<section class="cards ${long ? 'long' : ''}" part="cards" aria-labelledby="cards-caption" @keydown=${this.onKeydown}>
      <div class="caption" part="caption" id="cards-caption" role="heading" aria-level=${this.level()}>${caption}</div>
      ${m.groups.map(
        (g) =>
          html`<div class="group" role="heading" aria-level=${this.level(1)}>${g.label}</div>
            ${g.rows.map((row) => {
              r++;
              const at = r;
              return html`<article class="card ${marked.has(row.actor.id) ? 'highlighted' : ''}" aria-labelledby="a-${row.actor.id}">
                <div class="actor-heading" id="a-${row.actor.id}" role="heading" aria-level=${this.level(2)}>
                  ${this.renderActor(row.actor.id, at)}
                </div>
                <dl>
                  ${row.cells.map(
                    (c, j) =>
                      html`<dt>${localize(c.issue.label, lang)}</dt>
                        <dd>${this.renderCell(c, at, j + 1)}</dd>`,
                  )}
                </dl>
              </article>`;
            })}`,
      )}
    </section>`;
  }

  private renderActor(id: string, row: number) {
    const actor = this.shown!.actors.find((a) => a.id === id)!;
    const lang = this.language;
    return html`<button
      type="button"
      class="actor"
      part="actor"
      data-at="${row},0"
      tabindex=${this.tabIndexAt(row, 0)}
      aria-pressed=${this.highlighted().has(id) ? 'true' : 'false'}
      @click=${() => this.chooseActor(id)}
    >
      <span class="name">${localize(actor.name, lang)}</span><span class="role">${localize(actor.role, lang)}</span>
    </button>`;
  }

  private renderCell(c: Cell, row: number, col: number) {
    const t = strings(this.language);
    const s = c.stance;
    const basis = s && s.position !== 'unknown' ? t.basisShort[s.basis] : '';
    const when = s && s.position !== 'unknown' ? formatDate(s.date, this.language, true) : '';
    const earlier = c.history.length ? t.earlier(c.history.length) : '';
    return html`<button
      type="button"
      class="cell ${c.position}"
      part="cell"
      data-at="${row},${col}"
      tabindex=${this.tabIndexAt(row, col)}
      aria-haspopup="dialog"
      @click=${() => this.openCell(c, row, col)}
    >
      <span class="position">${icon(c.position)}${t.position[c.position]}</span>
      ${basis || earlier ? html`<span class="basis">${[basis, when, earlier].filter(Boolean).join(' · ')}</span>` : nothing}
    </button>`;
  }

  private highlighted(): Set<string> {
    return new Set(parseIdList(this.highlight));
  }

  private tabIndexAt(row: number, col: number): number {
    return this.focusAt[0] === row && this.focusAt[1] === col ? 0 : -1;
  }

  private renderDetails(c: Cell, d: Dataset) {
    const lang = this.language;
    const t = strings(lang);
    const s = c.stance;
    return html`<dialog part="details" aria-labelledby="details-title" @close=${this.onDialogClose}>
      <h3 id="details-title">${localize(c.actor.name, lang)}</h3>
      <p class="question">${localize(c.issue.label, lang)}</p>
      ${c.issue.description ? html`<p class="about">${localize(c.issue.description, lang)}</p>` : nothing}
      ${this.renderStance(s, c, d, true)}
      ${
        c.history.length
          ? html`<h4 class="sub">${t.history}</h4>
              <ol class="history">
                ${c.history.map((h) => html`<li>${this.renderStance(h, c, d, false)}</li>`)}
              </ol>`
          : nothing
      }
      <button type="button" class="close" aria-label=${t.close} @click=${() => this.closeDetails()}>×</button>
    </dialog>`;
  }

  private renderStance(s: Stance | null, c: Cell, d: Dataset, full: boolean) {
    const lang = this.language;
    const t = strings(lang);
    const position = s?.position ?? 'unknown';
    const speaker = s?.quoteBy ? localize(s.quoteBy, lang) : localize(c.actor.name, lang);
    const translation = translationFor(s?.quote, s?.quoteTranslation, lang);
    return html`<p class="stance-line">
        <span class="pill ${position}"><span class="position">${icon(position)}${t.position[position]}</span></span>
        ${s ? html`<span>${t.basis[s.basis]} · ${formatDate(s.date, lang)}</span>` : nothing}
      </p>
      ${
        s?.quote
          ? html`<blockquote part="quote" lang=${s.quoteLang ?? 'en'}>
                “${s.quote}”
                <footer>— ${speaker}, ${formatDate(s.date, lang)}</footer>
              </blockquote>
              ${translation ? html`<p><em>${t.translation}:</em> ${translation}</p>` : nothing}`
          : nothing
      }
      ${s?.summary ? html`<p>${localize(s.summary, lang)}</p>` : !s ? html`<p>${t.noStance}</p>` : nothing}
      ${full || s?.notes ? renderNotes(s?.notes, lang) : nothing} ${s ? renderSources(d, s.sources, lang, 4) : nothing}`;
  }

  private openCell(c: Cell, row: number, col: number): void {
    this.focusAt = [row, col];
    this.open = c;
    emit(this, 'pe-cell-select', { actor: c.actor, issue: c.issue, stance: c.stance });
  }

  private chooseActor(id: string): void {
    const next = this.highlight === id ? undefined : id;
    this.highlight = next;
    const actor = this.shown?.actors.find((a) => a.id === next) ?? null;
    emit(this, 'pe-actor-select', { id: next ?? null, actor });
  }

  private closeDetails(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    // Escape, the close button and form submission all end here; focus goes back to the cell.
    this.open = undefined;
    void this.updateComplete.then(() => this.focusCell(...this.focusAt));
  }

  private focusCell(row: number, col: number): void {
    this.focusAt = [row, col];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-at="${row},${col}"]`)?.focus({ preventScroll: false }),
    );
  }

  private onKeydown(ev: KeyboardEvent): void {
    const rows = this.rows().length;
    const cols = (this.model?.issues.length ?? 0) + 1;
    let [r, c] = this.focusAt;
    switch (ev.key) {
      case 'ArrowRight':
        c = Math.min(cols - 1, c + 1);
        break;
      case 'ArrowLeft':
        c = Math.max(0, c - 1);
        break;
      case 'ArrowDown':
        r = Math.min(rows - 1, r + 1);
        break;
      case 'ArrowUp':
        r = Math.max(0, r - 1);
        break;
      case 'Home':
        c = 0;
        if (ev.ctrlKey) r = 0;
        break;
      case 'End':
        c = cols - 1;
        if (ev.ctrlKey) r = rows - 1;
        break;
      default:
        return;
    }
    ev.preventDefault();
    this.focusCell(r, c);
  }
}
