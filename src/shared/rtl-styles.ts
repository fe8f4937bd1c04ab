import { css } from 'lit';

/**
 * Right to left, for a language whose pack says so (Arabic): the shadow tree's top-level elements
 * take the direction (theme.ts sets `ltr` there, against a host page's own); each paragraph of
 * text takes its own direction, still flush right (an English title that falls back inside the
 * Arabic interface keeps its question mark at its end); and Arabic script is never letter-spaced
 * or slanted (its letters join; italics are not part of its typography).
 */
export const RTL = css`
  :host > * {
    direction: rtl;
  }
  * {
    letter-spacing: 0 !important;
    font-style: normal !important;
  }
  p,
  li,
  th,
  h3,
  .details-title,
  .name,
  .role,
  .line {
    unicode-bidi: plaintext;
  }
  p,
  th,
  h3,
  .details-title,
  .name,
  .role {
    text-align: right;
  }
`;
