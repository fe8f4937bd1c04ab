import { css } from 'lit';

export const explainerStyles = css`
  :host {
    /* Space is reserved before the data and the first render, so the page below does not jump. */
    min-height: var(--pe-min-height, 24rem);
  }
  article {
    padding: var(--_space) 0;
  }
  /* Its timeline and matrix are inside the box a dark explainer paints: no inset of their own. */
  section > * {
    --pe-inset: 0;
  }
  header {
    border-top: 4px solid var(--_text);
    padding-top: 0.75rem;
    margin-bottom: 1.25rem;
  }
  .title {
    font: 700 clamp(1.375rem, 4cqi, 1.75rem) / 1.2 var(--_font-serif);
    margin: 0 0 0.375rem;
  }
  .summary {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  .meta {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  section {
    margin: 0 0 1.5rem;
  }
  .section {
    font: 700 0.8125rem/1.2 var(--_font);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
    margin: 0 0 0.75rem;
    padding-bottom: 0.375rem;
    border-bottom: 1px solid var(--_rule);
  }
  footer {
    border-top: 1px solid var(--_rule);
    padding-top: 0.75rem;
    font-size: 0.875rem;
  }
  details summary {
    cursor: pointer;
    font-weight: 700;
  }
  details ul {
    padding-inline-start: 1.5rem;
    margin: 0.5rem 0;
  }
  /* Sources and downloads: two disclosures side by side; an open one takes the whole line. */
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  footer details[open] {
    flex-basis: 100%;
  }
  .get-data p {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }
  .credit {
    margin: 0.75rem 0 0;
    color: var(--_muted);
    font-size: 0.75rem;
  }
`;
