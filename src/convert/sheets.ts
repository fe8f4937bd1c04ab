import type { Dataset } from '../data/types.js';
import { TABLE_NAMES, REQUIRED_TABLES, type TableName } from './csv-tables.js';
import { readCells, tableOf } from './csv-read.js';
import { csvToDataset, type CsvOptions } from './from-csv.js';
import { timelineJsToDataset, type TimelineJsOptions } from './from-timelinejs.js';
import { stripBom } from './files.js';
import { tableFromHeader, MAX_FILE_BYTES } from './intake.js';
import { error, type Problem } from './problems.js';
import { readSheetDates } from './sheet-dates.js';
import { looksLikeTimelineJsCsv } from './timelinejs-csv.js';

/**
 * A story read from a spreadsheet on the web: Google Sheets (its share link, or its "Publish to
 * the web" link) or a plain CSV URL per tab (a newsroom's own CDN). Pure: no DOM, no Node
 * built-ins; `fetch` is given by the caller (the browser's, Node's, a test's), so the embed, the
 * studio and `policy-explainer from-sheet` read a sheet the same way. Nothing throws: every
 * outcome is a value, `{ dataset?, problems, fetchedAt, failure? }`.
 *
 * What it relies on from Google (public behaviour, not a documented API; see
 * docs in the README, "Keep a story current"):
 * - Share link (`/spreadsheets/d/<ID>/edit…`, the sheet shared "anyone with the link"): each tab
 *   by name as CSV from the Visualization API, `/spreadsheets/d/<ID>/gviz/tq?tqx=out:csv&headers=1&sheet=<NAME>`.
 *   It answers with displayed values, every cell quoted; `headers=1` pins one header row. A name
 *   it does not know is answered with the *first* tab, so tabs that come back identical are told
 *   apart by their header row (see `sortOutTabs`).
 * - "Publish to the web" link (`/spreadsheets/d/e/<PUBID>/pubhtml` or `/pub?…`): a published tab
 *   as CSV needs its gid (`/pub?gid=<GID>&single=true&output=csv`, answered after a redirect to
 *   Google's content host). The gids are read from the published page itself (`pubhtml` lists the
 *   tabs as `<li id="sheet-button-<GID>">NAME</li>`); a document of one tab lists none, and its CSV
 *   is `/pub?output=csv`. When that page cannot be read (a browser may refuse it cross-origin),
 *   tabs are asked for by name (`/pub?output=csv&sheet=<NAME>`), which is reported to answer an
 *   unknown name with the first tab, so the same header check applies.
 * - A private or unpublished sheet answers with an HTML page (a sign-in page, an error), not CSV;
 *   that is "not shared" (or "not published"), never a parse error.
 *
 * A plain CSV link is either a URL with a `{tab}` placeholder (`https://cdn.example.org/story/{tab}.csv`)
 * or a URL of one tab named by its table (`…/story/events.csv`): the other tabs are its siblings
 * (`…/story/actors.csv`). A missing optional tab answers 404. A CSV URL that names no tab
 * (`…/timeline.csv`) is one file: TimelineJS3's template.
 */

/** The tabs a story is read from, by name (the same as from-csv's files). */
export const SHEET_TABS: readonly TableName[] = TABLE_NAMES;

export type SheetLink =
  /** A Google Sheets share link: the spreadsheet's id, and the tab the link was opened at. */
  | { kind: 'share'; id: string; gid?: string; origin: string }
  /** A "Publish to the web" link: the published document's id. */
  | { kind: 'publish'; pubId: string; origin: string }
  /** A CSV URL per tab: `{tab}` in `template` is the tab's name. */
  | { kind: 'csv'; template: string }
  /** One CSV file that names no tab (TimelineJS3's template). */
  | { kind: 'csv-file'; url: string };

