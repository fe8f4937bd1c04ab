import { css, unsafeCSS } from 'lit';
import { FONT_SIZE, FONT_WEIGHT, LINE_HEIGHT } from './text.js';

const px = (n: number) => unsafeCSS(`${n}px`);

export const timelineStyles = css`
  .frame {
    position: relative;
    width: 100%;
    display: grid;
  }
  /* The chart's height, and the open details card, share one grid cell: the frame grows to hold
     whichever is taller, with no measuring in script. */
  .room,
  ol.events,
  .details {
    grid-area: 1 / 1;
  }
  .stretch {
    stroke: var(--_accent);
    stroke-width: 12;
    stroke-linecap: round;
    opacity: 0.16;
  }
  .scale-note {
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0.75em;
    margin-inline-end: 0.4em;
    border-radius: 0.4em;
    background: var(--_accent);
    opacity: 0.3;
    vertical-align: baseline;
  }
  svg.chart {
    position: absolute;
    inset: 0 auto auto 0;
    overflow: visible;
    display: block;
  }
  .axis {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .axis.expected {
    stroke: var(--_muted);
    stroke-dasharray: 4 4;
  }
  .break path {
    stroke: var(--_muted);
    stroke-width: 2;
    fill: none;
  }
  .centred .tick {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 5px;
  }
  .tick {
    fill: var(--_muted);
    font: 400 ${px(FONT_SIZE.tick)} var(--_font);
    font-variant-numeric: tabular-nums;
  }
  .connector {
    stroke: var(--_rule);
    stroke-width: 1;
  }
  .span {
    stroke: var(--_accent);
    stroke-width: 6;
    stroke-linecap: round;
    opacity: 0.55;
  }
  .marker {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .marker.expected {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-dasharray: 3 2;
  }
  .marker.selected {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .marker.highlighted {
    fill: var(--_oppose);
  }
  .marker.cluster {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 4;
  }
  li.event.cluster .title {
    color: var(--_accent);
    font-weight: 700;
  }
  ol.events {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.event {
    position: absolute;
    margin: 0;
    padding: 0;
  }
  li.event button {
    display: block;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0 0 0 0;
    border: 0;
    border-radius: 2px;
    background: transparent;
    text-align: start;
    cursor: pointer;
    color: var(--_text);
  }
  .line {
    display: block;
    white-space: nowrap;
  }
  .date {
    display: block;
    color: var(--_muted);
    font: ${unsafeCSS(FONT_WEIGHT.date)} ${px(FONT_SIZE.date)} / ${px(LINE_HEIGHT.date)} var(--_font);
    font-variant-numeric: tabular-nums;
  }
  /* The line an inline label shares: the end of the date, then the start of the title. */
  .mixed {
    height: ${px(LINE_HEIGHT.title)};
    line-height: ${px(LINE_HEIGHT.title)};
  }
  .mixed > span {
    display: inline;
    line-height: inherit;
  }
  .expected .date {
    font-style: italic;
  }
  .title {
    display: block;
    font: ${unsafeCSS(FONT_WEIGHT.title)} ${px(FONT_SIZE.title)} / ${px(LINE_HEIGHT.title)} var(--_font);
  }
  li.event button:hover .title,
  li.event button[aria-expanded='true'] .title {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }
  li.event.highlighted .title {
    font-weight: 700;
  }
  li.event.highlighted .date {
    color: var(--_text);
  }
  .centred li.start button {
    text-align: end;
  }
  .details {
    position: relative;
    align-self: start;
    /* Placed by its margin-left from the frame's left edge, in either direction. */
    justify-self: left;
    box-sizing: border-box;
    z-index: 2;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_rule);
    border-top: 3px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    padding: 0.75rem 1rem 1rem;
    font-size: 0.9375rem;
  }
  .details .details-title {
    margin: 0 0 0.25rem;
    margin-inline-end: 2rem;
    font: 700 1.0625rem/1.3 var(--_font-serif);
  }
  .details .when {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .details p {
    margin: 0 0 0.5rem;
  }
  .details .close {
    position: absolute;
    top: 0.375rem;
    inset-inline-end: 0.375rem;
    width: 2rem;
    height: 2rem;
    border: 0;
    background: transparent;
    color: var(--_muted);
    font-size: 1.25rem;
    line-height: 1;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .details .sub {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.75rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
`;
