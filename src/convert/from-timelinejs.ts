import { isRealDate, compareDates, startOf } from '../data/dates.js';
import type { Dataset, Source, TimelineEvent } from '../data/types.js';
import { validate } from '../data/validate.js';
import { slug, today } from './defaults.js';
import { baseName, stripBom, type TextFile } from './files.js';
import { htmlToText } from './html-text.js';
import { scanJson } from './json-locate.js';
import { raising, type Conversion, type Place, type Problem } from './problems.js';
import { EN_JSON } from '../problems/en-json.js';
import { EN_TIMELINE } from '../problems/en-timeline.js';
import type { DatasetCode, JsonCode, ProblemParams, Slide, TimelineCode, TimelineDateWhy } from '../problems/codes.js';
import { looksLikeTimelineJsCsv, timelineJsCsvToJson } from './timelinejs-csv.js';
import { ID_MAX_LENGTH, maxLengthOf } from './schema-facts.js';

const { error, warning } = /* @__PURE__ */ raising(EN_TIMELINE);

/** What a TimelineJS3 file's conversion can say: its own, its JSON's, the validator's. */
type TimelineJsCode = TimelineCode | JsonCode | DatasetCode;

/**
 * A TimelineJS3 file (https://timeline.knightlab.com/docs/json-format.html) as a dataset: the
 * events of a story whose actors, questions and stances an editor then adds. Nothing is dropped
 * silently: every group, era, display date, time of day, media item or link left behind is a
 * warning.
 */

export interface TimelineJsOptions {
  /** The date the facts are current to (default: today, with a warning). */
  asOf?: string;
  /** The dataset's id (default: made from the title). */
  id?: string;
  /** When the data was last edited (default: today). */
  updated?: string;
  /** Today's date, YYYY-MM-DD (default: today in UTC). */
  today?: string;
  /** How a person gives `asOf`, for the warning: by default the command line's "--as-of". */
  names?: { asOf?: string };
}

/** The parts of a TimelineJS3 JSON file this converter reads (https://timeline.knightlab.com/docs/json-format.html). */
export interface TLDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}
export interface TLSlide {
  start_date?: TLDate;
  end_date?: TLDate;
  text?: { headline?: string; text?: string };
  media?: { url?: string; caption?: string; credit?: string; link?: string };
  group?: string;
  display_date?: string;
  background?: unknown;
  unique_id?: string;
}
export interface TLFile {
  title?: TLSlide;
  events?: TLSlide[];
  eras?: unknown[];
  scale?: string;
}

const int = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return undefined;
};

/** A TimelineJS date object as a dataset date at its precision: "1985", "2022-08", "2017-01-25". */
export function tlDate(d: TLDate | undefined): { date?: string; problem?: TimelineDateWhy; time: boolean } {
  if (!d || typeof d !== 'object') return { problem: { none: true }, time: false };
  const year = int(d.year);
  if (year === undefined) return { problem: { year: String(JSON.stringify(d.year)) }, time: false };
  if (year < 1 || year > 9999) return { problem: { outside: year }, time: false };
  const time = [d.hour, d.minute, d.second, d.millisecond].some((v) => v !== undefined && v !== '' && v !== null);
  const month = d.month === undefined || d.month === '' || d.month === null ? undefined : int(d.month);
  const day = d.day === undefined || d.day === '' || d.day === null ? undefined : int(d.day);
  let date = String(year).padStart(4, '0');
  if (month !== undefined) {
    date += `-${String(month).padStart(2, '0')}`;
    if (day !== undefined) date += `-${String(day).padStart(2, '0')}`;
  }
  if ((d.month !== undefined && d.month !== '' && month === undefined) || !isRealDate(date))
    return { problem: { impossible: JSON.stringify(d) }, time };
  return { date, time };
}

