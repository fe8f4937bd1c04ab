import { validate } from '../data/validate.js';
import type { Dataset } from '../data/types.js';
import { scanJson, type Position } from '../convert/json-locate.js';
import { CliError, EXIT_INVALID, EXIT_OK, n, readText, type Command } from './io.js';

export interface Located {
  path: string;
  message: string;
  line: number;
  column: number;
}

export type FileReport =
  | { file: string; ok: true; counts: Record<string, number>; asOf: string; warnings: Located[] }
  | { file: string; ok: false; syntax: boolean; problems: Located[]; warnings: Located[]; truncated: boolean };

/** A file that could not be read at all (missing, a folder, no permission). */
type Unreadable = { file: string; ok: false; unreadable: string };

/** What a dataset holds, for the one-line summary. */
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

export const describeCounts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, v]) => n(v, k.replace(/s$/, ''), k))
    .join(', ');

/** Reads, scans and validates one JSON text: every problem with its JSON pointer and line:column. */
export function checkText(file: string, text: string): FileReport {
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

/** Compiler-style lines (file:line:column: …), which terminals and editors turn into links. */
export function formatReport(r: FileReport): string {
  const lines: string[] = [];
  for (const w of r.warnings) lines.push(`${r.file}:${w.line}:${w.column}: warning: ${w.path}: ${w.message}`);
  if (r.ok) {
    lines.push(`OK ${r.file}: ${describeCounts(r.counts)}; as of ${r.asOf}`);
  } else {
    for (const p of r.problems) lines.push(`${r.file}:${p.line}:${p.column}: ${r.syntax ? '' : `${p.path || '/'}: `}${p.message}`);
    const more = r.truncated ? ' (the first 100; fix these and run again for the rest)' : '';
    lines.push(`FAIL ${r.file}: ${r.syntax ? 'not valid JSON' : n(r.problems.length, 'problem') + more}`);
  }
  return lines.join('\n') + '\n';
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check datasets: every problem with its JSON pointer and line:column',
  args: { min: 1, max: Infinity },
  options: { json: { type: 'boolean' } },
  help: `Usage: policy-explainer validate <file.json…> [--json]

Checks each dataset against data/schema.json and the rules a schema cannot express (unique ids,
references that resolve, dates that exist, quotes only on own-words stances), exactly as the
widget does. Prints every problem as

  file:line:column: /json/pointer: message

and, for a valid file, one line: OK file: 11 events, 10 actors, …; as of 2024-12-10.
A JSON syntax error is reported with its line:column too. "-" reads standard input.

Options:
  --json       print the report as JSON (an array, one entry per file)
  -h, --help   show this help

Exit code: 0 when every file is valid, 1 when any is not (or cannot be read), 2 on wrong usage.`,
  async run(files, values) {
    const reports: Array<FileReport | Unreadable> = [];
    for (const file of files) {
      let text: string;
      try {
        text = await readText(file);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        reports.push({ file, ok: false, unreadable: e.message });
        if (!values.json) process.stderr.write(`${e.message}\n`);
        continue;
      }
      const report = checkText(file === '-' ? '<stdin>' : file, text);
      reports.push(report);
      if (!values.json) process.stdout.write(formatReport(report));
    }
    if (values.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
    return reports.every((r) => r.ok) ? EXIT_OK : EXIT_INVALID;
  },
};
