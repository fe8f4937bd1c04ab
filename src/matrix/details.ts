import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Stance } from '../data/types.js';
import { localize, strings, translationFor } from '../data/i18n.js';
import { formatDate } from '../data/dates.js';
import { renderNotes, renderSources } from '../shared/render-bits.js';
import { quoteHrefs } from '../data/text-fragment.js';
import type { Cell } from './model.js';
import { icon } from './icons.js';
import type { DeepLink } from '../shared/deep-link.js';
import { linkButton } from '../shared/link-button.js';

/**
 * A cell's evidence, the inside of the matrix's dialog: who, the question, the position with how
 * we know it and when, the verbatim quote (and its translation), the summary, notes, sources and
 * earlier positions. Pure templates: data text is bound as text.
 */
export function renderEvidence(c: Cell, d: Dataset, lang: string, close: () => void, link?: DeepLink): TemplateResult {
  const t = strings(lang);
  return html`<h3 id="details-title">${localize(c.actor.name, lang)}</h3>
    <p class="who">${localize(c.actor.role, lang)}</p>
    <p class="question">${localize(c.issue.label, lang)}</p>
    ${c.issue.description ? html`<p class="about">${localize(c.issue.description, lang)}</p>` : nothing}
    ${renderStance(c.stance, c, d, lang, true)}
    ${
      c.history.length
        ? html`<h4 class="sub">${t.history}</h4>
            <ol class="history">
              ${c.history.map((h) => html`<li>${renderStance(h, c, d, lang, false)}</li>`)}
            </ol>`
        : nothing
    }
    <button type="button" class="close" aria-label=${t.close} @click=${close}>×</button>
    ${linkButton(link, t)}`;
}

/** One position: the pill, how and when, the quote, the summary, then its notes (all of them on the latest) and sources. */
function renderStance(s: Stance | null, c: Cell, d: Dataset, lang: string, full: boolean): TemplateResult {
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
        ? html`<blockquote part="quote">
              <p lang=${s.quoteLang ?? 'en'} dir="auto">“${s.quote}”</p>
              <footer>— ${speaker}, ${formatDate(s.date, lang)}</footer>
            </blockquote>
            ${translation ? html`<p><em>${t.translation}${t.colon}</em> ${translation}</p>` : nothing}`
        : nothing
    }
    ${s?.summary ? html`<p>${localize(s.summary, lang)}</p>` : !s ? html`<p>${t.noStance}</p>` : nothing}
    ${full || s?.notes ? renderNotes(s?.notes, lang) : nothing} ${s ? renderSources(d, s.sources, lang, 4, quoteHrefs(s)) : nothing}`;
}
