import type { Actor, Issue, Stance, TimelineEvent } from '../data/types.js';

/** `pe-event-select`: the reader selected (or, with `id: null`, closed) a timeline event. */
export interface EventSelectDetail {
  id: string | null;
  event: TimelineEvent | null;
}

/** `pe-actor-select`: the reader chose an actor (a row header in the matrix). */
export interface ActorSelectDetail {
  id: string | null;
  actor: Actor | null;
}

/** `pe-cell-select`: the reader opened a matrix cell: one actor's position on one issue. */
export interface CellSelectDetail {
  actor: Actor;
  issue: Issue;
  /** The stance shown (the latest on or before the matrix's as-of date), or null for no stated position. */
  stance: Stance | null;
}

declare global {
  interface HTMLElementEventMap {
    'pe-event-select': CustomEvent<EventSelectDetail>;
    'pe-actor-select': CustomEvent<ActorSelectDetail>;
    'pe-cell-select': CustomEvent<CellSelectDetail>;
  }
}

/** Dispatches a bubbling, composed event, so a page hears it through every shadow root. */
export function emit<K extends 'pe-event-select' | 'pe-actor-select' | 'pe-cell-select'>(
  host: HTMLElement,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
