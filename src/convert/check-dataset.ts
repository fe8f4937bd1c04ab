import { validate } from '../data/validate.js';
import { scanJson, type Position } from './json-locate.js';
import { counts } from './summary.js';
import type { TextFile } from './files.js';
import type { DatasetCode, JsonCode, Place, Reason } from '../problems/codes.js';
import { EN_DATASET } from '../problems/en-dataset.js';
import { EN_JSON } from '../problems/en-json.js';

/** What a dataset's text can say: its JSON's words and the validator's (its references by pointer). */
const WORDS = { ...EN_DATASET, ...EN_JSON };
const messageOf = (r: Reason<DatasetCode | JsonCode>) => (WORDS[r.code] as (params: unknown, place: Place) => string)(r.params, {});

/**
 * A dataset's JSON text checked as the widget checks it, every problem with its JSON pointer and
 * its line and column in the text: what `policy-explainer validate` prints (and, with --json,
 * writes as it is) and what the studio shows next to the text.
 */

/** A problem in a dataset's JSON text: its code and values, its English words, its pointer, its line and column. */
export type Located = Reason & {
  path: string;
  message: string;
  line: number;
  column: number;
};

export type FileReport =
  | { file: string; ok: true; counts: Record<string, number>; asOf: string; warnings: Located[] }
  | { file: string; ok: false; syntax: boolean; problems: Located[]; warnings: Located[]; truncated: boolean };

const at = (path: string, { code, params }: Reason<DatasetCode | JsonCode>, p: Pick<Position, 'line' | 'column'>): Located =>
  ({
    code,
    params,
    path,
    message: messageOf({ code, params } as Reason<DatasetCode | JsonCode>),
    line: p.line,
    column: p.column,
  }) as Located;

/** Scans and validates one JSON text: a syntax error, or every problem, each with where it is. */
export function checkDatasetText({ name: file, text }: TextFile): FileReport {
  const scan = scanJson(text);
  if (!scan.ok) {
    const { line, column } = scan.error.position;
    return {
      file,
      ok: false,
      syntax: true,
      problems: [at('', { code: 'json-invalid', params: { error: scan.error.reason } }, { line, column })],
      warnings: [],
      truncated: false,
    };
  }
  const warnings = scan.duplicates.map((d) =>
    at(d.pointer, { code: 'json-duplicate-key', params: { first: { line: d.first.line, column: d.first.column } } }, d.again),
  );
  const result = validate(scan.value);
  if (result.ok) return { file, ok: true, counts: counts(result.dataset), asOf: result.dataset.asOf, warnings };
  const problems = result.problems.map((p) => at(p.path, p, scan.locate(p.path)));
  return { file, ok: false, syntax: false, problems, warnings, truncated: problems.length >= 100 };
}
