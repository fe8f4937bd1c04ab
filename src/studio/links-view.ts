import { html, nothing, type TemplateResult } from 'lit';
import { describeStatus, type LinkCheck } from '../convert/check-links.js';
import type { Actions } from './controller.js';
import type { StudioState } from './store.js';
import { STRINGS } from './strings.js';

/** Checking the sources' links, on the producer's click only: each source, its url and archived copy, and how each answered. */

export function linksView(s: StudioState, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const r = s.links;
  const line = (what: string, c: LinkCheck) => html`<li>${what}: ${describeStatus(c)} — ${c.finalUrl ?? c.url}</li>`;
  const checked = typeof r === 'object' ? r.sources.reduce((n, x) => n + (x.url ? 1 : 0) + (x.archived ? 1 : 0), 0) : 0;
  return html`<h3>${t.linksHeading}</h3>
    <p class="hint">${t.linksHint}</p>
    <p><button type="button" id="check-links" @click=${() => void actions.checkSourceLinks()}>${t.linksButton}</button></p>
    <div id="links-report" role="status">
      ${
        r === 'checking'
          ? t.linksChecking
          : r
            ? html`<p>${t.linksSummary(checked, r.counts.gone)}</p>
                <ul>
                  ${r.sources.map(
                    (x) =>
                      html`<li>
                        ${x.id} (${x.label})
                        <ul>
                          ${x.url ? line('url', x.url) : nothing}${x.archived ? line(t.linksArchived, x.archived) : nothing}
                        </ul>
                      </li>`,
                  )}
                </ul>`
            : nothing
      }
    </div>`;
}
