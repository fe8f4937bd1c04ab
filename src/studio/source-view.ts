import { html, nothing, type TemplateResult } from 'lit';
import { columnLetter } from '../convert/csv-tables.js';
import { parseCells } from '../convert/csv-read.js';
import type { Problem } from '../convert/problems.js';
import type { Actions } from './controller.js';
import { fileLabel } from './problems-view.js';
import type { StudioState } from './store.js';
import { STRINGS } from './strings.js';

/**
 * "Show row 3": the problem's row in its file, the rows around it and the cell marked, as a
 * spreadsheet shows them (column letters, row numbers); for a JSON file, the lines around it.
 */

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function sourceView(s: StudioState, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const p = s.source?.problem;
  const input = p && s.inputs.find((i) => i.name === p.file);
  const back = () => {
    const to = s.source!.back;
    actions.hideSource();
    (document.querySelector(`#${to} button.show`) as HTMLElement | null)?.focus();
  };
  let heading = '';
  let body: TemplateResult | typeof nothing = nothing;
  if (p && input && p.row !== undefined) {
    heading = `${fileLabel(input, s.lang)}, ${t.where.row(p.row)}`;
    body = rowsAround(parseCells(input.text), p);
  } else if (p && input && p.position) {
    heading = `${input.name}, ${t.where.line(p.position.line)}`;
    body = linesAround(input.text.split(/\r\n?|\n/), p.position.line);
  }
  return html`<section id="source" class="source" tabindex="-1" ?hidden=${!heading} aria-labelledby="source-heading">
    ${
      heading
        ? html`<h3 id="source-heading">${heading}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="source-heading">${body}</div>
            <button type="button" class="back" @click=${back}>${t.backToProblems}</button>`
        : nothing
    }
  </section>`;
}

function rowsAround(rows: string[][], p: Problem) {
  const at = p.row!;
  const width = Math.max(rows[0]?.length ?? 0, rows[at - 1]?.length ?? 0);
  const columns = Array.from({ length: width }, (_, i) => i);
  // The header row first, wherever the problem is, so every column shows its name.
  const shown: number[] = [1];
  for (let r = Math.max(2, at - 2); r <= Math.min(rows.length, at + 2); r++) shown.push(r);
  const cell = (r: number, i: number) => {
    const text = cut(rows[r - 1]?.[i] ?? '', 60);
    const hit = r === at && columnLetter(i) === p.column;
    return r === 1 ? html`<th class=${hit ? 'hit' : ''}>${text}</th>` : html`<td class=${hit ? 'hit' : ''}>${text}</td>`;
  };
  return html`<table class="sheet">
    <thead>
      <tr>
        <th></th>
        ${columns.map((i) => html`<th scope="col">${columnLetter(i)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${shown.map(
        (r) =>
          html`<tr class=${r === at ? 'hit-row' : ''} aria-current=${r === at ? 'true' : 'false'}>
            <th scope="row">${r}</th>
            ${columns.map((i) => cell(r, i))}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function linesAround(lines: string[], at: number) {
  const shown: number[] = [];
  for (let l = Math.max(1, at - 3); l <= Math.min(lines.length, at + 3); l++) shown.push(l);
  return html`<table class="lines">
    <tbody>
      ${shown.map(
        (l) =>
          html`<tr class=${l === at ? 'hit-row' : ''} aria-current=${l === at ? 'true' : 'false'}>
            <th scope="row">${l}</th>
            <td><code>${cut(lines[l - 1], 200)}</code></td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
