import { isRealDate } from '../data/dates.js';
import { timelineJsToDataset } from '../convert/from-timelinejs.js';
import { formatProblem, n } from '../convert/problems.js';
import { CliError, dateOption, finishConversion, readText, warn, OUTPUT, valueOptions, type Command } from './io.js';

/** `from-timelinejs`: one file read from disk and handed to timelineJsToDataset (src/convert/from-timelinejs.ts). */
export const fromTimelineJsCommand: Command = {
  name: 'from-timelinejs',
  summary: 'convert a TimelineJS3 file (JSON, or its spreadsheet template as CSV) into a dataset',
  args: { min: 1, max: 1 },
  options: { ...OUTPUT, ...valueOptions('as-of', 'id') },
  help: `Usage: policy-explainer from-timelinejs <timeline.json|timeline.csv> [-o story.json] [--as-of YYYY-MM-DD] [--id id]

Converts a TimelineJS3 file into a policy-explainer dataset, a starting point for a story with
positions. It reads either TimelineJS3's JSON format ({ "title": …, "events": [{ "start_date": {…},
"text": {…} }] }) or its Google Sheets template exported as CSV (File › Download › CSV: columns
Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background), read as TimelineJS
reads it ("title" in Type is the title slide, "era" an era):

  - each event keeps its date at its precision (year, month or day), its end_date as a span,
    its headline as the title and its text as the summary, HTML stripped to plain text;
    its unique_id (or its headline) becomes its id; its kind is "event";
  - a media credit or link becomes a source; an event without one cites the placeholder source
    "source-needed", which you must replace;
  - the title slide gives the dataset's title and summary.

Everything dropped (groups, eras, display dates, media, links, times of day, formatting) is listed
as a warning on standard error, with its spreadsheet row for the CSV template. Add actors, issues and stances to fill the stance matrix.

Options:
  -o, --output <file>   write the dataset here (default: standard output)
  --as-of <date>        the date the facts are current to (default: today)
  --id <id>             the dataset's id (default: made from the title)
  -h, --help            show this help

Exit code: 0 written, 1 unreadable or unconvertible file, 2 wrong usage.`,
  async run([file], values) {
    const asOf = dateOption('as-of', values['as-of'], isRealDate);
    const id = values.id as string | undefined;
    const result = timelineJsToDataset({ name: file, text: await readText(file) }, { asOf, id });
    const errors = result.problems.filter((p) => p.severity === 'error');
    // Not a TimelineJS3 file at all: one line, as for a file that cannot be read (after what was skipped on the way).
    if (!result.dataset && errors.every((p) => p.path === undefined)) {
      for (const w of result.problems.filter((p) => p.severity === 'warning')) warn(formatProblem(w));
      throw new CliError(errors.map(formatProblem).join('\n'));
    }
    return finishConversion(result, values.output as string | undefined, {
      line: (p) => `${p.path}: ${p.message}`,
      fail: (count) => `the converted dataset has ${n(count, 'problem')}`,
    });
  },
};
