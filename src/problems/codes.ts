/**
 * Problems as values: what is wrong (a code, and the values its words need), how bad, and where —
 * in the words of the file it came from (a spreadsheet's file, row and column; a JSON file's line
 * and column) and of the dataset (a JSON pointer). The words are written per language from the
 * code, by one table per language (en.ts, put together from a table per area, and es.ts; words.ts picks one); `message` is the English
 * sentence, filled in when the problem is made, for everything that prints English (the widget's
 * error view, the console, the command line).
 *
 * Types only: this file costs no byte in any bundle. Adding a code: its params here, its words in
 * every language's table — in English, its area's en-*.ts — (TypeScript refuses a table without it), and the code where it is found.
 */

export type Severity = 'error' | 'warning';

/** Where something is, or came from. Every field is optional: a problem says what it knows. */
export interface Place {
  /** The file, as the caller named it ("events.csv", "exports/story.json"). */
  file?: string;
  /** In a CSV file: the spreadsheet's row number (1 is the header row). */
  row?: number;
  /** In a CSV file: the spreadsheet's column letter ("A", "AB"). */
  column?: string;
  /** In a CSV file: the column's name in the header row ("title_en"). */
  header?: string;
  /** The cell's text, as the file has it. */
  value?: string;
  /** In a JSON file: the 1-based line and column (UTF-16 code units, as editors count). */
  position?: { line: number; column: number };
  /** Where a value came from when no file has it: an option ("--title") or a link, as given; in English for a value made up. */
  origin?: string;
  /** A value no file has, made up by a converter: the words name it (`origin` is its English name). */
  made?: MadeUp;
  /** The tables are a live sheet's tabs: the words name them as tabs ('the "events" tab'), not files (events.csv). */
  tabs?: boolean;
}

/** A value no file has, made up by a converter. */
export type MadeUp =
  /** The story's own fields (title, asOf…) when no dataset.csv gives them. */
  | { made: 'dataset' }
  /** The dataset's id, made from its title; `flag` is how to choose it instead. */
  | { made: 'id'; flag: string }
  /** Placeholder sources for a missing sources.csv. */
  | { made: 'sources' }
  /** A link, when none was given. */
  | { made: 'link' };

/** A dataset pointer ("/events/0"), or the place in a file it came from (events.csv row 2). */
export type At = string | Place;

/** A value as a message shows it: a short string quoted, a long one by its length, a list by its count. */
export type Shown =
  | { text: string }
  | { long: number }
  | { array: number }
  | { object: true }
  /** A number, true, false, null: as JSON writes it. */
  | { literal: string };

/** What a value should be. */
export type Expect =
  /** The description at this JSON pointer into data/schema.json ("/$defs/PartialDate"). */
  | { schema: string }
  | { oneOf: unknown[] }
  | { objectWith: string[] }
  /** A JSON type ("string", "object", "integer"…), or "value". */
  | { type: string }
  /** A list of at least this many items (0: it may be empty). */
  | { list: number }
  | { pattern: string }
  | { given: true };

/** A problem's code and values, without its place: a reason nested in another problem. */
export type Reason<C extends ProblemCode = ProblemCode> = { [K in C]: { code: K; params: ProblemParams[K] } }[C];

/** A character of a JSON text, as a syntax message names it. */
export type Char = { end: true } | { named: 'line-break' | 'tab' | 'space' } | { control: string } | { char: string };

/** What a JSON parser expected where it stopped. */
export type JsonExpected =
  | { value: true }
  | { name: true }
  | { colon: true; key?: string }
  | { afterItem: number }
  | { afterValue: string }
  | { punct: ',' | '}' | ']' };

/** Why a TimelineJS3 date could not be read. */
export type TimelineDateWhy =
  | { none: true }
  | { year: string } // the year as JSON wrote it
  | { outside: number }
  | { impossible: string }; // the date as JSON wrote it

/** A slide of a TimelineJS3 file, as a warning names it: its headline, or its number. */
export type Slide = { headline: string } | { event: number };

/** What a failed sheet read was reading. */
export type SheetWhere = { tab: string } | 'sheet' | 'link' | 'csv-file' | 'published-page' | 'published-sheet';

/** Why a link is not one a sheet is read from. */
export type LinkWhy = 'empty' | 'not-url' | { scheme: string } | 'google-http' | 'google-not-sheet' | 'google-other' | 'neither';

type None = Record<never, never>;

