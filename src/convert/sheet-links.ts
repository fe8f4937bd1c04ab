import { tableOf } from './csv-read.js';
import { MAX_FILE_BYTES } from './intake.js';
import { madeUp, raising, type Problem } from './problems.js';
import { EN_SHEETS } from '../problems/en-sheets.js';
import type { LinkWhy } from '../problems/codes.js';

const { error } = /* @__PURE__ */ raising(EN_SHEETS);

/**
 * Which links a sheet is read from, and each tab's CSV URL. Pure: strings in, strings out.
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

export type SheetLink =
  /** A Google Sheets share link: the spreadsheet's id, and the tab the link was opened at. */
  | { kind: 'share'; id: string; gid?: string; origin: string }
  /** A "Publish to the web" link: the published document's id. */
  | { kind: 'publish'; pubId: string; origin: string }
  /** A CSV URL per tab: `{tab}` in `template` is the tab's name. */
  | { kind: 'csv'; template: string }
  /** One CSV file that names no tab (TimelineJS3's template). */
  | { kind: 'csv-file'; url: string };

const GOOGLE_HOST = 'docs.google.com';
const ID = '[A-Za-z0-9_-]{10,}';

/** Recognises a link, or says why it is not one this reads (a problem naming the link). */
export function parseSheetLink(link: string): { link: SheetLink; problem?: undefined } | { link?: undefined; problem: Problem } {
  const text = typeof link === 'string' ? link.trim() : '';
  const refuse = (why: LinkWhy) => ({
    problem: error(
      'sheet-link',
      { why },
      text ? { origin: text.length > 200 ? `${text.slice(0, 200)}…` : text } : madeUp({ made: 'link' }),
    ),
  });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(text ? 'not-url' : 'empty');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse({ scheme: url.protocol });
  if (url.hostname === GOOGLE_HOST) {
    if (url.protocol !== 'https:') return refuse('google-http');
    const pub = new RegExp(`^/spreadsheets/d/e/(${ID})/(pubhtml|pub)$`).exec(url.pathname.replace(/\/+$/, ''));
    if (pub) return { link: { kind: 'publish', pubId: pub[1], origin: url.origin } };
    const share = new RegExp(`^/spreadsheets/(?:u/\\d+/)?d/(${ID})(?:/[^]*)?$`).exec(url.pathname);
    if (share && share[1] !== 'e') {
      const gid = /(?:^|[#&?])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1];
      return { link: { kind: 'share', id: share[1], ...(gid ? { gid } : {}), origin: url.origin } };
    }
    return refuse('google-not-sheet');
  }
  if (url.hostname.endsWith('.google.com') || url.hostname.endsWith('.googleusercontent.com')) return refuse('google-other');
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
  return refuse('neither');
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
