import type { Dataset } from '../data/types.js';
import { TABLE_NAMES, REQUIRED_TABLES, type TableName } from './csv-tables.js';
import { readCells } from './csv-read.js';
import { csvToDataset, type CsvOptions } from './from-csv.js';
import { timelineJsCsvToDataset, type TimelineJsOptions } from './from-timelinejs.js';
import { tableFromHeader, MAX_FILE_BYTES } from './intake.js';
import { raising, type Problem } from './problems.js';
import { EN_CSV, EN_DATASET_PLACED } from '../problems/en-csv.js';
import { EN_SHEETS } from '../problems/en-sheets.js';
import { EN_TIMELINE } from '../problems/en-timeline.js';
import type { CsvCode, DatasetCode, ProblemParams, SheetCode, SheetWhere, TimelineCode } from '../problems/codes.js';
import { readSheetDates } from './sheet-dates.js';
import { looksLikeTimelineJsCsv } from './timelinejs-csv.js';
import { Failure, openSheetFetch, type Fetched, type FailureKind } from './sheet-fetch.js';
import { parseSheetLink, publishedCsvUrl, publishedPageUrl, publishedTabs, tabUrl } from './sheet-links.js';

export { parseSheetLink, publishedTabs, tabUrl, type SheetLink } from './sheet-links.js';
export type { FailureKind } from './sheet-fetch.js';

const { error } = /* @__PURE__ */ raising(EN_SHEETS);
/** Everything reading a sheet's tabs can say, in the tabs' words: rewording a converter's problem needs its code's words. */
const inTabs = /* @__PURE__ */ raising(EN_SHEETS, EN_CSV, EN_DATASET_PLACED, EN_TIMELINE);
type InTabs = SheetCode | CsvCode | DatasetCode | TimelineCode;

/**
 * A story read from a spreadsheet on the web: Google Sheets (its share link, or its "Publish to
 * the web" link) or a plain CSV URL per tab (a newsroom's own CDN). Pure: no DOM, no Node
 * built-ins; `fetch` is given by the caller (the browser's, Node's, a test's), so the embed, the
 * studio and `policy-explainer from-sheet` read a sheet the same way. Nothing throws: every
 * outcome is a value, `{ dataset?, problems, fetchedAt, failure? }`. Which links are read, and
 * what is relied on from Google: sheet-links.ts; the requests and their answers: sheet-fetch.ts.
 */

/** The tabs a story is read from, by name (the same as from-csv's files). */
export const SHEET_TABS: readonly TableName[] = TABLE_NAMES;

export interface SheetResult {
  dataset?: Dataset;
  /** Errors and warnings; a tab's problems name the tab as their `file`, with row and column. */
  problems: Problem[];
  /** When the read ended (ISO 8601): a story's "fetched at". */
  fetchedAt: string;
  /** Set when there is no dataset: why, as a problem, and its English words. */
  failure?: { kind: FailureKind; message: string; problem: Problem };
  /** What the sheet held: a story's tabs, or TimelineJS3's template (a timeline alone). */
  format?: 'story' | 'timeline';
}

export interface ReadSheetOptions {
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** The whole read, every tab, bodies included (default 15 s). */
  timeoutMs?: number;
  /** Rows a tab may have, header excluded (default 10,000: a story of 10,000 events is about 3 MB). */
  maxRows?: number;
  /** Bytes a tab may have (default MAX_FILE_BYTES, 5 MiB). */
  maxBytes?: number;
  /** Options for a story's conversion (story fields, today's date). */
  csv?: CsvOptions;
  /** Options for a TimelineJS3 sheet's conversion (asOf…). */
  timeline?: TimelineJsOptions;
  /** The clock, for fetchedAt (tests). */
  now?: () => Date;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_ROWS = 10_000;

/**
 * A tab's rows under its header when they are more than `limit`, else undefined: line ends are
 * counted first (at most `limit` of them cannot be too many rows), and only then the rows.
 */
function tooManyRows(text: string, limit: number): number | undefined {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks <= limit; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks <= limit) return undefined;
  const rows = readCells(text).rows;
  let count = rows.length - 1;
  while (count > 0 && rows[count].every((c) => c.trim() === '')) count--;
  return count > limit ? count : undefined;
}

