/**
 * What a reader's click opens: an event's details card and a cell's evidence dialog. An on-demand
 * module (dist/modules/details.js), loaded as soon as a reader points at or tabs into an element,
 * and before the first card or dialog opens; without it they open with a line saying so. It also
 * carries deep links (`deep-link`), which open a card or dialog: an element with the attribute
 * loads it at once.
 */
export { DeepLink } from '../shared/deep-link.js';
export { renderEventDetails } from '../timeline/details.js';
export { renderEvidence } from '../matrix/details.js';
