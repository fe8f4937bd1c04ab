import type { CodeWords, LinkWhy, SheetCode, SheetWhere } from './codes.js';
import { mb, n } from './en-place.js';

/** A live sheet: its link, its reading, and its dates as the sheet shows them (sheets.ts, sheet-links.ts, sheet-fetch.ts, sheet-dates.ts), in English. */

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? mb(bytes) : `${Math.ceil(bytes / 1024)} KB`);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2022-04-10" → "10 April 2022", for messages that must be read by anyone, whatever their locale. */
const spelled = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const PLAIN_TEXT =
  'type dates as YYYY-MM-DD (2014-01-14, 2022-08 or 1985) and format the date column as plain text (Format › Number › Plain text), so the sheet shows them as typed';

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

export const EN_SHEETS: CodeWords<SheetCode> = {
  'date-read': (p) =>
    `read as ${p.date}${p.more ? ` (and ${n(p.more, 'more date')} in this column)` : ''}: the sheet shows dates as its locale writes them; to be sure none is misread, ${PLAIN_TEXT}`,
  'date-ambiguous': (p) =>
    `is ${spelled(p.readings[0])} or ${spelled(p.readings[1])}: the sheet shows this date as its locale writes dates, and both readings are real dates; ${PLAIN_TEXT}`,

  'sheet-link': (p) =>
    `${p.why === 'empty' ? '' : where(p.where)}${LINK_WHY(p.why)}. Give the link Google Sheets gives under Share (the sheet shared with "Anyone with the link"), its File › Share › Publish to the web link, or a CSV URL per tab with {tab} in it (https://example.org/story/{tab}.csv)`,
  'sheet-timeout': (p) => `${where(p.where)}did not answer within ${p.seconds} s`,
  'sheet-aborted': (p) => `${where(p.where)}was not read: the read was stopped`,
  'sheet-unreachable': (p) =>
    `${where(p.where)}could not be reached (${p.detail})${p.google ? `; a browser also reports this when Google answers with a sign-in page because ${(p.google === 'publish' ? NOT_PUBLISHED : NOT_SHARED).replace(/^this sheet/, 'the sheet')}` : ''}`,
  'sheet-throttled': (p) => `${where(p.where)}is read too often right now (429 Too Many Requests): Google limits how often a sheet is read`,
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
};
