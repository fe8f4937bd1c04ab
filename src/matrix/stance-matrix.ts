import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Dataset } from '../data/types.js';
import { localize, strings } from '../data/i18n.js';
import { formatDate } from '../data/dates.js';
import { DataElement } from '../shared/data-element.js';
import { WidthController } from '../shared/resize-controller.js';
import { emit } from '../shared/events.js';
import { base } from '../shared/theme.js';
import { RTL } from '../shared/rtl-styles.js';
import { statusStyles } from '../shared/status.js';
import { bitsStyles, renderSourceList, renderUnavailable } from '../shared/render-bits.js';
import { details, print } from '../modules/index.js';
import { buildMatrix, parseIdList, type Cell, type GroupRows, type MatrixModel, type Row } from './model.js';
import { cssom } from '../shared/cssom-style.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { guard } from 'lit/directives/guard.js';
import { icon } from './icons.js';
import { matrixStyles } from './styles.js';
import { moveFocus } from '../shared/grid-focus.js';
import { basisKey, positionsKey, questionsKey, shortHead } from './legend.js';
import { serverPositions } from './server.js';

/**
 * Below this width (px) the table goes compact: a narrower first column, wrapped heads, and each
 * position as its icon and colour, with the word in the cell's accessible name and a key above.
 */
export const COMPACT_BELOW = 560;
/** Columns never get narrower than this (px): more questions than fit scroll sideways inside the table's frame. */
const COLUMN_MIN = 36;
/** Above this many rows, rows off screen skip layout and paint (styles.ts, `.many`). */
const MANY = 40;

/**
 * Who stands where: actors (grouped) × the questions of the story, each cell the actor's latest
 * position as of a date, as icon, word and colour, with how we know it. A real table at
 * every width: on a phone it stays a table, with a compact first column and, when many questions share
 * little room, icon-only cells with a key, then sideways scrolling inside the table's own frame with
 * the names kept in view. Activating a cell opens the evidence: the verbatim
 * quote, the summary, sources, notes and earlier positions.
 *
 * @summary A stance matrix: who stands where, in their own words, with sources.
 * @tag stance-matrix
 *
 * @fires pe-cell-select - The reader opened a cell. `detail: { actor, issue, stance }` (`stance` null for no stated position).
 * @fires pe-actor-select - The reader chose an actor (a row header). `detail: { id, actor }`.
 *
 * @csspart table - The table.
 * @csspart scroll - The table's frame, which scrolls sideways when more questions than fit share a narrow width.
 * @csspart cell - Each cell's button.
 * @csspart actor - Each row header's button.
 * @csspart details - The dialog with a cell's evidence.
 * @csspart quote - The verbatim quote.
 * @csspart caption - The table caption: "Where they stand, as of …" (for screen readers only inside a
 *   <policy-explainer>, whose section heading names the matrix).
 * @csspart legend - The line explaining how we know (on a phone, where cells show icons and the basis
 *   is in each cell's name and details: the key to the icons).
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
 * @cssproperty --pe-inset - Padding inside the box a `theme="dark"` element paints on the page. Default 0.75rem 1rem.
 */
export class StanceMatrix extends DataElement {
  static override styles = [base, statusStyles, bitsStyles, matrixStyles, RTL];

