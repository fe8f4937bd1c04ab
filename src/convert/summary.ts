import type { Dataset } from '../data/types.js';
import { n } from './problems.js';

/** What a dataset holds, table by table. */
export function counts(d: Dataset): Record<string, number> {
  return {
    events: d.events.length,
    actors: d.actors.length,
    issues: d.issues.length,
    stances: d.stances.length,
    sources: d.sources.length,
    ...(d.groups ? { groups: d.groups.length } : {}),
  };
}

/** The counts in words: "11 events, 10 actors, 3 issues, 33 stances, 18 sources". */
export const describeCounts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, v]) => n(v, k.replace(/s$/, ''), k))
    .join(', ');

/** One line about a valid dataset: "11 events, 10 actors, …; as of 2024-12-10". */
export const summarize = (d: Dataset) => `${describeCounts(counts(d))}; as of ${d.asOf}`;
