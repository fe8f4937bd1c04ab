import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Dataset } from '../data/types.js';
import type { Actions } from './controller.js';
import { CARD_SIZES, defaultSourceLine, type CardView } from './social.js';
import type { StudioState } from './store.js';
import { STRINGS } from './strings.js';

/** Images for social cards and newsletters: a button per view and size, the source line, the image made and its link. */

export function cardsView(s: StudioState, d: Dataset, actions: Actions): TemplateResult {
  const t = STRINGS[s.lang];
  const views: Array<[CardView, string, boolean]> = [
    ['timeline', t.timeline, d.events.length > 0],
    ['matrix', t.matrix, d.actors.length > 0 && d.issues.length > 0],
  ];
  const line = s.sourceLine ?? defaultSourceLine(d, s.view.lang, STRINGS[s.view.lang]);
  const make = (view: CardView, label: string, size: { width: number; height: number }) => async (e: Event) => {
    const doc = (e.target as Element).ownerDocument;
    await actions.makeImage(view, label, size);
    (doc.querySelector('#image-out a') as HTMLElement | null)?.focus();
  };
  const image = s.image;
  return html`<h3>${t.imagesHeading}</h3>
    <p>${t.imagesHint}</p>
    <div class="story-fields">
      <label
        ><span>${t.sourceLine}</span>
        <input
          id="source-line"
          type="text"
          .value=${live(line)}
          @input=${(e: Event) => actions.setSourceLine((e.target as HTMLInputElement).value)}
      /></label>
    </div>
    <div id="images" class="images">
      <div class="image-buttons">
        ${views.flatMap(([view, label, possible]) =>
          CARD_SIZES.map(
            (size) =>
              html`<button
                type="button"
                data-card="${view}-${size.width}x${size.height}"
                ?disabled=${!possible}
                @click=${make(view, label, size)}
              >
                ${t.makeImage(label, size.width, size.height)}
              </button>`,
          ),
        )}
      </div>
      <div id="image-out" class="image-out">
        ${
          image === 'making'
            ? html`<p role="status">${t.makingImage}</p>`
            : image
              ? html`<figure>
                  <img src=${image.url} alt=${image.alt} width=${image.width / 4} height=${image.height / 4} />
                  <figcaption><a class="download" href=${image.url} download=${image.name}>${t.download(image.name)}</a></figcaption>
                </figure>`
              : nothing
        }
      </div>
    </div>`;
}
