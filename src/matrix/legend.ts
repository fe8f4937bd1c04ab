import { html } from 'lit';
import type { Issue } from '../data/types.js';
import { localize, type Strings } from '../data/i18n.js';
import { POSITIONS, icon } from './icons.js';

/**
 * The matrix's keys, the same in the live element and its server render (server.ts): each
 * position's icon and word, the compact table's short question heads and the questions they
 * stand for, and what "own words", "action" and "reported" mean.
 */

/** Each position as its icon and word, in its colour (inside `<p class="positions">`). */
export const positionsKey = (t: Strings) =>
  POSITIONS.map((p) => html`<span class=${p}><span class="position">${icon(p)}${t.position[p]}</span></span>`);

/** A compact table's head for a question: its short label, else its number. */
export const shortHead = (i: Issue, n: number, lang: string) => (i.short ? localize(i.short, lang) : String(n + 1));

/** The compact table's heads with the questions they stand for (inside `<ol class="key">`). */
export const questionsKey = (issues: Issue[], lang: string) =>
  issues.map((i, n) => html`<li><b>${shortHead(i, n, lang)}</b> ${localize(i.label, lang)}</li>`);

/** What each basis means (inside `<p class="legend">`). */
export const basisKey = (t: Strings) =>
  html`<b>${t.basisShort['own-words']}</b>: ${t.basisLegend['own-words']} · <b>${t.basisShort.action}</b>: ${t.basisLegend.action} ·
    <b>${t.basisShort.reported}</b>: ${t.basisLegend.reported}`;
