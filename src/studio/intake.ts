import { identify, type Kind } from '../convert/intake.js';
import type { TextFile } from '../convert/files.js';

/** What the producer has brought: files and pasted texts, each with what it is. Pure: no DOM. */

export interface Input extends TextFile {
  kind: Kind;
  /** Pasted rather than read from a file (the name was given by the studio). */
  pasted?: boolean;
}

/** Adds a file or pasted text to what is there: a JSON or TimelineJS file replaces everything; a tab replaces the tab of the same table. */
export function addInput(inputs: Input[], file: TextFile, pasted = false): Input[] {
  const kind = identify(file);
  const input: Input = { ...file, kind, ...(pasted ? { pasted } : {}) };
  if (kind.kind === 'dataset' || kind.kind === 'timelinejs') return [input];
  const keep = inputs.filter((i) => {
    if (i.kind.kind === 'dataset' || i.kind.kind === 'timelinejs') return false;
    if (kind.kind === 'table' && i.kind.kind === 'table') return i.kind.table !== kind.table;
    return i.name !== file.name;
  });
  return [...keep, input];
}

/** The name a pasted text gets: its table's file name, so that problems name it as the command line would. */
export function pastedName(text: string): string {
  const kind = identify({ name: 'pasted', text });
  if (kind.kind === 'table') return `${kind.table}.csv`;
  if (kind.kind === 'timelinejs') return /^\s*\{/.test(text) ? 'timeline.json' : 'timeline.csv';
  if (kind.kind === 'dataset') return 'dataset.json';
  return 'pasted.csv';
}
