import { html, nothing } from 'lit';
import type { Strings } from '../data/i18n.js';
import type { DeepLink } from './deep-link.js';

/**
 * "Copy link" (then "Link copied") in an open card or dialog of an element with `deep-link`; where
 * the clipboard refuses, the link itself, selected, to copy by hand. Part of the details module
 * (dist/modules/details.js), as what it sits in is.
 */
export function linkButton(link: DeepLink | undefined, t: Strings) {
  if (!link?.host.linkKey) return nothing;
  const { host } = link;
  const open = link.state();
  const copy = async () => {
    // No clipboard (a page on http, an iframe not allowed to write) or a refusal: show the link, selected.
    try {
      await navigator.clipboard.writeText(location.href);
      link.copied = open;
    } catch {
      link.refused = open;
    }
    host.requestUpdate();
    await host.updateComplete;
    // Focus moves from the button, now gone, to the link.
    const input = host.renderRoot.querySelector<HTMLInputElement>('input.link');
    input?.focus();
    input?.select();
  };
  return open === link.refused
    ? html`<input class="link" readonly .value=${location.href} aria-label=${t.copyLink} />`
    : html`<button type="button" class="action link" aria-live="polite" @click=${copy}>
        ${open === link.copied ? t.linkCopied : t.copyLink}
      </button>`;
}