/** Every code, and the values its words need. */
export interface ProblemParams {
  // The validator (src/data/validate.ts): the schema's rules…
  type: { expected: Expect; got: Shown };
  pattern: { expected: Expect; got: Shown };
  enum: { options: unknown[]; got: Shown };
  empty: None;
  'too-long': { length: number; max: number };
  'too-few': { min: number };
  'too-many': { count: number; max: number };
  required: { expected: Expect };
  'unknown-field': { known: string[] };
  'date-impossible': { got: Shown };
  /** A date as a spreadsheet's locale writes it (10/04/2022): the problem, then how to keep dates as typed. */
  'date-reformatted': { first: Reason<DatasetCode> };
  // …and the rules a schema cannot say.
  'duplicate-id': { id: string; first: At };
  'story-empty': None;
  'unknown-ref': { kind: 'actor' | 'source' | 'issue' | 'group'; id: string; list: At };
  'end-before-date': { date: string; end: string };
  'quote-basis': { basis: string };
  'quote-missing': None;
  'quote-source-not-cited': { id: string };
  'needs-quote': None;
  'stance-unsourced': { state: 'empty' | 'missing'; position: string };
  'duplicate-stance': { first: At };

  // A dataset's JSON text (check-dataset.ts, json-locate.ts).
  'json-invalid': { error: Reason<JsonSyntaxCode> };
  'json-duplicate-key': { first: { line: number; column: number } };
  'json-number': { char?: string };
  'json-single-quotes': None;
  'json-not-a-value': { word: string };
  'json-unquoted-name': None;
  'json-empty': None;
  'json-trailing-comma': { after: 'property' | 'item' };
  'json-unexpected': { found: Char; expected: JsonExpected };
  'json-ends-early': { expected: JsonExpected; open?: { bracket: '{' | '['; at: string } };
  'json-after-end': { found: Char };
  'json-comment': None;
  'json-line-break': None;
  'json-unclosed-string': None;
  'json-control-char': { found: Char };
  'json-escape': { escape: string };
  'json-unicode-escape': None;
  'json-too-deep': None;
  /** JSON.parse refused what the syntax tree read: its own words (the engine's, in English). */
  'json-parse': { detail: string };

