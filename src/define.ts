/** Registers all three elements (for npm users: `import 'policy-explainer/define'`). */
export { PolicyTimeline } from './timeline/define.js';
export { StanceMatrix } from './matrix/define.js';
export { PolicyExplainer } from './explainer/define.js';
