import type {
  At,
  Char,
  JsonExpected,
  LinkWhy,
  MadeUp,
  Place,
  Problem,
  ProblemWords,
  Reason,
  SheetWhere,
  Slide,
  TimelineDateWhy,
} from './codes.js';
import { datasetWords } from './en-dataset.js';

/**
 * Every problem in English: what the command line prints, the widget shows and the tests pin.
 * The validator's words are in en-dataset.ts (they ship to readers' browsers with the validator).
 */

/** Counts: n(1, 'event') → "1 event", n(3, 'event') → "3 events". */
export const n = (count: number, word: string, plural = `${word}s`) => `${count} ${count === 1 ? word : plural}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? mb(bytes) : `${Math.ceil(bytes / 1024)} KB`);
const csvs = (tabs: string[]) => tabs.map((t) => `${t}.csv`).join(', ');
const more = (count: number, shown: number) => (count > shown ? ', …' : '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2022-04-10" → "10 April 2022", for messages that must be read by anyone, whatever their locale. */
const spelled = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const PLAIN_TEXT =
  'type dates as YYYY-MM-DD (2014-01-14, 2022-08 or 1985) and format the date column as plain text (Format › Number › Plain text), so the sheet shows them as typed';
const READ_BY = 'a story is read from CSV tabs, a dataset JSON or a TimelineJS3 file';

/** A table as the words name it: its file (events.csv), or a live sheet's tab ('the "events" tab'). */
export const table = (name: string, where: Place, indefinite = false) =>
  where.tabs ? `${indefinite ? 'a' : 'the'} "${name}" tab` : `${indefinite ? 'a ' : ''}${name}.csv`;

/** A value no file has, by what made it. */
export function madeEn(m: MadeUp): string {
  if (m.made === 'dataset') return 'dataset';
  if (m.made === 'id') return `the id made from the title (give ${m.flag} or an id column to choose it)`;
  if (m.made === 'link') return 'the link';
  return 'the sources made up for a missing sources.csv';
}

/** The first part of a problem's line: "events.csv row 3, column title_en (E)", "--title", "dataset". */
export function placeEn(p: Place): string | undefined {
  if (p.file === undefined) return p.made ? madeEn(p.made) : p.origin;
  if (p.position) return `${p.file}:${p.position.line}:${p.position.column}`;
  const column = p.column === undefined ? '' : p.header === undefined ? `column ${p.column}` : `column ${p.header} (${p.column})`;
  if (p.row === undefined) return column ? `${p.file} ${column}` : p.file;
  return `${p.file} row ${p.row}${column ? `, ${column}` : ''}`;
}

/** A pointer as it is; a place in a file by its words (a table's file named as a tab in a live sheet). */
const at = (a: At, where: Place) => {
  if (typeof a === 'string') return a;
  const file = a.file?.replace(/^(\w+)\.csv$/i, (_m, t: string) => (where.tabs ? table(t, where) : `${t}.csv`));
  return placeEn({ ...a, file }) ?? '';
};

const slide = (s: Slide) => ('event' in s ? `event ${s.event}` : `"${s.headline}"`);
const dateWhy = (w: TimelineDateWhy) =>
  'none' in w
    ? 'has no start_date'
    : 'year' in w
      ? `has no usable year (${w.year})`
      : 'outside' in w
        ? `is dated in the year ${w.outside}, outside 0001–9999`
        : `has a date that does not exist (${w.impossible})`;

const char = (c: Char) =>
  'end' in c
    ? 'the end of the file'
    : 'named' in c
      ? { 'line-break': 'a line break', tab: 'a tab', space: 'a space' }[c.named]
      : 'control' in c
        ? `control character ${c.control}`
        : `'${c.char}'`;
const VALUE = 'a value (an object, array, string, number, true, false or null)';
const expectedJson = (e: JsonExpected) =>
  'value' in e
    ? VALUE
    : 'name' in e
      ? 'a property name in double quotes'
      : 'colon' in e
        ? `':' after the property name${e.key === undefined ? '' : ` "${e.key}"`}`
        : 'afterItem' in e
          ? `',' or ']' after item ${e.afterItem}`
          : 'afterValue' in e
            ? `',' or '}' after the value of "${e.afterValue}"`
            : `'${e.punct}'`;

const where = (w: SheetWhere | undefined) =>
  w === undefined
    ? ''
    : `${typeof w === 'object' ? `the "${w.tab}" tab` : { sheet: 'the sheet', link: 'the link', 'csv-file': 'the CSV file', 'published-page': 'the published page', 'published-sheet': 'the published sheet' }[w]} `;
const NOT_SHARED =
  'this sheet is not shared with anyone who has the link: in Google Sheets, Share › General access › "Anyone with the link" (Viewer)';
const NOT_PUBLISHED =
  'this sheet is not published to the web: in Google Sheets, File › Share › Publish to the web › Entire document › Publish (or use its share link instead)';
const LINK_WHY = (w: LinkWhy) =>
  typeof w === 'object'
    ? `is a ${w.scheme} address, not a web address`
    : {
        empty: 'no link given',
        'not-url': 'is not a web address',
        'google-http': 'is a Google Sheets link without https',
        'google-not-sheet': 'is a Google link, but not to a spreadsheet (…/spreadsheets/d/…)',
        'google-other': 'is a Google address that is not a spreadsheet link',
        neither: 'is neither a Google Sheets link nor a CSV URL (no {tab} in it, and it does not end in .csv)',
      }[w];

export const EN: ProblemWords = {
  place: placeEn,
  codes: {
    ...datasetWords(at),

    'json-invalid': (p, at) => `not valid JSON: ${reason(p.error, at)}`,
    'json-duplicate-key': (p) => `repeats a key already given at ${p.first.line}:${p.first.column}; JSON keeps only this last one`,
    'json-number': (p) =>
      p.char === undefined ? 'malformed number' : `malformed number (a JSON number has no leading zeros, no "${p.char}" here)`,
    'json-single-quotes': () => 'strings must be in double quotes ("), not single quotes',
    'json-not-a-value': (p) => `${p.word} is not a JSON value; expected ${VALUE}`,
    'json-unquoted-name': () => 'property names must be in double quotes',
    'json-empty': () => 'the file is empty: expected a JSON object',
    'json-trailing-comma': (p) => `a comma after the last ${p.after} (remove this ',')`,
    'json-unexpected': (p) => `unexpected ${char(p.found)}: expected ${expectedJson(p.expected)}`,
    'json-ends-early': (p) =>
      `the file ends too early: expected ${expectedJson(p.expected)}${p.open ? `; the '${p.open.bracket}' at ${p.open.at} is never closed` : ''}`,
    'json-after-end': (p) =>
      `unexpected ${char(p.found)} after the end of the JSON document (only one value is allowed; two documents pasted together?)`,
    'json-comment': () => 'comments are not allowed in JSON',
    'json-line-break': () => 'unexpected a line break inside a string (write \\n, or is a closing " missing?)',
    'json-unclosed-string': () => 'the file ends inside a string that is never closed (a missing ")',
    'json-control-char': (p) => `unexpected ${char(p.found)} inside a string`,
    'json-escape': (p) => `unknown escape \\${p.escape} (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
    'json-unicode-escape': () => 'a \\u escape needs four hex digits',
    'json-too-deep': () => 'the JSON is nested too deeply to read',
    'json-parse': (p) => p.detail,

    'file-too-large': (p) =>
      `is ${mb(p.bytes)}, more than the ${mb(p.max)} a story file can be: is it the right file? Split a spreadsheet into its tabs`,
    'file-binary': (p) =>
      ({
        zip: 'is a zip archive or a spreadsheet workbook (.xlsx, .ods, .numbers): export each tab as CSV (File › Download › CSV, or Save As › CSV UTF-8), or copy the cells and paste them here',
        xls: 'is an old Excel workbook (.xls): save each tab as CSV UTF-8, or copy the cells and paste them here',
        pdf: `is a PDF: ${READ_BY}`,
        png: `is an image (PNG): ${READ_BY}`,
        jpeg: `is an image (JPEG): ${READ_BY}`,
        gif: `is an image (GIF): ${READ_BY}`,
        gzip: 'is compressed (gzip): uncompress it first',
      })[p.format],
    'file-utf16': () => 'is UTF-16 text (Excel’s "Unicode Text"): save it as CSV UTF-8 instead',
    'file-nul': () => `is not a text file (it has NUL bytes): ${READ_BY}`,

    'csv-not-a-tab': (p) => `is not one of the tabs this command reads; name it ${csvs(p.tabs)}`,
    'csv-skipped': (p) => `skipped (not one of ${csvs(p.tabs)})`,
    'csv-second-table': (p) => `is a second ${p.table} table (the first is ${p.first})`,
    'csv-tab-missing': (_p, at) =>
      `is missing: a dataset needs ${['events', 'actors', 'issues'].map((t) => table(t, at)).join(', ')} and ${table('stances', at)}`,
    'csv-dataset-second-row': (_p, at) => `is a second row; ${table('dataset', at)} has one row under its header`,
    'csv-no-title': (p, at) =>
      `has no title: give ${table('dataset', at, true)} with title_en (and title_es…)${p.field === undefined ? '' : ` or ${p.field} "…"`}`,
    'csv-no-as-of': (p, at) =>
      `has no "as of" date: give ${table('dataset', at, true)} with asOf${p.field === undefined ? '' : ` or ${p.field} YYYY-MM-DD`} (the date the facts are current to)`,
    'csv-id-made': (p) => `no id given: using "${p.id}" (from the title)`,
    'csv-sources-made': (p, at) =>
      `no ${at.tabs ? '"sources" tab' : 'sources.csv'}: made ${n(p.count, 'placeholder source')} labelled with ${p.count === 1 ? 'its id' : 'their ids'} (${p.ids.join(', ')}${more(p.count, p.ids.length)}); add ${table('sources', at, true)} with id, label_en, url, archived, publisher, date`,
    'note-event-unknown': (p, at) => `"${p.on}": there is no event with id "${p.id}" in ${table('events', at)}`,
    'note-stance-unknown': (p, at) =>
      `"${p.on}": no row of ${table('stances', at)} has actor "${p.actor}", issue "${p.issue}" and date "${p.date}"`,
    'note-target': (p) =>
      `"${p.on}" is not a note target: leave it empty (or "dataset") for the story, "event:<id>", or "stance:<actor>:<issue>:<date>"`,
    'csv-empty': () => 'is empty: the first row must be the column names',
    'csv-quote-unclosed': () => 'has a quote (") that is never closed: everything after it was read as one cell',
    'csv-unnamed-column': () => 'has values but no column name in row 1',
    'csv-unknown-column': (p, at) => `"${p.header}" is not a column of ${table(p.table, at)} (its columns: ${p.known.join(', ')})`,
    'csv-repeated-column': (p) => `"${p.header}" repeats column ${p.first}`,
    'csv-text-both': (p) => `has both a "${p.field}" column and "${p.field}_<language>" columns; use one or the other`,
    'csv-column-missing': (p) =>
      p.text
        ? `has no column "${p.field}_en" (one column per language: ${p.field}_en, ${p.field}_es…), which every row needs`
        : `has no column "${p.field}", which every row needs`,
    'csv-beyond-last': (p) => `has a value beyond the last named column (${p.last}); a stray comma or an unquoted line break?`,
    'cell-formula': () => "starts like a spreadsheet formula: kept as plain text, never run (the CSV written from it guards it with ')",
    'cell-html': () => 'contains HTML: shown as plain text, tags and all; write the text without tags',
    'cells-more': (p) => `has ${p.count} more cells ${p.kind === 'formula' ? 'that start like a formula' : 'with HTML'}`,

    'date-read': (p) =>
      `read as ${p.date}${p.more ? ` (and ${n(p.more, 'more date')} in this column)` : ''}: the sheet shows dates as its locale writes them; to be sure none is misread, ${PLAIN_TEXT}`,
    'date-ambiguous': (p) =>
      `is ${spelled(p.readings[0])} or ${spelled(p.readings[1])}: the sheet shows this date as its locale writes dates, and both readings are real dates; ${PLAIN_TEXT}`,

    'tl-column-unknown': (p) => `"${p.header}" is not a column of TimelineJS's template: ignored`,
    'tl-template-v1': () =>
      'is TimelineJS’s old (version 1) template, with a "Start Date" column; copy your rows into the current template (Year, Month, Day…)',
    'tl-not-template': (p) => `is not TimelineJS’s template: its first row needs the columns ${p.columns.join(', ')}`,
    'tl-second-title': () => 'is a second title slide: read as an event',
    'tl-no-year': () => 'has no year: skipped (every slide but the title needs one)',
    'tl-v2': () => 'looks like a TimelineJS2 file ("timeline": {…}); this command reads the TimelineJS3 JSON format ({ "events": [...] })',
    'tl-dataset': () => 'is already a policy-explainer dataset (it has "asOf"), not a TimelineJS3 file',
    'tl-no-events': () => 'is not a TimelineJS3 file: it needs an "events" array',
    'tl-none-converted': () => 'no event could be converted',
    'tl-not-text': (p) =>
      `${p.slide ? `${slide(p.slide)}: ` : ''}${p.titleSlide ? 'the title slide’s ' : ''}${p.field} is ${p.shape === 'list' ? 'a list' : 'an object'}, not text: ignored`,
    'tl-slide-not-object': (p) => `${slide(p.slide)} is not an object: skipped`,
    'tl-start': (p) => `${slide(p.slide)} ${dateWhy(p.why)}: skipped`,
    'tl-end-dropped': (p) => `${slide(p.slide)}: end_date ${dateWhy(p.why).replace(/^has /, '')}; dropped`,
    'tl-end-not-after': (p) => `${slide(p.slide)}: end_date ${p.end} is not after ${p.start}; dropped (an event on one date needs no end)`,
    'tl-no-headline': (p) => `${slide(p.slide)} (${p.date}) has no headline: titled "${p.title}"`,
    'tl-headline-shortened': (p) => `${slide(p.slide)}: headline shortened to ${p.max} characters`,
    'tl-text-shortened': (p) => `${slide(p.slide)}: text shortened to ${p.max} characters`,
    'tl-media-link': (p) => `${slide(p.slide)}: media link "${p.url}" is not a valid web address: dropped`,
    'tl-placeholder': (p) =>
      `${n(p.count, 'event cites', 'events cite')} the placeholder source "${p.id}" (no media credit or link): replace it with the real sources`,
    'tl-groups': (p) => `TimelineJS groups dropped (${p.groups.join(', ')}): policy-explainer groups actors, not events`,
    'tl-display-date': (p) => `display_date dropped on ${n(p.count, 'event')}: dates are shown at their own precision`,
    'tl-time': (p) => `time of day dropped on ${n(p.count, 'date')}: dates are days at most`,
    'tl-media': (p) =>
      `media (images, video, embeds) of ${n(p.count, 'event')} not shown by policy-explainer; credits and links became sources`,
    'tl-backgrounds': (p) => `backgrounds of ${n(p.count, 'event')} dropped`,
    'tl-markup': (p) => `HTML formatting removed from ${n(p.count, 'event')} (text is plain)`,
    'tl-links': (p) =>
      `${n(p.count, 'link')} in the text dropped; add them as sources if they are: ${p.links.join(', ')}${more(p.count, 5)}`,
    'tl-eras': (p) => `${n(p.count, 'era')} dropped: a span can be an event with an end date`,
    'tl-title-media': () => 'the title slide’s media dropped',
    'tl-no-matrix': () => 'no actors, issues or stances in a TimelineJS file: the stance matrix stays empty until you add them',
    'tl-no-title': (p) => `no title slide headline: titled "${p.title}" after the file`,
    'tl-as-of-today': (p) => `asOf set to today (${p.date}); give ${p.field} for the date the facts are current to`,

    'sheet-link': (p) =>
      `${p.why === 'empty' ? '' : where(p.where)}${LINK_WHY(p.why)}. Give the link Google Sheets gives under Share (the sheet shared with "Anyone with the link"), its File › Share › Publish to the web link, or a CSV URL per tab with {tab} in it (https://example.org/story/{tab}.csv)`,
    'sheet-timeout': (p) => `${where(p.where)}did not answer within ${p.seconds} s`,
    'sheet-aborted': (p) => `${where(p.where)}was not read: the read was stopped`,
    'sheet-unreachable': (p) =>
      `${where(p.where)}could not be reached (${p.detail})${p.google ? `; a browser also reports this when Google answers with a sign-in page because ${(p.google === 'publish' ? NOT_PUBLISHED : NOT_SHARED).replace(/^this sheet/, 'the sheet')}` : ''}`,
    'sheet-throttled': (p) =>
      `${where(p.where)}is read too often right now (429 Too Many Requests): Google limits how often a sheet is read`,
    'sheet-server': (p) => `${where(p.where)}answered ${p.status}: the sheet's host has a problem; try again later`,
    'sheet-http': (p) => `${where(p.where)}answered ${`${p.status} ${p.statusText}`.trim()}`,
    'sheet-not-shared': () => NOT_SHARED,
    'sheet-not-published': () => NOT_PUBLISHED,
    'sheet-web-page': (p) => `${where(p.where)}is a web page, not CSV: is the link the CSV file’s own address?`,
    'sheet-too-large': (p) =>
      `${where(p.where)}is more than ${kb(p.max)} (${kb(p.bytes)} or more): is it the right sheet? A story's tab is far smaller`,
    'sheet-too-many-rows': (p) =>
      `${where(p.where)}has ${p.count.toLocaleString('en')} rows under its header, more than the ${p.max.toLocaleString('en')} a tab can have: is it the right sheet? A story this long would not load in a reader's browser`,
    'sheet-not-timeline': (p) =>
      `${where(p.where)}${p.csvFile ? 'is neither TimelineJS3’s template nor a link per tab: give a URL with {tab} in it for a story’s tabs' : 'has none of the tabs events, actors, issues and stances, and is not TimelineJS3’s template'}`,
    'sheet-tabs-missing': (p) =>
      `${where(p.where)}has no tab named ${p.tabs.map((t) => `"${t}"`).join(', ')}: a story needs tabs named events, actors, issues and stances (the studio's template has them all), or TimelineJS3's template`,
    'sheet-read-failed': (p) => `${where(p.where)}could not be read: ${p.detail}`,
    'sheet-data': (p) => (p.format === 'story' ? 'the story in the sheet has errors' : 'the timeline has errors'),

    'as-given': (p) => p.text,
  },
};

function reason(r: Reason, at: Place): string {
  return messageEn({ ...at, ...r });
}

/** What is wrong, in English. */
export const messageEn = (p: Reason & Place): string => (EN.codes[p.code] as (params: unknown, place: Place) => string)(p.params, p);

/** One problem on one line, in English (what the command line prints): "events.csv row 3, column date (B): … [/events/1/date]". */
export function formatProblem(p: Problem): string {
  const place = placeEn(p);
  const path = p.path === undefined ? '' : ` [${p.path || '/'}]`;
  return `${place === undefined ? '' : `${place}: `}${p.message}${path}`;
}
