import { define } from '../shared/define.js';
import { StanceMatrix } from './stance-matrix.js';

define('stance-matrix', StanceMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'stance-matrix': StanceMatrix;
  }
}

export { StanceMatrix };
