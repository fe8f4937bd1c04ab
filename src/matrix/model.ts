import type { Actor, Dataset, Issue, Position, Stance } from '../data/types.js';
import { compareDates, endOf, startOf } from '../data/dates.js';
import { localize } from '../data/i18n.js';
export { parseIdList } from '../data/ids.js';

/**
 * Who stands where, as plain objects: rows of actors (grouped) × columns of questions, each cell
 * the actor's latest stance on or before the date being viewed, with the earlier ones as history.
 * Pure: no DOM, testable and server-renderable.
 */
export interface Cell {
  actor: Actor;
  issue: Issue;
  /** The stance shown: the latest on or before `asOf`; null when there is none (no stated position). */
  stance: Stance | null;
  position: Position;
  /** Earlier stances on the same question, newest first. */
  history: Stance[];
}

export interface Row {
  actor: Actor;
  cells: Cell[];
}

export interface GroupRows {
  id: string;
  label: string;
  rows: Row[];
}

export interface MatrixModel {
  issues: Issue[];
  groups: GroupRows[];
  /** The date the matrix shows. */
  asOf: string;
}

export interface MatrixOptions {
  lang: string;
  /** The date to view; defaults to the dataset's asOf. Stances after it are left out. */
  asOf?: string;
  /** Actor ids to show, in this order (default: all, in dataset order). Unknown ids are ignored. */
  actors?: readonly string[];
  /** Issue ids to show, in this order. */
  issues?: readonly string[];
  /** Order of actors within a group: as in the dataset, or by name in the reader's language. */
  sort?: 'dataset' | 'name';
}

/** Picks ids from a list in the requested order; without a request, keeps them all in their order. */
function pick<T extends { id: string }>(items: readonly T[], wanted: readonly string[] | undefined): T[] {
  if (!wanted?.length) return [...items];
  const byId = new Map(items.map((i) => [i.id, i]));
  return [...new Set(wanted)].map((id) => byId.get(id)).filter((i): i is T => i !== undefined);
}

/** The stances of one actor on one question up to a date: the shown one and its history. */
export function stanceAsOf(stances: readonly Stance[], asOf: string): { stance: Stance | null; history: Stance[] } {
  // "As of 2021" includes all of 2021: a stance counts when it starts before the period ends.
  const limit = endOf(asOf).getTime();
  const known = stances.filter((s) => startOf(s.date).getTime() < limit).sort((a, b) => compareDates(b.date, a.date));
  return { stance: known[0] ?? null, history: known.slice(1) };
}

export function buildMatrix(d: Dataset, o: MatrixOptions): MatrixModel {
  const asOf = o.asOf ?? d.asOf;
  const issues = pick(d.issues, o.issues);
  let actors = pick(d.actors, o.actors);
  if (o.sort === 'name') {
    const collator = new Intl.Collator(o.lang);
    actors = actors.sort((a, b) => collator.compare(localize(a.name, o.lang), localize(b.name, o.lang)));
  }
  const byPair = new Map<string, Stance[]>();
  for (const s of d.stances) {
    const key = `${s.actor}\u0000${s.issue}`;
    const list = byPair.get(key);
    if (list) list.push(s);
    else byPair.set(key, [s]);
  }
  // Groups in the dataset's order (explicit `groups` first), else in order of first appearance.
  const order = [...(d.groups ?? []).map((g) => g.id), ...actors.map((a) => a.group)];
  const groupIds = o.actors?.length ? [...new Set(actors.map((a) => a.group))] : [...new Set(order)];
  const labels = new Map((d.groups ?? []).map((g) => [g.id, localize(g.label, o.lang)]));
  const groups = groupIds
    .map((id) => ({
      id,
      label: labels.get(id) ?? id,
      rows: actors
        .filter((a) => a.group === id)
        .map((actor) => ({
          actor,
          cells: issues.map((issue) => {
            const { stance, history } = stanceAsOf(byPair.get(`${actor.id}\u0000${issue.id}`) ?? [], asOf);
            return { actor, issue, stance, history, position: stance?.position ?? 'unknown' };
          }),
        })),
    }))
    .filter((g) => g.rows.length > 0);
  return { issues, groups, asOf };
}
