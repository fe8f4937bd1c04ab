/**
 * policy-explainer for npm users: the element classes, the data model and its helpers.
 * Importing this module defines nothing; import `policy-explainer/define` (or a per-element
 * `…/timeline/define`) to register the tags.
 */
export { PolicyTimeline } from './timeline/policy-timeline.js';
export { StanceMatrix } from './matrix/stance-matrix.js';
export { PolicyExplainer } from './explainer/policy-explainer.js';
export { toCsv, type Table } from './data/csv.js';
export { buildMatrix, stanceAsOf, type MatrixModel, type MatrixOptions, type Cell, type Row, type GroupRows } from './matrix/model.js';
export {
  layoutTimeline,
  timeScale,
  type TimelineLayout,
  type TimelineItem,
  type LayoutOptions,
  type PlacedEvent,
  type Orientation,
} from './timeline/layout.js';
export * from './data/index.js';
export type { EventSelectDetail, ActorSelectDetail, CellSelectDetail } from './shared/events.js';
