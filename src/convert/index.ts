/**
 * The conversions the command line and the studio share: no Node built-ins, no DOM, strings and
 * objects in, a dataset and a list of problems out (each with its file, and its row and column
 * letter or its line and column, its value, a code and its values, an English message and a severity).
 *
 *   csvToDataset(files, options)        a spreadsheet's tabs (CSV texts) → a dataset
 *   timelineJsToDataset(file, options)  a TimelineJS3 file (JSON, or its template's CSV) → a dataset
 *   datasetToCsv(dataset)               a dataset → its tabs, which csvToDataset reads back
 *   checkDatasetText(file)              a dataset's JSON text → every problem, with line:column
 *   formatProblem(problem)              one problem as one line of text (formatProblemIn('es') in Spanish)
 *   messageOf(problem, lang)            what is wrong, in words: each problem is a code and its values
 *   identify(file)                      which of these reads a file (or pasted text)
 *   sizeProblem, binaryProblem          files to refuse before reading them
 *   templateTabs()                      the spreadsheet's tabs with their headers and nothing else
 *   readSheet(link, { fetch, … })       a story from a live sheet's link (Google Sheets, or CSV per tab)
 *   parseSheetLink(link), tabUrl(…)     which links are read, and each tab's CSV URL
 *   checkLinks(dataset, { fetch })      every source's url and archived copy: ok, redirected, gone…
 */
export { csvToDataset, type CsvOptions, type StoryFields } from './from-csv.js';
export { timelineJsToDataset, type TimelineJsOptions } from './from-timelinejs.js';
export { datasetToCsv } from './to-csv.js';
export { checkDatasetText, type FileReport, type Located } from './check-dataset.js';
export {
  describePlace,
  formatProblem,
  formatProblemIn,
  messageOf,
  type Conversion,
  type Place,
  type Problem,
  type ProblemCode,
  type ProblemLang,
  type Severity,
} from './problems.js';
export { summarize } from './summary.js';
export { stripBom, type TextFile } from './files.js';
export { identify, tableFromHeader, sizeProblem, binaryProblem, MAX_FILE_BYTES, type Kind } from './intake.js';
export { timelineJsCsvToJson, looksLikeTimelineJsCsv, TIMELINEJS_COLUMNS } from './timelinejs-csv.js';
export { parseCells } from './csv-read.js';
export { templateTabs } from './to-csv.js';
export { TABLE_NAMES, REQUIRED_TABLES, columnLetter, type TableName } from './csv-tables.js';
export {
  readSheet,
  parseSheetLink,
  tabUrl,
  publishedTabs,
  SHEET_TABS,
  DEFAULT_MAX_ROWS,
  DEFAULT_TIMEOUT_MS as SHEET_TIMEOUT_MS,
  type SheetLink,
  type SheetResult,
  type ReadSheetOptions,
  type FailureKind,
} from './sheets.js';
export { readDate, readSheetDates, type DateReading } from './sheet-dates.js';
export {
  checkLinks,
  describeStatus,
  LINK_STATUSES,
  DEFAULT_TIMEOUT_MS as LINK_TIMEOUT_MS,
  type CheckLinksOptions,
  type LinkCheck,
  type LinkReport,
  type LinkStatus,
  type SourceLinks,
} from './check-links.js';