/** A web address that a browser can open, or undefined (never throws). */
function webUrl(s: string): URL | undefined {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** How long the schema lets each text be (data/schema.json). */
const MAX = {
  title: maxLengthOf('Event', 'title'),
  summary: maxLengthOf('Event', 'summary'),
  label: maxLengthOf('Source', 'label'),
  publisher: maxLengthOf('Source', 'publisher'),
  url: maxLengthOf('Source', 'url'),
  storyTitle: maxLengthOf('Dataset', 'title'),
  storySummary: maxLengthOf('Dataset', 'summary'),
};

const PLACEHOLDER: Source = { id: 'source-needed', label: 'Source needed: replace this with where the event comes from' };

/**
 * Converts a parsed TimelineJS3 file into a dataset (not yet validated); the problems say
 * everything that was dropped or made up, or why nothing could be converted. `placeOf(i)` names
 * where the i-th event came from (a spreadsheet row, for the CSV template).
 */
function convert(
  input: unknown,
  file: string,
  opts: TimelineJsOptions,
  placeOf: (i: number) => Place = () => ({}),
): Conversion<TimelineCode> {
  const fail = (code: 'tl-v2' | 'tl-dataset' | 'tl-no-events'): Conversion<TimelineCode> => ({ problems: [error(code, {}, { file })] });
  if (input && typeof input === 'object' && 'timeline' in input) return fail('tl-v2');
  if (input && typeof input === 'object' && 'asOf' in input) return fail('tl-dataset');
  const tl = input as TLFile;
  if (!tl || typeof tl !== 'object' || !Array.isArray(tl.events)) return fail('tl-no-events');
  const warnings: Problem<TimelineCode>[] = [];
  const note = <C extends TimelineCode>(code: C, params: ProblemParams[C], place: Place = {}) =>
    warnings.push(warning(code, params, place) as Problem<TimelineCode>);
  const dropped = { group: new Set<string>(), displayDate: 0, background: 0, time: 0, media: 0, markup: 0 };
  const links: string[] = [];
  const sources: Source[] = [];
  const sourceKey = new Map<string, string>();
  // Event and source ids share one namespace here, so no generated id can take the placeholder's.
  const ids = new Set<string>([PLACEHOLDER.id]);
  const events: TimelineEvent[] = [];
  let placeholderUses = 0;

  // Room for a "-2" … "-9999999" suffix within the schema's id length. Each base remembers the
  // next suffix to try, so 10,000 slides that share a headline take 10,000 steps, not 50 million.
  const nextSuffix = new Map<string, number>();
  const uniqueId = (base: string) => {
    let id = base.slice(0, ID_MAX_LENGTH - 4).replace(/-+$/, '') || 'event';
    if (ids.has(id)) {
      const stem = base.slice(0, ID_MAX_LENGTH - 8).replace(/-+$/, '') || 'event';
      let k = nextSuffix.get(stem) ?? 2;
      while (ids.has(`${stem}-${k}`)) k++;
      id = `${stem}-${k}`;
      nextSuffix.set(stem, k + 1);
    }
    ids.add(id);
    return id;
  };
  /**
   * A field's text: a string as it is, a number as its digits; anything else (an object such as
   * {"toString":0}, a list) is no text: left out, and said where.
   */
  const textOf = (value: unknown, field: string, place: Place, slide?: Slide, titleSlide = false): string => {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    const shape = Array.isArray(value) ? 'list' : 'object';
    note('tl-not-text', { ...(slide ? { slide } : {}), field, ...(titleSlide ? { titleSlide } : {}), shape }, place);
    return '';
  };

  tl.events.forEach((slide, i) => {
    const where: Slide = { event: i + 1 };
    const place = placeOf(i);
    if (!slide || typeof slide !== 'object') {
      note('tl-slide-not-object', { slide: where }, place);
      return;
    }
    const start = tlDate(slide.start_date);
    const slideText: { headline?: unknown; text?: unknown } = slide.text && typeof slide.text === 'object' ? slide.text : {};
    const headline = htmlToText(textOf(slideText.headline, 'text.headline', place, where));
    const body = htmlToText(textOf(slideText.text, 'text.text', place, where));
    const named: Slide = headline.text ? { headline: truncate(headline.text, 50) } : where;
    if (!start.date) {
      note('tl-start', { slide: named, why: start.problem! }, place);
      return;
    }
    if (start.time) dropped.time++;
    let end: string | undefined;
    if (slide.end_date) {
      const e = tlDate(slide.end_date);
      if (e.time) dropped.time++;
      if (!e.date) note('tl-end-dropped', { slide: named, why: e.problem! }, place);
      else if (startOf(e.date) <= startOf(start.date)) note('tl-end-not-after', { slide: named, end: e.date, start: start.date }, place);
      else end = e.date;
    }
    let title = headline.text.replace(/\s*\n+\s*/g, ' ');
    if (!title) {
      title = body.text ? truncate(body.text.split(/(?<=[.!?])\s|\n/)[0].replace(/\.$/, ''), 120) : `Event ${i + 1}`;
      note('tl-no-headline', { slide: where, date: start.date, title }, place);
    } else if (title.length > MAX.title) {
      title = truncate(title, MAX.title);
      note('tl-headline-shortened', { slide: named, max: MAX.title }, place);
    }
    let summary = body.text || undefined;
    if (summary && summary.length > MAX.summary) {
      summary = truncate(summary, MAX.summary);
      note('tl-text-shortened', { slide: named, max: MAX.summary }, place);
    }
    if (headline.hadMarkup || body.hadMarkup) dropped.markup++;
    links.push(...headline.links, ...body.links);
    const group = textOf(slide.group, 'group', place, named);
    if (group) dropped.group.add(group);
    if (slide.display_date || slide.start_date?.display_date || slide.end_date?.display_date) dropped.displayDate++;
    if (slide.background) dropped.background++;
    const uid = textOf(slide.unique_id, 'unique_id', place, named);
    const id = uniqueId(uid ? slug(uid) : slug(title));

    // A source per media credit or link; otherwise the placeholder the editor must replace.
    const cited: string[] = [];
    const m = slide.media;
    if (m && typeof m === 'object') {
      const candidates = [textOf(m.link, 'media.link', place, named), textOf(m.url, 'media.url', place, named)].map((u) => u.trim());
      let url: string | undefined;
      for (const u of candidates) {
        if (!/^https?:\/\/[^\s]+$/i.test(u) || u.length > MAX.url) continue;
        const parsed = webUrl(u);
        if (parsed) {
          url = u;
          break;
        }
        // It looks like a link but is none (a browser could not open it): said, never a crash.
        note('tl-media-link', { slide: named, url: truncate(u, 80) }, place);
      }
      const credit = htmlToText(textOf(m.credit, 'media.credit', place, named)).text.replace(/\s+/g, ' ');
      const caption = htmlToText(textOf(m.caption, 'media.caption', place, named)).text.replace(/\s+/g, ' ');
      if (m.url) dropped.media++;
      if (url || credit) {
        const key = `${url ?? ''}\u0000${credit}`;
        let sid = sourceKey.get(key);
        if (!sid) {
          sid = uniqueId(slug(credit ? `source-${credit}` : `source-${id}`));
          // "Riverside Ledger: The 1998 plan" tells two pieces of one publisher apart.
          const label = truncate(
            credit && caption ? `${credit}: ${caption}` : credit || caption || (url ? (webUrl(url)?.hostname ?? 'Media') : 'Media'),
            MAX.label,
          );
          sources.push({
            id: sid,
            label,
            ...(credit && credit !== label ? { publisher: truncate(credit, MAX.publisher) } : {}),
            ...(url ? { url } : {}),
          });
          sourceKey.set(key, sid);
        }
        cited.push(sid);
      }
    }
    if (!cited.length) placeholderUses++;
    const [first = PLACEHOLDER.id, ...more] = cited;
    events.push({
      id,
      date: start.date,
      ...(end ? { end } : {}),
      kind: 'event',
      title,
      ...(summary ? { summary } : {}),
      actors: [],
      sources: [first, ...more],
    });
  });

  if (!events.length) return { problems: [...warnings, error('tl-none-converted', {}, { file })] };
  events.sort((a, b) => compareDates(a.date, b.date));
  if (placeholderUses) {
    sources.push(PLACEHOLDER);
    note('tl-placeholder', { count: placeholderUses, id: PLACEHOLDER.id });
  }
  if (dropped.group.size) note('tl-groups', { groups: [...dropped.group] });
  if (dropped.displayDate) note('tl-display-date', { count: dropped.displayDate });
  if (dropped.time) note('tl-time', { count: dropped.time });
  if (dropped.media) note('tl-media', { count: dropped.media });
  if (dropped.background) note('tl-backgrounds', { count: dropped.background });
  if (dropped.markup) note('tl-markup', { count: dropped.markup });
  if (links.length) note('tl-links', { count: links.length, links: [...new Set(links)].slice(0, 5) });
  if (Array.isArray(tl.eras) && tl.eras.length) note('tl-eras', { count: tl.eras.length });
  if (tl.title?.media) note('tl-title-media', {});
  note('tl-no-matrix', {});

  const titleSlideText: { headline?: unknown; text?: unknown } =
    tl.title && typeof tl.title === 'object' && tl.title.text && typeof tl.title.text === 'object' ? tl.title.text : {};
  const titleText = htmlToText(textOf(titleSlideText.headline, 'text.headline', {}, undefined, true)).text.replace(/\s*\n+\s*/g, ' ');
  const titleSummary = htmlToText(textOf(titleSlideText.text, 'text.text', {}, undefined, true)).text;
  let title = truncate(titleText, MAX.storyTitle);
  if (!title) {
    title =
      baseName(file)
        .replace(/\.(json|csv|tsv|txt)$/i, '')
        .replace(/[-_]+/g, ' ')
        .trim() || 'Timeline';
    note('tl-no-title', { title });
  }
  const asOf = opts.asOf ?? opts.today ?? today();
  if (!opts.asOf) note('tl-as-of-today', { date: asOf, field: opts.names?.asOf ?? '--as-of' });
  const dataset = {
    id: opts.id ?? slug(title),
    title,
    ...(titleSummary ? { summary: truncate(titleSummary, MAX.storySummary) } : {}),
    asOf,
    updated: opts.updated ?? opts.today ?? today(),
    sources,
    events,
    actors: [],
    issues: [],
    stances: [],
  } as unknown as Dataset;
  return { dataset, problems: warnings };
}

/** A TimelineJS file is its template's CSV (or a tab of it, pasted) unless its text starts as JSON does. */
export const isTimelineJsCsv = (file: TextFile): boolean =>
  !/^\s*[{[]/.test(stripBom(file.text)) && (/\.(csv|tsv|txt)$/i.test(file.name) || looksLikeTimelineJsCsv(file.text));

/** The converted timeline, validated: the validator's problems after the converter's. */
function validated(converted: Conversion<TimelineCode>): Conversion<TimelineCode | DatasetCode> {
  if (!converted.dataset) return converted;
  const result = validate(converted.dataset);
  if (result.ok) return { dataset: result.dataset, problems: converted.problems };
  return { problems: [...converted.problems, ...result.problems] };
}

/**
 * A dataset from TimelineJS3's Google Sheets template as CSV (a live sheet's tab, or the template
 * exported): what timelineJsToDataset does for such a file, without the JSON reader, so that a
 * bundle reading only sheets (dist/modules/live.js) carries neither it nor its words.
 */
export function timelineJsCsvToDataset(file: TextFile, options: TimelineJsOptions = {}): Conversion<TimelineCode | DatasetCode> {
  const sheet = timelineJsCsvToJson(file);
  if (sheet.problems.some((p) => p.severity === 'error')) return { problems: sheet.problems };
  const result = convert(sheet.timeline, file.name, options, (i) => sheet.places[i]);
  return validated({ ...result, problems: [...sheet.problems, ...result.problems] });
}

/**
 * A dataset from a TimelineJS3 file — its JSON format, or its Google Sheets template exported as
 * CSV (or pasted as a tab) — : its events (dates at their precision, HTML made plain, media
 * credits as sources), validated. Everything dropped or made up is a warning (with its row, from
 * the template); a file that is not JSON or the template, not TimelineJS3, or has no event that
 * converts is an error.
 */
export function timelineJsToDataset(file: TextFile, options: TimelineJsOptions = {}): Conversion<TimelineJsCode> {
  if (isTimelineJsCsv(file)) return timelineJsCsvToDataset(file, options);
  const scan = scanJson(file.text);
  if (!scan.ok)
    return {
      problems: [raising(EN_JSON).error('json-invalid', { error: scan.error.reason }, { file: file.name, position: scan.error.position })],
    };
  return validated(convert(scan.value, file.name, options));
}
