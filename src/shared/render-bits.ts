import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Note } from '../data/types.js';
import { formatDate } from '../data/dates.js';
import { localize, strings, type Strings } from '../data/i18n.js';

/**
 * Small templates shared by the elements: sources as safe links, visible notes.
 * Data text is only ever bound as text; a link is rendered only for an http(s) URL.
 */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** A source's link: its http(s) URL as it is (the evidence dialog adds a quote's text fragment). */
export type SourceHref = (source: Dataset['sources'][number]) => string | undefined;

/**
 * A list of sources by id: a link where the source has an http(s) URL, with publisher and date,
 * and its archived copy beside it where the data holds one (never a link the data does not hold).
 */
export function renderSourceList(
  dataset: Dataset,
  ids: readonly string[],
  lang: string,
  hrefOf: SourceHref = (s) => safeHref(s.url),
): TemplateResult {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const t = strings(lang);
  return html`<ul class="sources" part="sources">
    ${ids.map((id) => {
      const s = byId.get(id);
      if (!s) return nothing;
      const label = localize(s.label, lang);
      const publisher = s.publisher && !label.includes(s.publisher) ? s.publisher : '';
      const meta = [publisher, s.date ? formatDate(s.date, lang, true) : ''].filter(Boolean).join(', ');
      const href = hrefOf(s);
      const archived = safeHref(s.archived);
      return html`<li>
        ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : label}${meta ? html`<span class="meta"> (${meta})</span>` : nothing}${
          archived ? html` · <a class="archived" href=${archived} target="_blank" rel="noopener noreferrer">${t.archived}</a>` : nothing
        }
      </li>`;
    })}
  </ul>`;
}

/** "(Sources: A; B)" after a claim, by the sources' names. */
export function cite(d: Dataset, ids: readonly string[] | undefined, lang: string, hrefOf?: SourceHref) {
  if (!ids?.length) return nothing;
  const t = strings(lang);
  // With `hrefOf` (a quote's sources on paper), each name links where it says, its URL written out in print.
  const names = ids.map((id, i) => {
    const s = d.sources.find((x) => x.id === id);
    const name = localize(s?.label ?? id, lang);
    const href = s && hrefOf?.(s);
    return html`${i ? '; ' : ''}${href ? html`<a href=${href}>${name}</a>` : name}`;
  });
  return html` <small>(${ids.length === 1 ? t.source : t.sources}${t.colon} <bdi>${names}</bdi>)</small>`;
}

/** A "Sources" heading and list, or nothing when there are none. */
export function renderSources(
  dataset: Dataset,
  ids: readonly string[] | undefined,
  lang: string,
  level = 4,
  hrefOf?: SourceHref,
): TemplateResult | typeof nothing {
  if (!ids?.length) return nothing;
  const t = strings(lang);
  return html`<div class="sub" role="heading" aria-level=${level}>${ids.length === 1 ? t.source : t.sources}</div>
    ${renderSourceList(dataset, ids, lang, hrefOf)}`;
}

/** What a card or dialog says when its module could not be loaded: that, and a way out. */
export function renderUnavailable(t: Strings, close: () => void): TemplateResult {
  return html`<p role="alert">${t.unavailable}</p>
    <button type="button" class="close" aria-label=${t.close} @click=${close}>×</button>`;
}

export function renderNotes(notes: readonly Note[] | undefined, lang: string): TemplateResult | typeof nothing {
  if (!notes?.length) return nothing;
  const t = strings(lang);
  return html`${notes.map(
    (n) =>
      html`<p class="note" part="note">
        <strong>${t.notes[n.kind]}${n.date ? html` (${formatDate(n.date, lang, true)})` : nothing}${t.colon}</strong>
        <bdi>${localize(n.text, lang)}</bdi>
      </p>`,
  )}`;
}

export const bitsStyles = css`
  .note {
    background: var(--_note-bg);
    border-inline-start: 3px solid var(--_mixed);
    padding: 0.375rem 0.625rem;
    margin: 0.5rem 0;
    font-size: 0.875rem;
  }
  .sources .meta {
    color: var(--_muted);
  }
  /* "Copy link" (deep-link), or the link itself to copy by hand. */
  .link {
    display: block;
    margin-top: 0.75rem;
  }
  input.link {
    width: 100%;
    font: inherit;
    font-size: 0.875rem;
  }
`;
