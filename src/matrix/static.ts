import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { localize, strings, translationFor } from '../data/i18n.js';
import { formatDate } from '../data/dates.js';
import { cite } from '../shared/render-bits.js';
import { quoteHrefs } from '../data/text-fragment.js';
import type { MatrixModel } from './model.js';

/**
 * The story as static, semantic HTML: the events as an ordered list, the positions as a table,
 * everything a reader needs with nothing to click. The matrix's template (timeline/static.ts has the timeline's), shared by the server
 * render (`policy-explainer render`, the timeline on a server), the light-DOM copy for readers
 * without script, and the elements' print rendering. Pure Lit templates: data text is bound as text.
 */

/** Every position of a matrix model: the word, how we know it and when, the quote, the summary, sources. */
export function staticPositions(d: Dataset, m: MatrixModel, lang: string): TemplateResult {
  const t = strings(lang);
  return html`<table class="static">
    <caption>
      ${t.matrixCaption} (${t.asOf(formatDate(m.asOf, lang))})
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.actor}</th>
        ${m.issues.map((i) => html`<th scope="col">${localize(i.label, lang)}</th>`)}
      </tr>
    </thead>
    ${m.groups.map(
      (g) =>
        html`<tbody>
          <tr>
            <th scope="colgroup" colspan=${m.issues.length + 1}>${g.label}</th>
          </tr>
          ${g.rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${localize(r.actor.name, lang)}<br /><small>${localize(r.actor.role, lang)}</small></th>
                ${r.cells.map((c) => {
                  const s = c.stance;
                  if (!s || c.position === 'unknown') return html`<td>${t.position.unknown}</td>`;
                  const translation = translationFor(s.quote, s.quoteTranslation, lang);
                  return html`<td>
                    <strong>${t.position[c.position]}</strong> (${t.basisShort[s.basis]},
                    ${formatDate(s.date, lang)})${
                      s.quote
                        ? html`<br /><bdi>“${s.quote}”${s.quoteBy ? ` — ${localize(s.quoteBy, lang)}` : ''}</bdi>${
                              translation ? html`<br /><small>${t.translation}${t.colon} <bdi>${translation}</bdi></small>` : nothing
                            }`
                        : nothing
                    }${s.summary ? html`<br /><bdi>${localize(s.summary, lang)}</bdi>` : nothing}${cite(d, s.sources, lang, s.quote ? quoteHrefs(s) : undefined)}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>`,
    )}
  </table>`;
}
