import { css } from 'lit';

/**
 * Design tokens. Public hooks are `--pe-*` custom properties (documented in the README); the
 * private `--_*` copies carry each theme's default so one override works in light and dark.
 * Palette: Okabe–Ito-derived, colour-blind safe; every stance also has an icon and a word.
 */
const light = css`
  --_bg: var(--pe-color-bg, #ffffff);
  --_surface: var(--pe-color-surface, #f5f4f0);
  --_text: var(--pe-color-text, #1b1b1b);
  --_muted: var(--pe-color-muted, #575757);
  --_rule: var(--pe-color-rule, #c9c6bd);
  --_accent: var(--pe-accent, #0a5ba8);
  --_focus: var(--pe-focus, #0a5ba8);
  --_support: var(--pe-support, #0a6bb0);
  --_oppose: var(--pe-oppose, #b34a00);
  --_mixed: var(--pe-mixed, #7a5c00);
  --_unknown: var(--pe-unknown, #6b6b6b);
  --_support-bg: var(--pe-support-bg, #e3f0fa);
  --_oppose-bg: var(--pe-oppose-bg, #fbe9dd);
  --_mixed-bg: var(--pe-mixed-bg, #f6efd8);
  --_unknown-bg: var(--pe-unknown-bg, #f0f0f0);
  --_note-bg: var(--pe-note-bg, #fff6d6);
  color-scheme: light;
`;

const dark = css`
  --_bg: var(--pe-color-bg, #17191d);
  --_surface: var(--pe-color-surface, #22252b);
  --_text: var(--pe-color-text, #ececec);
  --_muted: var(--pe-color-muted, #b0b0b0);
  --_rule: var(--pe-color-rule, #4a4d55);
  --_accent: var(--pe-accent, #7cb8f0);
  --_focus: var(--pe-focus, #9ccaf5);
  --_support: var(--pe-support, #7cc0f2);
  --_oppose: var(--pe-oppose, #f2a56b);
  --_mixed: var(--pe-mixed, #e3c45a);
  --_unknown: var(--pe-unknown, #b0b0b0);
  --_support-bg: var(--pe-support-bg, #1b3347);
  --_oppose-bg: var(--pe-oppose-bg, #45291a);
  --_mixed-bg: var(--pe-mixed-bg, #3d3416);
  --_unknown-bg: var(--pe-unknown-bg, #2c2e33);
  --_note-bg: var(--pe-note-bg, #3a3318);
  color-scheme: dark;
`;

/** Host defaults shared by every element: tokens, a reset against hostile host-page CSS, focus ring. */
/** Visually hidden, read by screen readers: the declarations of `.vh`, for other selectors too (the compact matrix). */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const base = css`
  :host {
    ${light}
    --_font: var(--pe-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-serif: var(--pe-font-heading, Georgia, 'Times New Roman', serif);
    --_space: var(--pe-space, 1rem);
    --_radius: var(--pe-radius, 4px);
    display: block;
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_text);
    font: 400 1rem/1.5 var(--_font);
    container-type: inline-size;
  }
  /*
   * Inherited properties a host page may have changed: the widget sets its own (direction too: an
   * English explainer stays left to right in a dir="rtl" page; an Arabic one turns right to left
   * by its language, data-element.ts). Not on :host,
   * where a page's "* { … !important }" would still win, but on the shadow tree's own top-level
   * elements, which the page's selectors cannot reach.
   */
  :host > * {
    box-sizing: border-box;
    font: 400 1rem/1.5 var(--_font);
    color: var(--_text);
    overflow-wrap: break-word;
    direction: ltr;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-indent: 0;
    text-shadow: none;
    visibility: visible;
  }
  /* Dark by choice (theme="dark"), the element paints a box of its own on a page that may be light:
     its content keeps off the box's edges. Dark by the reader's setting, the page is dark too. */
  :host([theme='dark']) {
    ${dark}
    padding: var(--pe-inset, 0.75rem 1rem);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    text-transform: none;
    letter-spacing: inherit;
  }
  a {
    color: var(--_accent);
  }
  /* A line saying what the view shows, with a button back (zoomed in, viewing an earlier date). */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  /* Visually hidden, read by screen readers. */
  .vh {
    ${visuallyHidden}
  }
  /* Secondary buttons: retry, zoom out, back to latest, downloads. */
  .action {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-size: 0.875rem;
    cursor: pointer;
  }
  /* Paper: the light theme whatever the screen's, nothing to click, links written out, rows and
     items kept whole across pages where they fit. (While printing, the elements render their static
     views: see DataElement.printing.) */
  @media print {
    :host,
    :host([theme]) {
      ${light}
    }
    button,
    dialog {
      display: none !important;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    li,
    tr,
    .note {
      break-inside: avoid;
    }
  }
  .static {
    margin: 0;
    font-size: 0.875rem;
    border-collapse: collapse;
  }
  ol.static {
    padding-inline-start: 1.25rem;
  }
  ol.static li {
    margin: 0 0 0.5rem;
  }
  table.static thead th:first-child {
    width: 9rem;
  }
  table.static tbody tr:first-child {
    break-after: avoid;
  }
  table.static caption {
    text-align: start;
    font-weight: 700;
  }
  table.static :is(th, td) {
    padding: 0.25rem 0.375rem;
    border-bottom: 1px solid var(--_rule);
    vertical-align: top;
    text-align: start;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
