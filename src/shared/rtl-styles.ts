import { css } from 'lit';

/**
 * Right to left, for a language whose pack says so (Arabic). Each template writes `dir` on its
 * top-level elements (`DataElement.direction`, `renderStatus`), so a server render carries it too;
 * these rules, last in every element's styles, do the rest: the top-level elements take the
 * direction (theme.ts sets `ltr` there, against a host page's own); each paragraph of text takes
 * its own direction, still flush right (an English title that falls back inside the Arabic
 * interface keeps its question mark at its end); and Arabic script is never letter-spaced or
 * slanted (its letters join; italics are not part of its typography). `:where()` keeps each rule
 * as specific as its element or class alone, so the element's own rules weigh as before.
 */
export const RTL = css`
  :host > [dir='rtl'] {
    direction: rtl;
  }
  [dir='rtl'],
  [dir='rtl'] * {
    letter-spacing: 0 !important;
    font-style: normal !important;
  }
  p:where([dir='rtl']),
  :where([dir='rtl']) :is(p, li, th, h3),
  :where([dir='rtl']) :is(.details-title, .name, .role, .line) {
    unicode-bidi: plaintext;
  }
  p:where([dir='rtl']),
  :where([dir='rtl']) :is(p, th, h3),
  :where([dir='rtl']) :is(.details-title, .name, .role) {
    text-align: right;
  }
`;
