import { validate } from '../data/validate.js';
import { scanJson, type Position } from './json-locate.js';
import { counts } from './summary.js';
import type { TextFile } from './files.js';

/**
 * A dataset's JSON text checked as the widget checks it, every problem with its JSON pointer and
 * its line and column in the text: what `policy-explainer validate` prints (and, with --json,
 * writes as it is) and what the studio shows next to the text.
 */

export interface Located {
  path: string;
  message: string;
  line: number;
  column: number;
}

export type FileReport =
  | { file: string; ok: true; counts: Record<string, number>; asOf: string; warnings: Located[] }
  | { file: string; ok: false; syntax: boolean; problems: Located[]; warnings: Located[]; truncated: boolean };

/** Scans and validates one JSON text: a syntax error, or every problem, each with where it is. */
export function checkDatasetText({ name: file, text }: TextFile): FileReport {
  const scan = scanJson(text);
  if (!scan.ok) {
    const { line, column } = scan.error.position;
    return {
      file,
      ok: false,
      syntax: true,
      problems: [{ path: '', message: `not valid JSON: ${scan.error.message}`, line, column }],
      warnings: [],
      truncated: false,
    };
  }
  const at = (path: string, message: string, p: Position): Located => ({ path, message, line: p.line, column: p.column });
  const warnings = scan.duplicates.map((d) =>
    at(d.pointer, `repeats a key already given at ${d.first.line}:${d.first.column}; JSON keeps only this last one`, d.again),
  );
  const result = validate(scan.value);
  if (result.ok) return { file, ok: true, counts: counts(result.dataset), asOf: result.dataset.asOf, warnings };
  const problems = result.problems.map((p) => at(p.path, p.message, scan.locate(p.path)));
  return { file, ok: false, syntax: false, problems, warnings, truncated: problems.length >= 100 };
}
