import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatRows, languagesOf, text, toCsv } from '../data/csv.js';
import type { Dataset, Note, Text } from '../data/types.js';
import { CliError, EXIT_INVALID, EXIT_OK, info, n, readText, type Command } from './io.js';
import { checkText, formatReport } from './validate-command.js';

/**
 * The dataset as spreadsheet tabs: the tables toCsv() writes (unchanged), plus dataset.csv and
 * notes.csv for what those leave out, so that from-csv gives the same dataset back.
 */
export function datasetToCsv(d: Dataset): Record<string, string> {
  const langs = languagesOf(d);
  const per = (name: string) => langs.map((l) => `${name}_${l}`);
  const texts = (t: Text | undefined) => langs.map((l) => text(t, l));
  const files: Record<string, string> = {
    'events.csv': toCsv(d, 'events'),
    'actors.csv': toCsv(d, 'actors'),
    'issues.csv': toCsv(d, 'issues'),
    'stances.csv': toCsv(d, 'stances'),
    'sources.csv': toCsv(d, 'sources'),
  };
  if (d.groups) files['groups.csv'] = toCsv(d, 'groups');
  files['dataset.csv'] = formatRows([
    ['$schema', 'id', ...per('title'), ...per('summary'), 'asOf', 'updated'],
    [d.$schema, d.id, ...texts(d.title), ...texts(d.summary), d.asOf, d.updated],
  ]);
  const notes: unknown[][] = [];
  const add = (on: string, list: Note[] | undefined) =>
    list?.forEach((note) => notes.push([on, note.kind, note.date, ...texts(note.text)]));
  add('dataset', d.notes);
  d.events.forEach((e) => add(`event:${e.id}`, e.notes));
  d.stances.forEach((s) => add(`stance:${s.actor}:${s.issue}:${s.date}`, s.notes));
  if (notes.length) files['notes.csv'] = formatRows([['on', 'kind', 'date', ...per('text')], ...notes]);
  return files;
}

export const toCsvCommand: Command = {
  name: 'to-csv',
  summary: 'write a dataset as spreadsheet tabs (CSV), to edit and read back with from-csv',
  args: { min: 1, max: 1 },
  options: { dir: { type: 'string', short: 'd' }, force: { type: 'boolean' } },
  help: `Usage: policy-explainer to-csv <file.json> [-d folder] [--force]

Writes a valid dataset as CSV files to import into a spreadsheet, one per tab: events.csv,
actors.csv, issues.csv, stances.csv, sources.csv (exactly what the widget's "Get the data"
writes), plus groups.csv, dataset.csv and notes.csv for the rest. \`policy-explainer from-csv\`
reads them back into the same dataset.

Options:
  -d, --dir <folder>   where to write (default: the current folder; created if missing)
  --force              overwrite CSV files that already exist there
  -h, --help           show this help

Exit code: 0 written, 1 invalid dataset or files in the way, 2 wrong usage.`,
  async run([file], values) {
    const text = await readText(file);
    const report = checkText(file, text);
    if (!report.ok) {
      process.stderr.write(formatReport(report));
      return EXIT_INVALID;
    }
    const d = JSON.parse(text) as Dataset;
    const dir = (values.dir as string | undefined) ?? '.';
    const files = datasetToCsv(d);
    if (!values.force) {
      const existing: string[] = [];
      for (const name of Object.keys(files)) {
        try {
          await access(join(dir, name));
          existing.push(name);
        } catch {
          /* free */
        }
      }
      if (existing.length)
        throw new CliError(
          `${join(dir, existing[0])}${existing.length > 1 ? ` (and ${n(existing.length - 1, 'other')})` : ''} already exists; use --force to overwrite, or -d another folder`,
        );
    }
    await mkdir(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    info(`OK wrote ${Object.keys(files).join(', ')} to ${dir}`);
    return EXIT_OK;
  },
};