  // Files refused before reading (intake.ts).
  'file-too-large': { bytes: number; max: number };
  'file-binary': { format: 'zip' | 'xls' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip' };
  'file-utf16': None;
  'file-nul': None;

  // Spreadsheet tabs (from-csv.ts, csv-read.ts).
  'csv-not-a-tab': { tabs: string[] };
  'csv-skipped': { tabs: string[] };
  'csv-second-table': { table: string; first: string };
  'csv-tab-missing': None;
  'csv-dataset-second-row': None;
  'csv-no-title': { field?: string };
  'csv-no-as-of': { field?: string };
  'csv-id-made': { id: string };
  'csv-sources-made': { count: number; ids: string[] };
  'note-event-unknown': { on: string; id: string };
  'note-stance-unknown': { on: string; actor: string; issue: string; date: string };
  'note-target': { on: string };
  'csv-empty': None;
  'csv-quote-unclosed': None;
  'csv-unnamed-column': None;
  'csv-unknown-column': { header: string; table: string; known: string[] };
  'csv-repeated-column': { header: string; first: string };
  'csv-text-both': { field: string };
  'csv-column-missing': { field: string; text: boolean };
  'csv-beyond-last': { last: string };
  'cell-formula': None;
  'cell-html': None;
  'cells-more': { count: number; kind: 'formula' | 'html' };

  // Dates as a live sheet shows them (sheet-dates.ts).
  'date-read': { date: string; more: number };
  'date-ambiguous': { readings: [string, string] };

  // TimelineJS3 (from-timelinejs.ts, timelinejs-csv.ts).
  'tl-column-unknown': { header: string };
  'tl-template-v1': None;
  'tl-not-template': { columns: string[] };
  'tl-second-title': None;
  'tl-no-year': None;
  'tl-v2': None;
  'tl-dataset': None;
  'tl-no-events': None;
  'tl-none-converted': None;
  'tl-not-text': { slide?: Slide; field: string; titleSlide?: boolean; shape: 'list' | 'object' };
  'tl-slide-not-object': { slide: Slide };
  'tl-start': { slide: Slide; why: TimelineDateWhy };
  'tl-end-dropped': { slide: Slide; why: TimelineDateWhy };
  'tl-end-not-after': { slide: Slide; end: string; start: string };
  'tl-no-headline': { slide: Slide; date: string; title: string };
  'tl-headline-shortened': { slide: Slide; max: number };
  'tl-text-shortened': { slide: Slide; max: number };
  'tl-media-link': { slide: Slide; url: string };
  'tl-placeholder': { count: number; id: string };
  'tl-groups': { groups: string[] };
  'tl-display-date': { count: number };
  'tl-time': { count: number };
  'tl-media': { count: number };
  'tl-backgrounds': { count: number };
  'tl-markup': { count: number };
  'tl-links': { count: number; links: string[] };
  'tl-eras': { count: number };
  'tl-title-media': None;
  'tl-no-matrix': None;
  'tl-no-title': { title: string };
  'tl-as-of-today': { date: string; field: string };

  // A live sheet (sheets.ts, sheet-links.ts, sheet-fetch.ts). `where` starts the sentence when given.
  'sheet-link': { why: LinkWhy; where?: SheetWhere };
  'sheet-timeout': { where: SheetWhere; seconds: number };
  'sheet-aborted': { where: SheetWhere };
  'sheet-unreachable': { where: SheetWhere; detail: string; google?: 'share' | 'publish' };
  'sheet-throttled': { where: SheetWhere };
  'sheet-server': { where: SheetWhere; status: number };
  'sheet-http': { where: SheetWhere; status: number; statusText: string };
  'sheet-not-shared': None;
  'sheet-not-published': None;
  'sheet-web-page': { where: SheetWhere };
  'sheet-too-large': { where: SheetWhere; max: number; bytes: number };
  'sheet-too-many-rows': { where: SheetWhere; count: number; max: number };
  'sheet-not-timeline': { where: SheetWhere; csvFile: boolean };
  'sheet-tabs-missing': { where: SheetWhere; tabs: string[] };
  'sheet-read-failed': { where: SheetWhere; detail: string };
  'sheet-data': { format: 'story' | 'timeline' };

  /** Words the caller wrote, already in the reader's language (the studio's own): every table prints them as they are. */
  'as-given': { text: string };
}

export type ProblemCode = keyof ProblemParams;

/** Each code's words in one language: a function of its values and of the problem's place (tabs or files). */
export type CodeWords<C extends ProblemCode = ProblemCode> = { [K in C]: (params: ProblemParams[K], place: Place) => string };

/** One language's words for problems: every code, and places ("events.csv row 3, column date (B)"). */
export interface ProblemWords {
  codes: CodeWords;
  /** The first part of a problem's line: "events.csv row 3, column title_en (E)", "--title", "dataset". */
  place(p: Place): string | undefined;
}
export type JsonSyntaxCode = Extract<ProblemCode, `json-${string}`>;

/*
 * The codes by area: each area's English words are a table of its own (en-*.ts), so a bundle
 * carries the words of the codes it can raise and no others; en.ts puts them together, and
 * TypeScript refuses it when a code is in no area.
 */
/** A dataset's JSON text (json-locate.ts, check-dataset.ts; en-json.ts). */
export type JsonCode = JsonSyntaxCode;
/** Files refused before reading (intake.ts; en-files.ts). */
export type FileCode = Extract<ProblemCode, `file-${string}`>;
/** A story's CSV files or tabs (csv-read.ts, from-csv.ts; en-csv.ts). */
export type CsvCode = Extract<ProblemCode, `csv-${string}` | `note-${string}` | `cell-${string}` | 'cells-more'>;
/** TimelineJS3 (from-timelinejs.ts, timelinejs-csv.ts; en-timeline.ts). */
export type TimelineCode = Extract<ProblemCode, `tl-${string}`>;
/** A live sheet: its link, its reading, its dates (sheets.ts, sheet-*.ts; en-sheets.ts). */
export type SheetCode = Extract<ProblemCode, `sheet-${string}` | 'date-read' | 'date-ambiguous'>;

/** The codes src/data/validate.ts gives (its words ship in the validator's module, en-dataset.ts). */
export type DatasetCode =
  | 'type'
  | 'pattern'
  | 'enum'
  | 'empty'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'required'
  | 'unknown-field'
  | 'date-impossible'
  | 'date-reformatted'
  | 'duplicate-id'
  | 'story-empty'
  | 'unknown-ref'
  | 'end-before-date'
  | 'quote-basis'
  | 'quote-missing'
  | 'quote-source-not-cited'
  | 'needs-quote'
  | 'stance-unsourced'
  | 'duplicate-stance';

/** One problem: its code and values, how bad, where, and its English sentence. */
export type Problem<C extends ProblemCode = ProblemCode> = {
  [K in C]: Place & {
    code: K;
    params: ProblemParams[K];
    severity: Severity;
    /** The dataset field it is about, as a JSON pointer ("" is the whole dataset). */
    path?: string;
    /** In English: what the command line prints and the widget shows (words.ts writes it in other languages). */
    message: string;
  };
}[C];
