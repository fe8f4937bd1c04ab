import { html, type TemplateResult } from 'lit';
import { cardsView } from './cards-view.js';
import type { Actions } from './controller.js';
import { EXAMPLE_TABS } from './example.js';
import { linksView } from './links-view.js';
import { snippetsView } from './snippets-view.js';
import { errorsOf, shownDataset, type StudioState } from './store.js';
import { STRINGS } from './strings.js';

/**
 * Step 4, Take it away: the dataset JSON and its CSV tabs, the links check, the embed code and the
 * images, once the data has no errors. Before any data, what to do first (not an error: nothing is
 * wrong yet); while there are errors, where they are.
 */

export function outputsView(s: StudioState, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const d = shownDataset(s);
  if (!d) {
    const errors = errorsOf(s).length;
    if (!s.inputs.length && !s.refused.length)
      return html`<div id="out-empty" class="empty-state">
        <p>${t.outEmpty}</p>
        <p><button type="button" @click=${() => actions.startFrom(EXAMPLE_TABS)}>${t.outTryExample}</button></p>
      </div>`;
    return html`<p id="out-blocked" class="blocked">
      ${errors ? t.outBlocked(errors) : t.outWaiting} <a href="#check-heading">${t.outToProblems}</a>
    </p>`;
  }
  const downloads = s.downloads;
  return html`<div id="out">
    <h3>${t.dataHeading}</h3>
    <div id="data-links" class="downloads">
      ${
        downloads
          ? html`<p>
                <a class="download" href=${downloads.json.url} download=${downloads.json.name}>${t.datasetJson}: ${downloads.json.label}</a>
              </p>
              <p>${t.tabsCsv}</p>
              <ul>
                ${downloads.tabs.map((x) => html`<li><a class="download" href=${x.url} download=${x.name}>${x.label}</a></li>`)}
              </ul>`
          : ''
      }
    </div>
    ${linksView(s, actions)} ${snippetsView(s, d, actions)} ${cardsView(s, d, actions)}
  </div>`;
}
