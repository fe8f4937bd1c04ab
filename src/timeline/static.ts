import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { localize, strings } from '../data/i18n.js';
import { cite, renderNotes } from '../shared/render-bits.js';
import { eventDateText, inWindow } from './prepare.js';

/**
 * The story as static, semantic HTML: the events as an ordered list, the positions as a table,
 * everything a reader needs with nothing to click. The timeline's template (matrix/static.ts has the matrix's), shared by the server
 * render (`policy-explainer render`, the timeline on a server), the light-DOM copy for readers
 * without script, and the elements' print rendering. Pure Lit templates: data text is bound as text.
 */

/** Every event in date order (inside an optional window): date, title, summary, sources, notes. */
export function staticEvents(d: Dataset, lang: string, from?: string, to?: string): TemplateResult {
  const t = strings(lang);
  return html`<ol class="static">
    ${inWindow(d.events, from, to).map(
      (e) =>
        html`<li>
          <strong>${eventDateText(e, { asOf: d.asOf, lang, expectedLabel: t.expected })}</strong> —
          <bdi><strong>${localize(e.title, lang)}</strong>${e.summary ? html`. ${localize(e.summary, lang)}` : nothing}</bdi>${cite(
            d,
            e.sources,
            lang,
          )}
          ${renderNotes(e.notes, lang)}
        </li>`,
    )}
  </ol>`;
}