/** Empty trailing rows and columns go (a sheet's clutter); everything else stays as it was. */
function tidy(rows: string[][]): string[][] {
  let last = rows.length - 1;
  while (last > 0 && rows[last].every((c) => c.trim() === '')) last--;
  const kept = rows.slice(0, last + 1);
  let width = 0;
  for (const r of kept) for (let c = r.length - 1; c >= width; c--) if (r[c].trim() !== '') width = c + 1;
  return kept.map((r) => r.slice(0, width));
}

/** Rows as CSV text, every cell quoted (what the converters read back exactly). */
const toCsv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');

/**
 * Tabs asked for by name from Google come back identical when the sheet has no tab of that name
 * (Google answers with its first tab). Of identical texts, the tab whose header row fits keeps it;
 * the others are absent.
 */
function sortOutTabs(fetched: Map<TableName, Fetched>): void {
  const byText = new Map<string, TableName[]>();
  for (const [tab, f] of fetched) if (f.text !== undefined) byText.set(f.text, [...(byText.get(f.text) ?? []), tab]);
  for (const [text, tabs] of byText) {
    if (tabs.length < 2) continue;
    const owner = tableFromHeader(text);
    for (const tab of tabs) if (tab !== owner) fetched.set(tab, {});
  }
}

/** Read, but the story has errors (by tab, row and column in the result's problems). */
const dataFailure = (format: 'story' | 'timeline') => {
  const problem = error('sheet-data', { format });
  return { kind: 'data' as const, message: problem.message, problem };
};

/** A converter's problem in the sheet's words: its tables are tabs ("events", 'the "events" tab'), not files (events.csv). */
const inSheetWords = (p: Problem<InTabs>): Problem => {
  const file = p.file && /\.csv$/i.test(p.file) ? p.file.replace(/\.csv$/i, '') : p.file;
  return inTabs.reworded(p, { tabs: true, ...(file === undefined ? {} : { file }) });
};

/**
 * Reads a story (or a TimelineJS3 timeline) from a sheet's link: every tab fetched at once, the
 * answers checked (HTML for CSV, 404, 429, 5xx, size), dates in a locale's form read or named, and
 * the tabs converted as `from-csv` converts files. Never throws.
 */
