import { isRealDate } from '../data/dates.js';
import { readSheet, DEFAULT_TIMEOUT_MS } from '../convert/sheets.js';
import { formatProblem, n } from '../convert/problems.js';
import { CliError, UsageError, dateOption, finishConversion, refuseToOverwrite, OUTPUT, valueOptions, warn, type Command } from './io.js';

/**
 * `from-sheet`: a live sheet's link read with Node's fetch and handed to readSheet
 * (src/convert/sheets.ts), which does the reading and the conversion — the same code the
 * elements and the studio run in the browser.
 */

export const fromSheetCommand: Command = {
  name: 'from-sheet',
  summary: 'build a dataset from a Google Sheets link (or a CSV URL per tab), e.g. on a schedule',
  args: { min: 1, max: 1 },
  argument: 'the link',
  options: { ...OUTPUT, force: { type: 'boolean' }, ...valueOptions('id', 'title', 'summary', 'as-of', 'updated', 'timeout') },
  help: `Usage: policy-explainer from-sheet <link> [-o story.json] [--force] [--timeout seconds] [--as-of YYYY-MM-DD …]

Reads a story from a spreadsheet on the web and writes it as a dataset JSON, for a newsroom that
publishes the JSON on its own server or CDN (run it on a schedule: cron, a CI job), so readers
never wait on the spreadsheet and a story that goes viral never meets Google's limits.

The link is one of:
  https://docs.google.com/spreadsheets/d/<ID>/edit?usp=sharing
        the sheet's share link; share it with "Anyone with the link" (Viewer)
  https://docs.google.com/spreadsheets/d/e/<PUBID>/pubhtml
        its File › Share › Publish to the web link (the entire document)
  https://cdn.example.org/story/{tab}.csv
        a CSV file per tab ({tab} is the tab's name; …/story/events.csv works too)

The tabs are read by name, with the columns of from-csv (see policy-explainer from-csv --help):
events, actors, issues, stances (required), sources, groups, dataset, notes. A sheet made from
TimelineJS3's template is read as a timeline alone.

Dates the sheet's locale reformatted (1/14/2014, 14/01/2014) are read when only one reading is a
real date, and are an error when both are (10/04/2022): format date columns as plain text and
type dates as YYYY-MM-DD. Every problem is named by tab, row and column, and nothing is written:
an existing story.json stays the last good story.

Options:
  -o, --output <file>   write the dataset here (default: standard output)
  --force               overwrite that file if it already exists (a scheduled job needs it)
  --timeout <seconds>   give up after this long (default: ${DEFAULT_TIMEOUT_MS / 1000})
  --id <id>             the dataset's id (default: the dataset tab's, or made from the title)
  --title <text>        the story's title (wins over the dataset tab's)
  --summary <text>      the story's summary
  --as-of <date>        the date the facts are current to (required without a dataset tab)
  --updated <date>      when the data was last edited (default: today)
  -h, --help            show this help

Exit code: 0 written, 1 the sheet could not be read (not shared, not published, 429, a timeout…)
or has problems, or a file is in the way, 2 wrong usage.`,
  async run([link], values) {
    const asOf = dateOption('as-of', values['as-of'], isRealDate);
    const updated = dateOption('updated', values.updated, isRealDate);
    const story = {
      id: values.id as string | undefined,
      title: values.title as string | undefined,
      summary: values.summary as string | undefined,
      asOf,
      updated,
    };
    if (story.title === '') throw new UsageError('--title must not be empty');
    let timeoutMs = DEFAULT_TIMEOUT_MS;
    if (values.timeout !== undefined) {
      const seconds = Number(values.timeout);
      if (!(seconds > 0 && seconds <= 600))
        throw new UsageError(`--timeout must be a number of seconds from 1 to 600 (got ${JSON.stringify(values.timeout)})`);
      timeoutMs = seconds * 1000;
    }
    const out = values.output as string | undefined;
    // Refused before reading, so a scheduled job without --force fails at once.
    if (values.force !== true && out && out !== '-') await refuseToOverwrite([out], '-o another file');
    const result = await readSheet(link, {
      fetch: globalThis.fetch,
      timeoutMs,
      // names: {} keeps the flags in messages ("… or --as-of YYYY-MM-DD").
      csv: { story, names: {} },
      timeline: { asOf, id: story.id, updated },
    });
    if (!result.dataset && result.failure && result.failure.kind !== 'data') {
      for (const w of result.problems.filter((p) => p.severity === 'warning')) warn(formatProblem(w));
      throw new CliError(`${result.failure.message}; nothing was written`);
    }
    return finishConversion(result, out, { fail: (count) => n(count, 'problem') });
  },
};
