import { define } from '../shared/define.js';
import { PolicyTimeline } from './policy-timeline.js';

define('policy-timeline', PolicyTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'policy-timeline': PolicyTimeline;
  }
}

export { PolicyTimeline };
