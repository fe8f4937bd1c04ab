/**
 * What a reader's click opens: an event's details card and a cell's evidence dialog. An on-demand
 * module (dist/modules/details.js), loaded as soon as a reader points at or tabs into an element,
 * and before the first card or dialog opens; without it they open with a line saying so.
 */
export { renderEventDetails } from '../timeline/details.js';
export { renderEvidence } from '../matrix/details.js';
