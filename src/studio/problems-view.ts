import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { summarize } from '../convert/summary.js';
import { messageOf, type Problem } from '../convert/problems.js';
import { cellInput, cellText } from './cells.js';
import type { Actions } from './controller.js';
import type { Input } from './intake.js';
import { errorsOf, type StudioState } from './store.js';
import { STRINGS, type UiLang } from './strings.js';

/**
 * Step 2, Check: the status line, then each problem as a producer who writes no code reads it —
 * where, by tab, row and column; what is wrong and what to do; a field to fix the cell in place and
 * check again; the row itself on demand. The JSON pointer and the raw value are details, below.
 */

/** A problem's words in the page's language: the one place problems become text. */
export function problemText(p: Problem, lang: UiLang): string {
  return messageOf(p, lang);
}

/** A date as a spreadsheet's locale shows it (10/04/2022, 14.01.2014). */
const LOCALE_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;

/** A date a spreadsheet reformatted: the value, and the two dates it can be when its year is whole. */
export function sheetDate(p: Problem): { monthFirst?: string; dayFirst?: string } | undefined {
  const m = p.severity === 'error' ? LOCALE_DATE.exec(p.value ?? '') : null;
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
  if (year.length !== 4) return {};
  const iso = (month: number, day: number) =>
    month >= 1 && month <= 12 && day >= 1 && day <= 31
      ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : undefined;
  return { monthFirst: iso(a, b), dayFirst: a === b ? undefined : iso(b, a) };
}

/**
 * What is wrong, in the page's language. For a reformatted date, the problem without the hint it
 * carries (the validator's 'date-reformatted' wraps it): the studio shows its own, on a line of its own.
 */
function saying(p: Problem, lang: UiLang): string {
  return problemText(sheetDate(p) && p.code === 'date-reformatted' ? { ...p, ...p.params.first } : p, lang);
}

/** A file as the producer knows it: a spreadsheet's tab by its name ("events tab"), anything else by its file name. */
export const fileLabel = (input: Input, lang: UiLang) =>
  input.kind.kind === 'table' ? STRINGS[lang].where.tab(input.kind.table) : input.name;

/** Where a problem is, in plain words: "events tab, row 4, column date (B)", "story.json, line 6, column 32". */
export function placeText(p: Problem, s: StudioState): string | undefined {
  const t = STRINGS[s.lang];
  const input = s.inputs.find((i) => i.name === p.file);
  const file = input ? fileLabel(input, s.lang) : p.file;
  if (file === undefined) return p.origin;
  if (p.position) return [file, t.where.line(p.position.line), t.where.column(String(p.position.column))].join(', ');
  const parts = [file];
  if (p.row !== undefined) parts.push(t.where.row(p.row));
  if (p.column !== undefined) parts.push(t.where.column(p.header ?? p.column, p.header === undefined ? undefined : p.column));
  return parts.join(', ');
}

export function statusView(s: StudioState): TemplateResult {
  const t = STRINGS[s.lang];
  const errors = errorsOf(s);
  let text: string;
  let kind = '';
  if (s.workerFailed) [text, kind] = [t.workerFailed, 'bad'];
  else if (s.busy) text = s.busy === 'sheet' ? t.liveReading : t.statusWorking;
  else if (!s.inputs.length && !s.refused.length) text = t.statusEmpty;
  else if (s.result.dataset && !errors.length) [text, kind] = [t.statusOk(summarize(s.result.dataset)), 'ok'];
  else [text, kind] = [t.statusErrors(Math.max(1, errors.length)), 'bad'];
  return html`<p id="status" class="status ${kind}" role="status" tabindex="-1">${text}</p>`;
}

export function problemsView(s: StudioState, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const errors = errorsOf(s);
  const warnings = s.result.problems.filter((p) => p.severity === 'warning');
  return html`${errors.length ? problemList(s, actions, 'errors', t.errors, errors) : nothing}${
    warnings.length ? problemList(s, actions, 'warnings', t.warnings, warnings, t.warningsHint) : nothing
  }`;
}

function problemList(s: StudioState, actions: Actions, id: string, title: string, list: Problem[], hint?: string) {
  return html`<div class="problems ${id}">
    <h3 id="${id}-heading">${title} (${list.length})</h3>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    <ol class="problem-list" aria-labelledby="${id}-heading">
      ${list.map((p, i) => problemItem(s, actions, p, `${id}-${i}`))}
    </ol>
  </div>`;
}

function problemItem(s: StudioState, actions: Actions, p: Problem, id: string) {
  const t = STRINGS[s.lang];
  const where = placeText(p, s);
  const message = saying(p, s.lang);
  const date = sheetDate(p);
  const input = s.inputs.find((i) => i.name === p.file);
  const show = input && p.row !== undefined ? t.showRow(p.row) : input && p.position ? t.showLine(p.position.line) : undefined;
  const fixable = cellInput(s.inputs, p);
  const details = [
    p.value !== undefined && p.value !== '' ? [t.detailValue, p.value.length > 80 ? `${p.value.slice(0, 79)}…` : p.value] : undefined,
    p.path !== undefined ? [t.detailPointer, p.path || '/'] : undefined,
    p.file !== undefined && input?.kind.kind === 'table' ? [t.detailFile, p.file] : undefined,
  ].filter((d): d is [string, string] => d !== undefined);
  return html`<li class="problem" id=${id}>
    <p class="what">
      ${where ? html`<strong class="where" id="${id}-where">${where}</strong>: ` : nothing}<span class="message" lang=${s.lang}
        >${message}</span
      >
    </p>
    ${date ? html`<p class="todo">${t.sheetDateHint(date.monthFirst, date.dayFirst)}</p>` : nothing}
    ${
      fixable || show
        ? html`<div class="act">
            ${fixable ? fixForm(s, actions, p, fixable.text, id) : nothing}
            ${
              show
                ? html`<button
                    type="button"
                    class="show"
                    @click=${() => {
                      actions.showSource(p, id);
                      (document.getElementById('source') as HTMLElement | null)?.focus();
                    }}
                  >
                    ${show}
                  </button>`
                : nothing
            }
          </div>`
        : nothing
    }
    ${
      details.length
        ? html`<details class="more">
            <summary>${t.details}</summary>
            <dl>
              ${details.map(
                ([k, v]) =>
                  html`<div>
                    <dt>${k}:</dt>
                    <dd><code>${v}</code></dd>
                  </div>`,
              )}
            </dl>
          </details>`
        : nothing
    }
  </li>`;
}

function fixForm(s: StudioState, actions: Actions, p: Problem, text: string, id: string) {
  const t = STRINGS[s.lang];
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    actions.fixCell(p, (form.elements.namedItem('value') as HTMLInputElement).value);
    (document.getElementById('status') as HTMLElement | null)?.focus();
  };
  // The label sits above the field and both buttons (studio.css); it names the field wherever it is.
  return html`<label class="fix-label" for="${id}-fix">${t.fixLabel}</label>
    <form class="fix" @submit=${submit}>
      <input
        id="${id}-fix"
        name="value"
        type="text"
        spellcheck="false"
        aria-describedby="${id}-where"
        .value=${live(cellText(text, p.row!, p.column!))}
      />
      <button type="submit">${t.checkAgain}</button>
    </form>`;
}
