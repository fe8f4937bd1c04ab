// Types for bench/synthetic.mjs, which the browser tests import for their stress data.
import type { Dataset } from '../src/data/types.js';
export const EVENT_SIZES: number[];
export const ACTOR_SIZES: number[];
export const ISSUES: number;
export function timelineDataset(n: number): Dataset;
export function matrixDataset(nActors: number, nIssues?: number): Dataset;
