/**
 * What an element draws on paper (and on a server): each view's static template. An on-demand
 * module (dist/modules/print.js), loaded in idle time after the first render so that printing
 * finds it ready; without it the page prints the interactive view.
 */
export { staticEvents } from '../timeline/static.js';
export { staticPositions } from '../matrix/static.js';