/** Why a sheet gave no story; the elements keep their last good story on any of these. */
export type FailureKind =
  | 'link' // not a link this reads
  | 'not-shared' // a share link to a sheet not shared with anyone who has the link
  | 'not-published' // a publish link to a document no longer published
  | 'not-found' // no such sheet, or a required tab missing
  | 'throttled' // 429: Google limits how often a sheet is read
  | 'server' // 5xx
  | 'timeout'
  | 'network' // no answer at all (offline, DNS, refused by the browser)
  | 'aborted' // the caller's signal
  | 'too-large' // a tab over the row or byte limit
  | 'data'; // read, but the story has errors (by tab, row and column in `problems`)

export interface SheetResult {
  dataset?: Dataset;
  /** Errors and warnings; a tab's problems name the tab as their `file`, with row and column. */
  problems: Problem[];
  /** When the read ended (ISO 8601): a story's "fetched at". */
  fetchedAt: string;
  /** Set when there is no dataset. */
  failure?: { kind: FailureKind; message: string };
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

const GOOGLE_HOST = 'docs.google.com';
const ID = '[A-Za-z0-9_-]{10,}';

/** Recognises a link, or says why it is not one this reads (a problem naming the link). */
export function parseSheetLink(link: string): { link: SheetLink; problem?: undefined } | { link?: undefined; problem: Problem } {
  const text = typeof link === 'string' ? link.trim() : '';
  const refuse = (why: string) => ({
    problem: error(
      `${why}. Give the link Google Sheets gives under Share (the sheet shared with "Anyone with the link"), its File › Share › Publish to the web link, or a CSV URL per tab with {tab} in it (https://example.org/story/{tab}.csv)`,
      { origin: text.length > 200 ? `${text.slice(0, 200)}…` : text || 'the link' },
    ),
  });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(text ? 'is not a web address' : 'no link given');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(`is a ${url.protocol} address, not a web address`);
  if (url.hostname === GOOGLE_HOST) {
    if (url.protocol !== 'https:') return refuse('is a Google Sheets link without https');
    const pub = new RegExp(`^/spreadsheets/d/e/(${ID})/(pubhtml|pub)$`).exec(url.pathname.replace(/\/+$/, ''));
    if (pub) return { link: { kind: 'publish', pubId: pub[1], origin: url.origin } };
    const share = new RegExp(`^/spreadsheets/(?:u/\\d+/)?d/(${ID})(?:/[^]*)?$`).exec(url.pathname);
    if (share && share[1] !== 'e') {
      const gid = /(?:^|[#&?])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1];
      return { link: { kind: 'share', id: share[1], ...(gid ? { gid } : {}), origin: url.origin } };
    }
    return refuse('is a Google link, but not to a spreadsheet (…/spreadsheets/d/…)');
  }
  if (url.hostname.endsWith('.google.com') || url.hostname.endsWith('.googleusercontent.com'))
    return refuse('is a Google address that is not a spreadsheet link');
  // A CSV URL per tab: a {tab} placeholder (as typed, or as a browser encodes it).
  if (/\{tab\}|%7Btab%7D/i.test(text)) return { link: { kind: 'csv', template: text.replace(/%7Btab%7D/gi, '{tab}') } };
  const last = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
  if (/\.csv$/i.test(last)) {
    const table = tableOf(last);
    if (table) {
      // "…/story/events.csv" (or "Story - events.csv"): the other tabs are beside it.
      const i = url.pathname.lastIndexOf('/') + 1;
      const raw = url.pathname.slice(i);
      const at = raw.toLowerCase().lastIndexOf(`${table}.csv`);
      const template = `${url.origin}${url.pathname.slice(0, i)}${raw.slice(0, at)}{tab}${raw.slice(at + table.length)}${url.search}`;
      if (at >= 0) return { link: { kind: 'csv', template } };
    }
    return { link: { kind: 'csv-file', url: text } };
  }
  return refuse('is neither a Google Sheets link nor a CSV URL (no {tab} in it, and it does not end in .csv)');
}

/**
 * The CSV URL of a tab, by its name. A published document's tabs need their gid (from
 * `publishedTabs`); without one, the tab is asked for by name.
 */
export function tabUrl(link: SheetLink, tab: string, gid?: string): string {
  const name = encodeURIComponent(tab);
  switch (link.kind) {
    case 'share':
      return `${link.origin}/spreadsheets/d/${link.id}/gviz/tq?tqx=out:csv&headers=1&sheet=${name}`;
    case 'publish':
      return gid !== undefined
        ? `${link.origin}/spreadsheets/d/e/${link.pubId}/pub?gid=${encodeURIComponent(gid)}&single=true&output=csv`
        : `${link.origin}/spreadsheets/d/e/${link.pubId}/pub?output=csv&sheet=${name}`;
    case 'csv':
      return link.template.split('{tab}').join(name);
    case 'csv-file':
      return link.url;
  }
}

/** The published document's page, which lists its tabs. */
export const publishedPageUrl = (link: Extract<SheetLink, { kind: 'publish' }>) => `${link.origin}/spreadsheets/d/e/${link.pubId}/pubhtml`;
/** A published document of one tab: its CSV. */
export const publishedCsvUrl = (link: Extract<SheetLink, { kind: 'publish' }>) =>
  `${link.origin}/spreadsheets/d/e/${link.pubId}/pub?output=csv`;

/** Tab names and gids from a published document's page (`<li id="sheet-button-GID">…NAME…</li>`); empty for a document of one tab. */
export function publishedTabs(html: string): Map<string, string> {
  const tabs = new Map<string, string>();
  const re = /<li\b[^>]{0,200}?\bid="sheet-button-(\d+)"[^>]{0,200}>([^]{0,400}?)<\/li>/gi;
  for (const m of html.slice(0, MAX_FILE_BYTES).matchAll(re)) {
    const name = m[2]
      .replace(/<[^>]{0,200}>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .trim();
    if (name && !tabs.has(name.toLowerCase())) tabs.set(name.toLowerCase(), m[1]);
  }
  return tabs;
}

/** A failed read, as an error that stops everything. */
class Failure {
  constructor(
    readonly kind: FailureKind,
    readonly message: string,
    readonly tab?: string,
  ) {}
}

interface Fetched {
  /** The tab's text, or undefined when it is absent (an optional tab that answered 404). */
  text?: string;
}

/** Google's (or anyone's) HTML page where CSV was asked for. */
const isHtml = (contentType: string, head: string) => /\btext\/html\b/i.test(contentType) || /^\s*</.test(head);

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Reads a body up to `maxBytes`, refusing more without reading it all. */
async function readBody(res: Response, maxBytes: number, tab: string, until: <T>(p: Promise<T>) => Promise<T>): Promise<string> {
  const tooLarge = (bytes: number) =>
    new Failure(
      'too-large',
      `is more than ${kb(maxBytes)} (${kb(bytes)} or more): is it the right sheet? A story's tab is far smaller`,
      tab,
    );
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  const reader = res.body?.getReader?.();
  if (!reader) {
    const text = await until(res.text());
    if (text.length > maxBytes) throw tooLarge(text.length);
    return text;
  }
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await until(reader.read());
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge(bytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

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

const describeTab = (tab: string) => `the "${tab}" tab`;

/** Turns "events.csv" in converter messages into the sheet's words. */
const inSheetWords = (p: Problem): Problem => {
  const file = p.file && /\.csv$/i.test(p.file) ? p.file.replace(/\.csv$/i, '') : p.file;
  const message = p.message
    .replace(/\ba (\w+)\.csv\b/g, 'a "$1" tab')
    .replace(/\b(events|actors|issues|stances|sources|groups|dataset|notes)\.csv\b/g, (_m, t: string) => describeTab(t));
  return { ...p, ...(file === undefined ? {} : { file }), message };
};

/**
 * Reads a story (or a TimelineJS3 timeline) from a sheet's link: every tab fetched at once, the
 * answers checked (HTML for CSV, 404, 429, 5xx, size), dates in a locale's form read or named, and
 * the tabs converted as `from-csv` converts files. Never throws.
 */
export async function readSheet(link: string, options: ReadSheetOptions): Promise<SheetResult> {
  const now = options.now ?? (() => new Date());
  const done = (r: Omit<SheetResult, 'fetchedAt'>): SheetResult => ({ ...r, fetchedAt: now().toISOString() });
  const fail = (kind: FailureKind, message: string, problems: Problem[] = []): SheetResult =>
    done({ problems: [...problems, ...(kind === 'data' ? [] : [error(message)])], failure: { kind, message } });

  const parsed = parseSheetLink(link);
  if (!parsed.link) return fail('link', `the link ${parsed.problem.message}`);
  const sheet = parsed.link;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;

  // One controller for the whole read: the caller's signal and the timeout both end it, and every
  // wait (headers, each chunk of a body) gives up when it does, even if `fetch` ignores the signal.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const stopped = new Promise<never>((_, reject) => {
    const stop = () =>
      reject(
        timedOut
          ? new Failure('timeout', `did not answer within ${timeoutMs / 1000} s`)
          : new Failure('aborted', 'was not read: the read was stopped'),
      );
    if (controller.signal.aborted) stop();
    else controller.signal.addEventListener('abort', stop, { once: true });
  });
  stopped.catch(() => {});
  const until = <T>(p: Promise<T>) => Promise.race([p, stopped]);

  const google = sheet.kind === 'share' || sheet.kind === 'publish';
  const notShared =
    sheet.kind === 'publish'
      ? 'this sheet is not published to the web: in Google Sheets, File › Share › Publish to the web › Entire document › Publish (or use its share link instead)'
      : 'this sheet is not shared with anyone who has the link: in Google Sheets, Share › General access › "Anyone with the link" (Viewer)';

  /** One request: the text, or absent (404 of an optional tab), or a Failure thrown. */
  const get = async (url: string, tab: string, optional: boolean, expectHtml = false): Promise<Fetched> => {
    let res: Response;
    try {
      res = await until(options.fetch(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' }));
    } catch (e) {
      if (e instanceof Failure) throw e;
      if (controller.signal.aborted)
        throw timedOut
          ? new Failure('timeout', `did not answer within ${timeoutMs / 1000} s`)
          : new Failure('aborted', 'was not read: the read was stopped');
      throw new Failure(
        'network',
        google
          ? `could not be reached (${String((e as Error)?.message ?? e)}); a browser also reports this when Google answers with a sign-in page because ${notShared.replace(/^this sheet/, 'the sheet')}`
          : `could not be reached (${String((e as Error)?.message ?? e)})`,
        tab,
      );
    }
    if (res.status === 429)
      throw new Failure('throttled', 'is read too often right now (429 Too Many Requests): Google limits how often a sheet is read', tab);
    if (res.status >= 500) throw new Failure('server', `answered ${res.status}: the sheet's host has a problem; try again later`, tab);
    const contentType = res.headers.get('content-type') ?? '';
    if (res.status === 404 && optional && !google) {
      void res.body?.cancel().catch(() => {});
      return {};
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => {});
      if (google && (res.status === 401 || res.status === 403 || res.status === 404 || /html/i.test(contentType)))
        throw new Failure(sheet.kind === 'publish' ? 'not-published' : 'not-shared', notShared, tab);
      throw new Failure(res.status === 404 ? 'not-found' : 'server', `answered ${res.status} ${res.statusText}`.trim(), tab);
    }
    const text = stripBom(await readBody(res, maxBytes, tab, until));
    if (!expectHtml && isHtml(contentType, text.slice(0, 200))) {
      if (google) throw new Failure(sheet.kind === 'publish' ? 'not-published' : 'not-shared', notShared, tab);
      throw new Failure('not-found', 'is a web page, not CSV: is the link the CSV file’s own address?', tab);
    }
    return { text };
  };

  try {
    const fetched = new Map<TableName, Fetched>();
    let timeline: string | undefined;
    if (sheet.kind === 'csv-file') {
      timeline = (await get(sheet.url, 'the CSV file', false)).text ?? '';
    } else {
      let gids: Map<string, string> | undefined;
      if (sheet.kind === 'publish') {
        // The published page lists the tabs with their gids; one tab lists none.
        try {
          const page = await get(publishedPageUrl(sheet), 'the published page', false, true);
          gids = publishedTabs(page.text ?? '');
          if (gids.size === 0) timeline = (await get(publishedCsvUrl(sheet), 'the published sheet', false)).text ?? '';
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
            return [tab, await get(tabUrl(sheet, tab, gids?.get(tab)), tab, optional)] as const;
          }),
        );
        for (const [tab, f] of results) fetched.set(tab, f);
        // A TimelineJS3 template: every name answered with its one tab, or a tab named events holding it.
        const events = fetched.get('events')?.text;
        if (events !== undefined && looksLikeTimelineJsCsv(events)) timeline = events;
        else if (!gids && sheet.kind !== 'csv') sortOutTabs(fetched);
      }
    }

    const problems: Problem[] = [];
    const prepare = (tab: string, text: string): string => {
      const count = tooManyRows(text, maxRows);
      if (count !== undefined)
        throw new Failure(
          'too-large',
          `has ${count.toLocaleString('en')} rows under its header, more than the ${maxRows.toLocaleString('en')} a tab can have: is it the right sheet? A story this long would not load in a reader's browser`,
          tab,
        );
      const rows = tidy(readCells(text).rows);
      problems.push(...readSheetDates(tab, rows));
      return toCsv(rows);
    };

    if (timeline !== undefined) {
      const text = prepare('timeline', timeline);
      if (!looksLikeTimelineJsCsv(text))
        throw new Failure(
          'not-found',
          sheet.kind === 'csv-file'
            ? 'is neither TimelineJS3’s template nor a link per tab: give a URL with {tab} in it for a story’s tabs'
            : 'has none of the tabs events, actors, issues and stances, and is not TimelineJS3’s template',
          'the sheet',
        );
      const result = timelineJsToDataset({ name: 'timeline.csv', text }, options.timeline);
      const all = [...problems.map(inSheetWords), ...result.problems];
      if (result.dataset && !problems.some((p) => p.severity === 'error'))
        return done({ dataset: result.dataset, problems: all, format: 'timeline' });
      return done({ problems: all, failure: { kind: 'data', message: 'the timeline has errors' }, format: 'timeline' });
    }

    const missing = REQUIRED_TABLES.filter((t) => fetched.get(t)?.text === undefined);
    if (missing.length)
      throw new Failure(
        'not-found',
        `has no tab named ${missing.map((t) => `"${t}"`).join(', ')}: a story needs tabs named events, actors, issues and stances (the studio's template has them all), or TimelineJS3's template`,
        'the sheet',
      );
    const files = [...fetched]
      .filter(([, f]) => f.text !== undefined)
      .map(([tab, f]) => ({ name: `${tab}.csv`, text: prepare(tab, f.text!) }));
    const result = csvToDataset(files, options.csv);
    // Without names for the story's fields (the command line's flags), messages name the tabs only.
    const words = (p: Problem) => {
      const q = inSheetWords(p);
      return options.csv?.names ? q : { ...q, message: q.message.replace(/ or --[a-z-]+ (?:"…"|YYYY-MM-DD)/g, '') };
    };
    // A date cell already named as ambiguous is not named again by validation.
    const named = new Set(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}.csv\u0000${p.row}\u0000${p.column}`));
    const rest = result.problems.filter((p) => !named.has(`${p.file}\u0000${p.row}\u0000${p.column}`));
    const all = [...problems, ...rest].map(words);
    if (result.dataset && !problems.some((p) => p.severity === 'error'))
      return done({ dataset: result.dataset, problems: all, format: 'story' });
    return done({ problems: all, failure: { kind: 'data', message: 'the story in the sheet has errors' }, format: 'story' });
  } catch (e) {
    if (e instanceof Failure) {
      const where = e.tab === undefined ? 'the sheet' : (SHEET_TABS as string[]).includes(e.tab) ? describeTab(e.tab) : e.tab;
      const message = e.kind === 'not-shared' || e.kind === 'not-published' ? e.message : `${where} ${e.message}`;
      return fail(e.kind, message);
    }
    return fail('network', `could not be read: ${String((e as Error)?.message ?? e)}`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}
