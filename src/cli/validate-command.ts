import type { Dataset } from '../data/types.js';
import { checkDatasetText, type FileReport } from '../convert/check-dataset.js';
import { n } from '../convert/problems.js';
import { describeCounts } from '../convert/summary.js';
import { CliError, EXIT_INVALID, EXIT_OK, readText, type Command } from './io.js';

/** A file that could not be read at all (missing, a folder, no permission). */
type Unreadable = { file: string; ok: false; unreadable: string };

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

/**
 * Reads a dataset that a command needs valid (to-csv, render): the dataset, or undefined after
 * its problems are printed to standard error.
 */
export async function readValidDataset(file: string): Promise<Dataset | undefined> {
  const text = await readText(file);
  const report = checkDatasetText({ name: file, text });
  if (report.ok) return JSON.parse(text) as Dataset;
  process.stderr.write(formatReport(report));
  return undefined;
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
      const report = checkDatasetText({ name: file === '-' ? '<stdin>' : file, text });
      reports.push(report);
      if (!values.json) process.stdout.write(formatReport(report));
    }
    if (values.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
    return reports.every((r) => r.ok) ? EXIT_OK : EXIT_INVALID;
  },
};
