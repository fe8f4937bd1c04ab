import { columnHeads } from '../data/csv.js';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isRealDate } from '../data/dates.js';
import { csvToDataset, type StoryFields } from '../convert/from-csv.js';
import { tableOf } from '../convert/csv-read.js';
import { TABLE_NAMES } from '../convert/csv-tables.js';
import type { TextFile } from '../convert/files.js';
import { n, warning, type Problem } from '../convert/problems.js';
import { CliError, UsageError, dateOption, finishConversion, readText, OUTPUT, valueOptions, type Command } from './io.js';

/**
 * `from-csv`: the files and folders named on the command line, read from disk and handed to
 * csvToDataset (src/convert/from-csv.ts), which does the conversion.
 */

/**
 * Expands folders into the CSV files they hold that name a table (the others are skipped, with a
 * warning) and reads every file; a file named on its own is always read, and the conversion says
 * when it is not a table.
 */
export async function readInputs(inputs: string[], skipped: Problem[]): Promise<TextFile[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      throw new CliError(`${input}: no such file or folder`);
    }
    if (!isDir) {
      paths.push(input);
      continue;
    }
    for (const name of (await readdir(input)).filter((f) => /\.csv$/i.test(f)).sort()) {
      const file = join(input, name);
      if (tableOf(file)) paths.push(file);
      else skipped.push(warning('csv-skipped', { tabs: [...TABLE_NAMES] }, { file }));
    }
  }
  const files: TextFile[] = [];
  for (const name of paths) files.push({ name, text: await readText(name) });
  return files;
}

/** The tabs' columns, from the one list the widget and to-csv write (src/data/csv.ts COLUMNS). */
const tabLines = (['events', 'actors', 'issues', 'stances', 'sources', 'groups'] as const)
  .map((table) => {
    const note = table === 'sources' ? ' (optional; without it, placeholders)' : table === 'groups' ? ' (optional)' : '';
    const words = `${columnHeads(table).join(', ')}${note}`.split(' ');
    const lines = [''];
    for (const w of words) {
      const last = lines.length - 1;
      if (lines[last].length + w.length > 80) lines.push(w);
      else lines[last] += `${lines[last] ? ' ' : ''}${w}`;
    }
    return lines.map((l, i) => `${i ? ' '.repeat(16) : `  ${`${table}.csv`.padEnd(14)}`}${l}`).join('\n');
  })
  .join('\n');

export const fromCsvCommand: Command = {
  name: 'from-csv',
  summary: "build a dataset from a spreadsheet's tabs exported as CSV",
  args: { min: 1, max: Infinity },
  options: { ...OUTPUT, force: { type: 'boolean' }, ...valueOptions('id', 'title', 'summary', 'as-of', 'updated') },
  help: `Usage: policy-explainer from-csv <files or folder…> [-o story.json] [--force] [--title "…" --as-of YYYY-MM-DD …]

Builds a dataset JSON from a spreadsheet whose tabs are exported as CSV (UTF-8), named by table
(a spreadsheet's own export name such as "My story - events.csv" works too):

${tabLines}
  dataset.csv   id, title_en…, summary_en…, asOf, updated (optional: one row; or the flags)
  notes.csv     on, kind, date, text_en…                 (optional; on: empty for the story,
                                                          event:<id>, stance:<actor>:<issue>:<date>)

These are the columns the widget's "Get the data" and \`policy-explainer to-csv\` write, so a
dataset survives a trip through a spreadsheet. Text is one column per language (title_en,
title_es; a plain "title" column is one text for every language); id lists are separated by ";";
the "'" a CSV export puts before = + - @ is removed. A folder reads every such CSV inside it.

The result is validated: every problem is named by file, row and column, and nothing is written.

Options:
  -o, --output <file>   write the dataset here (default: standard output)
  --force               overwrite that file if it already exists
  --id <id>             the dataset's id (default: made from the title)
  --title <text>        the story's title
  --summary <text>      the story's summary
  --as-of <date>        the date the facts are current to (required without dataset.csv)
  --updated <date>      when the data was last edited (default: today)
  -h, --help            show this help

Exit code: 0 written, 1 problems in the data or a file in the way, 2 wrong usage.`,
  async run(inputs, values) {
    const story: StoryFields = {
      id: values.id as string | undefined,
      title: values.title as string | undefined,
      summary: values.summary as string | undefined,
      asOf: dateOption('as-of', values['as-of'], isRealDate),
      updated: dateOption('updated', values.updated, isRealDate),
    };
    if (story.title === '') throw new UsageError('--title must not be empty');
    const skipped: Problem[] = [];
    const files = await readInputs(inputs, skipped);
    const result = csvToDataset(files, { story });
    const problems = [...skipped, ...result.problems];
    return finishConversion(
      { ...result, problems },
      values.output as string | undefined,
      { fail: (count) => n(count, 'problem') },
      { overwrite: values.force === true },
    );
  },
};
