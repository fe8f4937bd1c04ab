import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetToCsv } from '../convert/to-csv.js';
import { EXIT_INVALID, EXIT_OK, info, refuseToOverwrite, type Command } from './io.js';
import { readValidDataset } from './validate-command.js';

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
    const d = await readValidDataset(file);
    if (!d) return EXIT_INVALID;
    const dir = (values.dir as string | undefined) ?? '.';
    const files = datasetToCsv(d);
    if (!values.force)
      await refuseToOverwrite(
        Object.keys(files).map((name) => join(dir, name)),
        '-d another folder',
      );
    await mkdir(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    info(`OK wrote ${Object.keys(files).join(', ')} to ${dir}`);
    return EXIT_OK;
  },
};
