/** Registers all three elements (for npm users: `import 'policy-explainer/define'`). */
import './timeline/define.js';
import './matrix/define.js';
import './explainer/define.js';

export { PolicyTimeline } from './timeline/policy-timeline.js';
export { StanceMatrix } from './matrix/stance-matrix.js';
export { PolicyExplainer } from './explainer/policy-explainer.js';
