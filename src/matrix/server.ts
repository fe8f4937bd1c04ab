import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localize, strings } from '../data/i18n.js';
import { formatDate } from '../data/dates.js';
import type { Cell, MatrixModel } from './model.js';
import { icon } from './icons.js';
import { basisKey, positionsKey, questionsKey, shortHead } from './legend.js';

/** From this many questions a compact table may be wider than a 320 px phone: it scrolls inside its frame, names kept in view. */
const SCROLLS_FROM = 5;

/**
 * The matrix as the live element draws it, for a page without script (`policy-explainer render`,
 * any server render): the same markup and classes, so the element's own styles apply, but nothing
 * to click. Both of the live element's layouts are written out, the table and the phone's compact
 * table (a key to the icons and the questions above it), and a container query on the element's
 * width shows one of them, switching where the live element does (COMPACT_BELOW, 560 px).
 */
export function serverPositions(m: MatrixModel, lang: string): TemplateResult {
  const t = strings(lang);
  const dir = t.dir ?? 'ltr';
  const cols = m.issues.length;
  const scrolls = cols >= SCROLLS_FROM;
  const table = (compact: boolean) =>
    html`<div
      class="scroll"
      part="scroll"
      role=${ifDefined(compact && scrolls ? 'region' : undefined)}
      aria-label=${ifDefined(compact && scrolls ? t.matrixCaption : undefined)}
      tabindex=${ifDefined(compact && scrolls ? 0 : undefined)}
    >
      <table
        part="table"
        role="table"
        class=${compact ? (scrolls ? 'compact scrolls' : 'compact') : ''}
        style=${ifDefined(compact ? `--cols: ${cols}` : undefined)}
      >
        <caption class="caption" part="caption">
          ${t.matrixCaption}<span class="as-of">${t.asOf(formatDate(m.asOf, lang))}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${t.actor}</th>
            ${m.issues.map(
              (i, n) =>
                html`<th scope="col" role="columnheader">
                  ${compact ? html`<span aria-hidden="true">${shortHead(i, n, lang)}</span><span class="vh">${localize(i.label, lang)}</span>` : localize(i.label, lang)}
                </th>`,
            )}
          </tr>
        </thead>
        ${m.groups.map(
          (g) =>
            html`<tbody role="rowgroup">
              <tr role="row" class="group">
                <th scope="colgroup" role="columnheader" colspan=${cols + 1} class="group">${g.label}</th>
              </tr>
              ${g.rows.map(
                (r) =>
                  html`<tr role="row">
                    <th scope="row" role="rowheader">
                      <span class="actor" part="actor"
                        ><span class="name">${localize(r.actor.name, lang)}</span
                        ><span class="role">${localize(r.actor.role, lang)}</span></span
                      >
                    </th>
                    ${r.cells.map((c) => html`<td role="cell">${cell(c, lang)}</td>`)}
                  </tr>`,
              )}
            </tbody>`,
        )}
      </table>
    </div>`;
  // What the server render adds to the element's own styles: the layout the element's width calls
  // for (its :host is an inline-size container, shared/theme.ts; 560px is COMPACT_BELOW), a compact
  // table that keeps its columns usable and scrolls inside its frame, no hint of a click where
  // nothing opens, and inside <policy-explainer> (which names its matrix part="matrix" and heads
  // it with a section title) the caption for screen readers only, as live: on a server the
  // element cannot see its host.
  return html`<style>
      @container (width < 560px) {
        .wide {
          display: none;
        }
      }
      @container (width >= 560px) {
        .narrow {
          display: none;
        }
      }
      table.compact {
        min-width: calc(var(--cols) * 36px / 0.54);
      }
      /* A short head breaks between words only (hyphenated where the browser can); a word wider
         than its narrow column runs into the padding rather than splitting ("Lan/e"). */
      table.compact thead th {
        overflow-wrap: normal;
      }
      .actor,
      .cell {
        cursor: auto;
      }
      .cell:hover {
        border-color: transparent;
      }
      .cell.unknown:hover {
        border-color: var(--_rule);
      }
      :host([part~='matrix']) .caption {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    </style>
    <div class="narrow" dir=${dir}>
      <p class="positions" part="legend">${positionsKey(t)}</p>
      <ol class="key" aria-hidden="true">
        ${questionsKey(m.issues, lang)}
      </ol>
      ${table(true)}
    </div>
    <div class="wide" dir=${dir}>
      ${table(false)}
      <p class="legend" part="legend">${basisKey(t)}</p>
    </div>`;
}

/** A cell as the live one reads (position, how we know, when, earlier positions), with nothing to click. */
function cell(c: Cell, lang: string): TemplateResult {
  const t = strings(lang);
  const s = c.position === 'unknown' ? null : c.stance;
  const basis = s ? [t.basisShort[s.basis], formatDate(s.date, lang, true), c.history.length ? t.earlier(c.history.length) : ''] : [];
  return html`<span class="cell ${c.position}" part="cell"
    ><span class="position">${icon(c.position)}<span class="word">${t.position[c.position]}</span></span>
    ${s ? html`<span class="basis">${basis.filter(Boolean).join(' · ')}</span>` : nothing}</span
  >`;
}
