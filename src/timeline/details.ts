import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, TimelineEvent } from '../data/types.js';
import { localize, strings } from '../data/i18n.js';
import { renderNotes, renderSources } from '../shared/render-bits.js';
import type { DeepLink } from '../shared/deep-link.js';
import { linkButton } from '../shared/link-button.js';

/** What the timeline gives its details card beyond the event: the date as laid out, heading levels, the close and link buttons. */
export interface EventDetailsContext {
  when: string;
  level: number;
  close: () => void;
  link?: DeepLink;
}

/**
 * An event's details, the inside of the timeline's card: title, date, summary, notes, who took
 * part, sources. Pure templates: data text is bound as text.
 */
export function renderEventDetails(event: TimelineEvent, d: Dataset, lang: string, o: EventDetailsContext): TemplateResult {
  const t = strings(lang);
  const actors = (event.actors ?? []).map((id) => d.actors.find((a) => a.id === id)).filter((a) => a !== undefined);
  return html`<div class="details-title" id="details-title" role="heading" aria-level=${o.level}>${localize(event.title, lang)}</div>
    <p class="when">${o.when}</p>
    ${event.summary ? html`<p>${localize(event.summary, lang)}</p>` : nothing} ${renderNotes(event.notes, lang)}
    ${
      actors.length
        ? html`<div class="sub" role="heading" aria-level=${o.level + 1}>${t.actorsInvolved}</div>
            <ul class="actors">
              ${actors.map((a) => html`<li>${localize(a.name, lang)}, <span class="role">${localize(a.role, lang)}</span></li>`)}
            </ul>`
        : nothing
    }
    ${renderSources(d, event.sources, lang, o.level + 1)} ${linkButton(o.link, t)}
    <button type="button" class="close" aria-label=${t.close} @click=${o.close}>×</button>`;
}