  // Reactive properties as a static field rather than decorators: the same API, fewer bytes in the bundle.
  static override properties: PropertyDeclarations = {
    actors: { reflect: true },
    issues: { reflect: true },
    highlight: { reflect: true },
    asOf: { attribute: 'as-of', reflect: true },
    sort: { reflect: true },
    open: { state: true },
    focusAt: { state: true },
    width: { state: true },
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

  /** The element's content width, from the resize controller. */
  private width = 0;
  protected readonly resize = new WidthController(this, (w) => (this.width = w));
  /** `deep-link`: the fragment's `cell:<actor>:<issue>` opens that cell's dialog over the matrix, scrolled into view. */
  protected override linkSpec: DataElement['linkSpec'] = [
    'cell',
    () => this.open && `${this.open.actor.id}:${this.open.issue.id}`,
    (id) =>
      this.rowViews.forEach((v) =>
        v.row.cells.forEach((c, j) => {
          if (`${c.actor.id}:${c.issue.id}` !== id) return;
          this.openCell(c, v.at, j + 1);
          this.link!.reveal(`[data-at="${v.at},${j + 1}"]`);
        }),
      ),
  ];
  private model?: MatrixModel;
  /** What the model was built from, besides reactive properties: the data and the language. */
  private built?: { data: Dataset; lang: string };
  /** Every row in display order, with its group and its place in the keyboard grid. */
  private rowViews: { row: Row; group: GroupRows; at: number }[] = [];
  /** Actors whose rows are emphasised (from `highlight`). */
  private marked = new Set<string>();
  /** A phone-sized table (see COMPACT_BELOW), from the width. */
  private compact = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const d = this.shown;
    if (!d) return;
    const lang = this.language;
    this.compact = this.width > 0 && this.width < COMPACT_BELOW;
    const inputs = ['asOf', 'actors', 'issues', 'sort'] as const;
    const rebuild = !this.model || this.built?.data !== d || this.built.lang !== lang || inputs.some((k) => changed.has(k));
    if (changed.has('highlight') || rebuild) this.marked = new Set(parseIdList(this.highlight));
    if (!rebuild) return;
    this.built = { data: d, lang };
    const m = (this.model = buildMatrix(d, {
      lang,
      asOf: this.asOf || undefined,
      actors: parseIdList(this.actors),
      issues: parseIdList(this.issues),
      sort: this.sort,
    }));
    this.rowViews = m.groups.flatMap((group) => group.rows.map((row) => ({ row, group }))).map((v, at) => ({ ...v, at }));
    // Keep the one tab stop inside the grid when rows or columns went away.
    const [row, col] = this.focusAt;
    const clamped: [number, number] = [Math.min(row, Math.max(0, this.rowViews.length - 1)), Math.min(col, m.issues.length)];
    if (clamped[0] !== row || clamped[1] !== col) this.focusAt = clamped;
    // A cell that is open stays open on the new model (for example when as-of changes).
    if (this.open) {
      const { actor, issue } = this.open;
      this.open = this.rowViews.flatMap((v) => v.row.cells).find((c) => c.actor.id === actor.id && c.issue.id === issue.id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.open && this.dialog && !this.dialog.open && this.isConnected) this.dialog.showModal();
    if (!this.open && this.dialog?.open) this.dialog.close();
  }

  protected override render() {
    const status = this.renderStatus();
    if (status) return status;
    const m = this.model;
    const d = this.shown;
    if (!m || !d) return nothing;
    const lang = this.language;
    // On a server (no width, no script): the table and its phone layout, a container query choosing
    // (the browser's build drops this line and the template with it: isServer is false there).
    if (isServer) return serverPositions(m, lang);
    // On paper: every position with how we know it, its date and quote.
    const paper = print.value;
    if (this.printing && paper)
      return html`<div class="print" dir=${this.direction}>
        ${paper.staticPositions(d, m, lang)}
        ${this.inExplainer ? nothing : renderSourceList(d, [...new Set(d.stances.flatMap((s) => s.sources ?? []))], lang)}
      </div>`;
    const t = strings(lang);
    const cols = m.issues.length;
    const compact = this.compact;
    // The first column takes 46% of a compact table (styles.ts); the questions share the other 54%.
    const column = (this.width * 0.54) / Math.max(1, cols);
    const scrolls = compact && column < COLUMN_MIN;
    // A long table draws only the groups and rows in view (styles.ts, .many); each group's height
    // until drawn is its rows' (3.5rem each) and its head's.
    const many = this.rowViews.length > MANY;
    return html`${
        compact
          ? html`<p class="positions" id="legend" part="legend" dir=${this.direction}>${positionsKey(t)}</p>
              <ol class="key" aria-hidden="true" dir=${this.direction}>
                ${questionsKey(m.issues, lang)}
              </ol>`
          : nothing
      }
      <div
        class="scroll"
        part="scroll"
        dir=${this.direction}
        role=${ifDefined(scrolls ? 'region' : undefined)}
        aria-label=${ifDefined(scrolls ? t.matrixCaption : undefined)}
        tabindex=${ifDefined(scrolls ? 0 : undefined)}
      >
        <table
          part="table"
          role="grid"
          aria-describedby="legend"
          class="${compact ? 'compact' : ''} ${scrolls ? 'scrolls' : ''} ${many ? 'many' : ''}"
          ${cssom(scrolls ? { 'min-width': `${Math.ceil((cols * COLUMN_MIN) / 0.54)}px` } : {})}
          @keydown=${this.onKeydown}
        >
          <caption class="caption ${this.inExplainer ? 'vh' : ''}" part="caption">
            ${t.matrixCaption}<span class="as-of">${t.asOf(formatDate(m.asOf, lang))}</span>
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader">${t.actor}</th>
              ${m.issues.map((i, n) => {
                const full = localize(i.label, lang);
                return html`<th role="columnheader" id="q-${i.id}" title=${full}>
                  ${compact ? html`<span aria-hidden="true">${shortHead(i, n, lang)}</span><span class="vh">${full}</span>` : full}
                </th>`;
              })}
            </tr>
          </thead>
          ${m.groups.map(
            (g) =>
              html`<tbody role="rowgroup" ${cssom(many ? { 'contain-intrinsic-block-size': `auto ${g.rows.length * 3.5 + 2.5}rem` } : {})}>
                <tr role="row" class="group">
                  <th role="columnheader" aria-colspan=${cols + 1} class="group" id="g-${g.id}">${g.label}</th>
                </tr>
                ${this.rowViews
                  .filter((v) => v.group === g)
                  .map(({ row, at }) =>
                    // A row is drawn again only when it changed: its data, its emphasis, or the
                    // keyboard focus in it (opening a cell or a phone-sized width changes no row).
                    guard([row, t, this.marked.has(row.actor.id), this.focusAt[0] === at ? this.focusAt[1] : -1], () =>
                      this.renderRow(row, g, at),
                    ),
                  )}
              </tbody>`,
          )}
        </table>
      </div>
      ${compact ? nothing : html`<p class="legend" id="legend" part="legend" dir=${this.direction}>${basisKey(t)}</p>`}
      ${this.open ? this.renderDetails(this.open, d) : nothing}`;
  }

  private renderRow(row: Row, g: GroupRows, at: number) {
    return html`<tr role="row" class=${this.marked.has(row.actor.id) ? 'highlighted' : ''}>
      <th role="rowheader" id="a-${row.actor.id}">${this.renderActor(row, at)}</th>
      ${row.cells.map(
        (c, j) => html`<td role="gridcell" headers="g-${g.id} a-${c.actor.id} q-${c.issue.id}">${this.renderCell(c, at, j + 1)}</td>`,
      )}
    </tr>`;
  }

  private renderActor(row: Row, at: number) {
    const { actor } = row;
    const lang = this.language;
    return html`<button
      type="button"
      class="actor"
      part="actor"
      data-at="${at},0"
      tabindex=${this.tabIndexAt(at, 0)}
      aria-pressed=${this.marked.has(actor.id) ? 'true' : 'false'}
      @click=${() => this.chooseActor(actor.id)}
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
      <span class="position">${icon(c.position)}<span class="word">${t.position[c.position]}</span></span>
      ${basis || earlier ? html`<span class="basis">${[basis, when, earlier].filter(Boolean).join(' · ')}</span>` : nothing}
    </button>`;
  }

  private tabIndexAt(row: number, col: number): number {
    return this.focusAt[0] === row && this.focusAt[1] === col ? 0 : -1;
  }

  private renderDetails(c: Cell, d: Dataset) {
    return html`<dialog part="details" aria-labelledby="details-title" dir=${this.direction} @close=${this.onDialogClose}>
      ${
        details.value
          ? details.value.renderEvidence(c, d, this.language, () => this.closeDetails(), this.link)
          : renderUnavailable(strings(this.language), () => this.closeDetails())
      }
    </dialog>`;
  }

  private openCell(c: Cell, row: number, col: number): void {
    this.focusAt = [row, col];
    this.whenDetails(() => {
      // The model may have been rebuilt with the details meanwhile: the same cell in it.
      const now = this.rowViews[row]?.row.cells[col - 1] ?? c;
      this.open = now;
      emit(this, 'pe-cell-select', { actor: now.actor, issue: now.issue, stance: now.stance });
    });
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
    // Right to left the table reads from the right: ← goes to the next column.
    const to = moveFocus(ev.key, ev.ctrlKey, this.focusAt, this.rowViews.length, (this.model?.issues.length ?? 0) + 1, this.rtl);
    if (!to) return;
    ev.preventDefault();
    this.focusCell(...to);
  }
}
