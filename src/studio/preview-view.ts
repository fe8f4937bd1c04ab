import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import type { Actions } from './controller.js';
import { shownDataset, type StudioState, type ViewOptions } from './store.js';
import { STRINGS } from './strings.js';

/**
 * Step 3, Preview: the published explainer (dist/policy-explainer.js, loaded by the page) with the
 * producer's data, at the width, theme, language and view chosen in studio.html's options form.
 * The frame's width is a class (the page's CSP allows no style attribute).
 */

export function previewView(s: StudioState): TemplateResult {
  const t = STRINGS[s.lang];
  const d: Dataset | undefined = shownDataset(s);
  const o = s.view;
  return html`<p id="preview-note" class="note">${d ? t.previewFrame(o.width) : t.previewNone}</p>
    ${
      d
        ? html`<div class="frame-scroll" tabindex="0" role="region" aria-label=${t.previewRegion}>
            <div id="frame" class="frame ${o.theme} w${o.width}">
              <policy-explainer lang=${o.lang} theme=${o.theme} view=${o.view} .data=${d}></policy-explainer>
            </div>
          </div>`
        : nothing
    }`;
}

/** The options form (studio.html) to the store: every change of a radio is a change of the preview. */
export function wirePreview(form: HTMLFormElement, actions: Actions) {
  form.addEventListener('change', () => {
    const f = new FormData(form);
    actions.setView({
      width: f.get('width') === '1280' ? 1280 : 375,
      theme: f.get('theme') === 'dark' ? 'dark' : 'light',
      lang: f.get('lang') === 'es' ? 'es' : 'en',
      view: (['timeline', 'matrix'] as const).find((v) => v === f.get('view')) ?? 'both',
    } satisfies ViewOptions);
  });
}
