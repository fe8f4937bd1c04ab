// The explainer is made of the other two: registering it registers them.
import '../timeline/define.js';
import '../matrix/define.js';
import { define } from '../shared/define.js';
import { PolicyExplainer } from './policy-explainer.js';

define('policy-explainer', PolicyExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'policy-explainer': PolicyExplainer;
  }
}

export { PolicyExplainer };
