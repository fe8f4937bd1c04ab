import { css } from 'lit';
import { visuallyHidden } from '../shared/theme.js';

export const matrixStyles = css`
  .caption {
    text-align: start;
    font: 700 1.125rem/1.3 var(--_font-serif);
    padding: 0 0 0.5rem;
    caption-side: top;
  }
  .caption .as-of {
    display: block;
    font: 400 0.8125rem/1.4 var(--_font);
    color: var(--_muted);
  }
  /* A table to assistive technology (its roles are explicit), laid out as a grid per row: each row
     the same columns (the first 32%, the questions equal shares), so that in a long table (.many) a
     row off screen skips layout and paint (content-visibility): a resize of 1,000 cells lays out the
     rows in view. A short table keeps every row's true height (no estimate to correct on scroll). */
  table,
  caption,
  thead,
  tbody {
    display: block;
  }
  table {
    font-size: 0.9375rem;
  }
  tr {
    display: grid;
    grid: auto / 32%;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
  }
  .many tbody,
  .many tr:not(.group) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3.5rem;
  }
  th,
  td {
    padding: 0;
    text-align: start;
    border-bottom: 1px solid var(--_rule);
  }
  thead th {
    font: 700 0.875rem/1.3 var(--_font);
    padding: 0.5rem;
    padding-inline-start: 0;
    border-bottom: 2px solid var(--_text);
    align-content: end;
  }
  tr.group,
  th.group {
    display: block;
  }
  th.group {
    font: 700 0.75rem/1.2 var(--_font);
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
    padding: 1rem 0 0.25rem;
  }
  tr.highlighted > * {
    background: var(--_surface);
  }
  .actor {
    display: block;
    font-weight: 400;
    width: 100%;
    border: 0;
    background: transparent;
    text-align: start;
    padding: 0.5rem;
    padding-inline-start: 0;
    cursor: pointer;
  }
  .name {
    display: block;
    font-weight: 700;
  }
  .role {
    display: block;
    font-size: 0.8125rem;
    color: var(--_muted);
    line-height: 1.3;
  }
  .cell {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
    width: calc(100% - 0.375rem);
    margin: 0.25rem 0;
    margin-inline-end: 0.375rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    text-align: start;
    cursor: pointer;
    min-height: 2.75rem;
  }
  .cell:hover {
    border-color: var(--_text);
  }
  .support {
    background: var(--_support-bg);
  }
  .oppose {
    background: var(--_oppose-bg);
  }
  .mixed {
    background: var(--_mixed-bg);
  }
  .unknown {
    background: var(--_unknown-bg);
    border: 1px dashed var(--_rule);
  }
  .position {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 700;
    line-height: 1.25;
  }
  .support .position {
    color: var(--_support);
  }
  .oppose .position {
    color: var(--_oppose);
  }
  .mixed .position {
    color: var(--_mixed);
  }
  .unknown .position {
    color: var(--_unknown);
    font-weight: 400;
    font-style: italic;
  }
  .icon {
    flex: none;
    width: 1rem;
    height: 1rem;
  }
  .basis {
    font-size: 0.75rem;
    line-height: 1.3;
    color: var(--_text);
  }
  .legend {
    font-size: 0.8125rem;
    color: var(--_muted);
    margin: 0.75rem 0 0;
  }
  .legend b {
    color: var(--_text);
  }
  /* The table's frame: scrolls sideways, inside itself, only when more questions than fit share a
     narrow width; the names stay in view. */
  .scroll {
    overflow-x: auto;
    /* The frame clips what it scrolls, the heads' screen-reader text (absolutely placed) too: else
       that text stretches the page sideways on a phone with many questions. */
    position: relative;
  }
  .scroll:focus-visible {
    outline: 2px solid var(--_accent);
  }
  /* Phones: still a table. A narrower first column, wrapped question heads, the basis left to the
     cell's accessible name and its details, and (with many questions) the icon alone. */
  .compact {
    font-size: 0.875rem;
  }
  .compact thead th {
    font-size: 0.75rem;
    padding: 0.25rem 0.25rem 0.375rem;
    padding-inline-start: 0;
    hyphens: auto;
  }
  .compact tr {
    grid-template-columns: 46%;
  }
  .compact thead th + th {
    text-align: center;
  }
  .compact th.group {
    padding-top: 0.5rem;
  }
  /* Names stay in view while the questions scroll sideways (sticky only then: hundreds of sticky
     cells cost a resize dearly). */
  .scrolls [role='rowheader'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
  }
  .compact .actor {
    padding: 0.25rem 0.375rem;
    padding-inline-start: 0;
  }
  .compact .name {
    font-size: 0.8125rem;
    line-height: 1.4;
  }
  .compact .role {
    font-size: 0.75rem;
  }
  .compact .cell {
    align-items: center;
    justify-content: center;
    width: calc(100% - 0.25rem);
    margin: 0.1875rem 0;
    margin-inline-end: 0.25rem;
    padding: 0.25rem;
    min-height: 2.25rem;
  }
  /* On a phone the word and the basis are for screen readers (the icon and the key say it). */
  .compact .word,
  .compact .basis {
    ${visuallyHidden}
  }
  .compact .icon {
    width: 1.375rem;
    height: 1.375rem;
  }
  /* The key to the icons, above a compact table. */
  .positions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0 0 0.5rem;
    font-size: 0.8125rem;
  }
  .positions > span {
    padding: 0 0.375rem;
    border-radius: var(--_radius);
  }
  .key {
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
    font-size: 0.8125rem;
  }
  .key b {
    display: inline-block;
    min-width: 1.25rem;
  }
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: 1px solid var(--_rule);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem 1.25rem;
    background: var(--_bg);
    color: var(--_text);
    font: 400 1rem/1.5 var(--_font);
    box-shadow: 0 10px 40px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h3 {
    margin: 0 0 0.25rem;
    margin-inline-end: 2.5rem;
    font: 700 1.25rem/1.3 var(--_font-serif);
  }
  dialog .who {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  dialog .question {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  /* What the question means, and so what "supports" means in its column. */
  dialog .about {
    margin: -0.5rem 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  dialog .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    width: 2.25rem;
    height: 2.25rem;
    border: 0;
    background: transparent;
    font-size: 1.5rem;
    line-height: 1;
    cursor: pointer;
    color: var(--_muted);
    border-radius: var(--_radius);
  }
  blockquote {
    margin: 0.75rem 0;
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--_rule);
    font: 400 1.0625rem/1.5 var(--_font-serif);
  }
  /* The quote in the speaker's language and direction (an English quote reads left to right in an Arabic dialog). */
  blockquote p {
    margin: 0;
  }
  blockquote footer {
    font: 400 0.875rem/1.4 var(--_font);
    color: var(--_muted);
    margin-top: 0.25rem;
  }
  dialog .sub {
    margin: 1rem 0 0.25rem;
    font-size: 0.75rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  dialog ul,
  dialog ol {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .stance-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .stance-line .pill {
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
  }
`;
