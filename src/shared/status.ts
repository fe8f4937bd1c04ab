import { css, html, type TemplateResult } from 'lit';
import { strings } from '../data/i18n.js';
import type { LoadError } from '../data/load.js';
import type { DatasetState } from './dataset-controller.js';

/** The reader-facing sentence for a load error (details with JSON paths go to the console). */
export function errorMessage(error: LoadError, lang: string): string {
  const t = strings(lang);
  const where = (e: { origin: string; url?: string }) =>
    e.url ?? (e.origin === 'inline' ? t.inlineScript : e.origin === 'property' ? t.dataProperty : e.origin);
  switch (error.kind) {
    case 'url':
      return t.errorUrl(error.url);
    case 'network':
      return t.errorNetwork(error.url);
    case 'http':
      return t.errorHttp(error.url, error.status);
    case 'timeout':
      return t.errorTimeout(error.url, error.seconds);
    case 'json':
      return t.errorJson(where(error), error.detail);
    case 'invalid':
      return t.errorInvalid(where(error), error.problems.length);
    case 'module':
      return t.errorModule(error.file);
    case 'origin':
      return t.errorOrigin(error.url);
  }
}

/** Loading and error states shared by every element; `undefined` once the data is ready. */
export function renderStatus(state: DatasetState, lang: string, retry: () => void): TemplateResult | undefined {
  const t = strings(lang);
  if (state.status === 'loading') {
    return html`<div class="status" part="status" role="status" dir=${t.dir ?? 'ltr'}>${t.loading}</div>`;
  }
  if (state.status === 'error') {
    const problems = state.error.kind === 'invalid' ? state.error.problems.slice(0, 3) : [];
    return html`<div class="status error" part="error" role="alert" dir=${t.dir ?? 'ltr'}>
      <p class="status-title">${t.errorTitle}</p>
      <p>${errorMessage(state.error, lang)}</p>
      ${
        problems.length
          ? html`<ul class="problems">
              ${problems.map((p) => html`<li><code>${p.path || '/'}</code> ${p.message}</li>`)}
            </ul>`
          : ''
      }
      <button type="button" class="action" part="retry" @click=${retry}>${t.retry}</button>
    </div>`;
  }
  return undefined;
}

export const statusStyles = css`
  .status {
    padding: var(--_space);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    color: var(--_muted);
    min-height: 6rem;
  }
  .error {
    color: var(--_text);
    border-color: var(--_oppose);
    border-inline-start-width: 4px;
  }
  .status-title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .problems {
    font-size: 0.875rem;
    padding-inline-start: 1.25em;
  }
  .problems code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .status .action {
    margin-top: 0.5em;
  }
`;
