import type { Problem } from './problems.js';

/** Filled in below. */
export function translateProblem(p: Problem): Problem {
  return p;
}