export async function readSheet(link: string, options: ReadSheetOptions): Promise<SheetResult> {
  const now = options.now ?? (() => new Date());
  const done = (r: Omit<SheetResult, 'fetchedAt'>): SheetResult => ({ ...r, fetchedAt: now().toISOString() });
  const fail = (kind: FailureKind, problem: Problem): SheetResult =>
    done({ problems: [problem], failure: { kind, message: problem.message, problem } });

  const parsed = parseSheetLink(link);
  if (!parsed.link) return fail('link', error('sheet-link', { ...(parsed.problem.params as ProblemParams['sheet-link']), where: 'link' }));
  const sheet = parsed.link;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;

  const { get, close } = openSheetFetch(sheet, { fetch: options.fetch, signal: options.signal, timeoutMs, maxBytes });

  try {
    const fetched = new Map<TableName, Fetched>();
    let timeline: string | undefined;
    if (sheet.kind === 'csv-file') {
      timeline = (await get(sheet.url, 'csv-file', false)).text ?? '';
    } else {
      let gids: Map<string, string> | undefined;
      if (sheet.kind === 'publish') {
        // The published page lists the tabs with their gids; one tab lists none.
        try {
          const page = await get(publishedPageUrl(sheet), 'published-page', false, true);
          gids = publishedTabs(page.text ?? '');
          if (gids.size === 0) timeline = (await get(publishedCsvUrl(sheet), 'published-sheet', false)).text ?? '';
        } catch (e) {
          if (!(e instanceof Failure) || e.kind !== 'network') throw e;
          gids = undefined; // unreadable here (cross-origin): ask for each tab by name
        }
      }
      if (timeline === undefined) {
        const results = await Promise.all(
          SHEET_TABS.map(async (tab) => {
            const optional = !REQUIRED_TABLES.includes(tab);
            if (gids && !gids.has(tab)) return [tab, {}] as const;
            return [tab, await get(tabUrl(sheet, tab, gids?.get(tab)), { tab }, optional)] as const;
          }),
        );
        for (const [tab, f] of results) fetched.set(tab, f);
        // A TimelineJS3 template: every name answered with its one tab, or a tab named events holding it.
        const events = fetched.get('events')?.text;
        if (events !== undefined && looksLikeTimelineJsCsv(events)) timeline = events;
        else if (!gids && sheet.kind !== 'csv') sortOutTabs(fetched);
      }
    }

    const problems: Problem<SheetCode>[] = [];
    const prepare = (tab: string, text: string, where: SheetWhere = { tab }): string => {
      const count = tooManyRows(text, maxRows);
      if (count !== undefined) throw new Failure('too-large', 'sheet-too-many-rows', { count, max: maxRows }, where);
      const rows = tidy(readCells(text).rows);
      problems.push(...readSheetDates(tab, rows));
      return toCsv(rows);
    };

    if (timeline !== undefined) {
      const text = prepare('timeline', timeline, 'sheet');
      if (!looksLikeTimelineJsCsv(text))
        throw new Failure('not-found', 'sheet-not-timeline', { csvFile: sheet.kind === 'csv-file' }, 'sheet');
      const result = timelineJsCsvToDataset({ name: 'timeline.csv', text }, options.timeline);
      const all = [...problems.map(inSheetWords), ...result.problems];
      if (result.dataset && !problems.some((p) => p.severity === 'error'))
        return done({ dataset: result.dataset, problems: all, format: 'timeline' });
      return done({ problems: all, failure: dataFailure('timeline'), format: 'timeline' });
    }

    const missing = REQUIRED_TABLES.filter((t) => fetched.get(t)?.text === undefined);
    if (missing.length) throw new Failure('not-found', 'sheet-tabs-missing', { tabs: missing }, 'sheet');
    const files = [...fetched]
      .filter(([, f]) => f.text !== undefined)
      .map(([tab, f]) => ({ name: `${tab}.csv`, text: prepare(tab, f.text!) }));
    const result = csvToDataset(files, options.csv);
    // Without names for the story's fields (the command line's flags), messages name the tabs only.
    const words = (p: Problem<InTabs>) =>
      inSheetWords(
        !options.csv?.names && (p.code === 'csv-no-title' || p.code === 'csv-no-as-of')
          ? inTabs.reworded(p, { params: { field: undefined } })
          : p,
      );
    // A date cell already named as ambiguous is not named again by validation.
    const named = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}.csv\u0000${p.row}\u0000${p.column}`));
    const rest = result.problems.filter((p) => !named.has(`${p.file}\u0000${p.row}\u0000${p.column}`));
    const all = [...problems, ...rest].map(words);
    if (result.dataset && !problems.some((p) => p.severity === 'error'))
      return done({ dataset: result.dataset, problems: all, format: 'story' });
    return done({ problems: all, failure: dataFailure('story'), format: 'story' });
  } catch (e) {
    if (e instanceof Failure) {
      const f = e as Failure;
      if (f.code === 'sheet-not-shared' || f.code === 'sheet-not-published') return fail(f.kind, error(f.code, {}));
      // The failure's values, and what was being read: each code's own pair (the union is too wide for TypeScript to follow).
      return fail(f.kind, error(f.code, { ...f.params, where: f.tab ?? 'sheet' } as never));
    }
    return fail('network', error('sheet-read-failed', { where: 'sheet', detail: String((e as Error)?.message ?? e) }));
  } finally {
    close();
  }
}
