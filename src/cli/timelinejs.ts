import { basename } from 'node:path';
import { validate } from '../data/validate.js';
import { isRealDate, compareDates, startOf } from '../data/dates.js';
import type { Dataset, Source, TimelineEvent } from '../data/types.js';
import { CliError, EXIT_INVALID, EXIT_OK, dateOption, info, n, readText, today, warn, writeOutput, type Command } from './io.js';
import { slug } from './from-csv.js';
import { scanJson } from '../convert/json-locate.js';
import { describeCounts, counts } from './validate-command.js';

/** The parts of a TimelineJS3 JSON file this converter reads (https://timeline.knightlab.com/docs/json-format.html). */
interface TLDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}
interface TLSlide {
  start_date?: TLDate;
  end_date?: TLDate;
  text?: { headline?: string; text?: string };
  media?: { url?: string; caption?: string; credit?: string; link?: string };
  group?: string;
  display_date?: string;
  background?: unknown;
  unique_id?: string;
}
interface TLFile {
  title?: TLSlide;
  events?: TLSlide[];
  eras?: unknown[];
  scale?: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  deg: '°',
  euro: '€',
  pound: '£',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  uuml: 'ü',
  ccedil: 'ç',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  iexcl: '¡',
  iquest: '¿',
};

const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[e] ?? whole;
  });

/**
 * TimelineJS text is HTML; a dataset's text is plain. Tags go (paragraphs and line breaks become
 * line breaks), entities are decoded, scripts and styles are dropped with their content, and the
 * http(s) links are returned so the caller can say they were dropped.
 */
export function htmlToText(html: string): { text: string; links: string[]; hadMarkup: boolean } {
  const links: string[] = [];
  const hadMarkup = /<[a-z!/][^>]*>/i.test(html);
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi, (_m, _q, a?: string, b?: string, c?: string) => {
      const href = decodeEntities((a ?? b ?? c ?? '').trim());
      if (/^https?:\/\//i.test(href)) links.push(href);
      return '';
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|li|tr|table|section|article)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  s = decodeEntities(s)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: s, links, hadMarkup };
}

const int = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return undefined;
};

/** A TimelineJS date object as a dataset date at its precision: "1985", "2022-08", "2017-01-25". */
export function tlDate(d: TLDate | undefined): { date?: string; problem?: string; time: boolean } {
  if (!d || typeof d !== 'object') return { problem: 'has no start_date', time: false };
  const year = int(d.year);
  if (year === undefined) return { problem: `has no usable year (${JSON.stringify(d.year)})`, time: false };
  if (year < 1 || year > 9999) return { problem: `is dated in the year ${year}, outside 0001–9999`, time: false };
  const time = [d.hour, d.minute, d.second, d.millisecond].some((v) => v !== undefined && v !== '' && v !== null);
  const month = d.month === undefined || d.month === '' || d.month === null ? undefined : int(d.month);
  const day = d.day === undefined || d.day === '' || d.day === null ? undefined : int(d.day);
  let date = String(year).padStart(4, '0');
  if (month !== undefined) {
    date += `-${String(month).padStart(2, '0')}`;
    if (day !== undefined) date += `-${String(day).padStart(2, '0')}`;
  }
  if ((d.month !== undefined && d.month !== '' && month === undefined) || !isRealDate(date))
    return { problem: `has a date that does not exist (${JSON.stringify(d)})`, time };
  return { date, time };
}

const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export interface Conversion {
  dataset: Dataset;
  warnings: string[];
}

const PLACEHOLDER: Source = { id: 'source-needed', label: 'Source needed: replace this with where the event comes from' };

/** Converts a parsed TimelineJS3 file into a dataset; `warnings` says everything that was dropped or made up. */
export function convertTimelineJs(input: unknown, opts: { file: string; asOf?: string; id?: string; updated?: string }): Conversion {
  if (input && typeof input === 'object' && 'timeline' in input) {
    throw new CliError(
      `${opts.file} looks like a TimelineJS2 file ("timeline": {…}); this command reads the TimelineJS3 JSON format ({ "events": [...] })`,
    );
  }
  if (input && typeof input === 'object' && 'asOf' in input) {
    throw new CliError(`${opts.file} is already a policy-explainer dataset (it has "asOf"), not a TimelineJS3 file`);
  }
  const tl = input as TLFile;
  if (!tl || typeof tl !== 'object' || !Array.isArray(tl.events)) {
    throw new CliError(`${opts.file} is not a TimelineJS3 file: it needs an "events" array`);
  }
  const warnings: string[] = [];
  const dropped = { group: new Set<string>(), displayDate: 0, background: 0, time: 0, media: 0, markup: 0 };
  const links: string[] = [];
  const sources: Source[] = [];
  const sourceKey = new Map<string, string>();
  // Event and source ids share one namespace here, so no generated id can take the placeholder's.
  const ids = new Set<string>([PLACEHOLDER.id]);
  const events: TimelineEvent[] = [];
  let placeholderUses = 0;

  const uniqueId = (base: string) => {
    let id = base.slice(0, 60).replace(/-+$/, '') || 'event';
    for (let k = 2; ids.has(id); k++) id = `${base.slice(0, 56).replace(/-+$/, '')}-${k}`;
    ids.add(id);
    return id;
  };

  tl.events.forEach((slide, i) => {
    const where = `event ${i + 1}`;
    if (!slide || typeof slide !== 'object') {
      warnings.push(`${where} is not an object: skipped`);
      return;
    }
    const start = tlDate(slide.start_date);
    const headline = htmlToText(String(slide.text?.headline ?? ''));
    const body = htmlToText(String(slide.text?.text ?? ''));
    const named = headline.text ? `"${truncate(headline.text, 50)}"` : where;
    if (!start.date) {
      warnings.push(`${named} ${start.problem}: skipped`);
      return;
    }
    if (start.time) dropped.time++;
    let end: string | undefined;
    if (slide.end_date) {
      const e = tlDate(slide.end_date);
      if (e.time) dropped.time++;
      if (!e.date) warnings.push(`${named}: end_date ${e.problem?.replace(/^has /, '')}; dropped`);
      else if (startOf(e.date) <= startOf(start.date))
        warnings.push(`${named}: end_date ${e.date} is not after ${start.date}; dropped (an event on one date needs no end)`);
      else end = e.date;
    }
    let title = headline.text.replace(/\s*\n+\s*/g, ' ');
    if (!title) {
      title = body.text ? truncate(body.text.split(/(?<=[.!?])\s|\n/)[0].replace(/\.$/, ''), 120) : `Event ${i + 1}`;
      warnings.push(`${where} (${start.date}) has no headline: titled "${title}"`);
    } else if (title.length > 300) {
      title = truncate(title, 300);
      warnings.push(`${named}: headline shortened to 300 characters`);
    }
    let summary = body.text || undefined;
    if (summary && summary.length > 5000) {
      summary = truncate(summary, 5000);
      warnings.push(`${named}: text shortened to 5000 characters`);
    }
    if (headline.hadMarkup || body.hadMarkup) dropped.markup++;
    links.push(...headline.links, ...body.links);
    if (slide.group) dropped.group.add(String(slide.group));
    if (slide.display_date || slide.start_date?.display_date || slide.end_date?.display_date) dropped.displayDate++;
    if (slide.background) dropped.background++;
    const id = uniqueId(slide.unique_id ? slug(String(slide.unique_id)) : slug(title));

    // A source per media credit or link; otherwise the placeholder the editor must replace.
    const cited: string[] = [];
    const m = slide.media;
    if (m && typeof m === 'object') {
      const url = [m.link, m.url].map((u) => String(u ?? '').trim()).find((u) => /^https?:\/\/[^\s]+$/i.test(u) && u.length <= 2000);
      const credit = htmlToText(String(m.credit ?? '')).text.replace(/\s+/g, ' ');
      const caption = htmlToText(String(m.caption ?? '')).text.replace(/\s+/g, ' ');
      if (m.url) dropped.media++;
      if (url || credit) {
        const key = `${url ?? ''}\u0000${credit}`;
        let sid = sourceKey.get(key);
        if (!sid) {
          sid = uniqueId(slug(credit ? `source-${credit}` : `source-${id}`));
          // "Riverside Ledger: The 1998 plan" tells two pieces of one publisher apart.
          const label = truncate(
            credit && caption ? `${credit}: ${caption}` : credit || caption || (url ? new URL(url).hostname : 'Media'),
            300,
          );
          sources.push({
            id: sid,
            label,
            ...(credit && credit !== label ? { publisher: truncate(credit, 200) } : {}),
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

  if (!events.length)
    throw new CliError(`${opts.file}: no event could be converted${warnings.length ? `:\n  ${warnings.join('\n  ')}` : ''}`);
  events.sort((a, b) => compareDates(a.date, b.date));
  if (placeholderUses) {
    sources.push(PLACEHOLDER);
    warnings.push(
      `${n(placeholderUses, 'event cites', 'events cite')} the placeholder source "${PLACEHOLDER.id}" (no media credit or link): replace it with the real sources`,
    );
  }
  if (dropped.group.size)
    warnings.push(`TimelineJS groups dropped (${[...dropped.group].join(', ')}): policy-explainer groups actors, not events`);
  if (dropped.displayDate)
    warnings.push(`display_date dropped on ${n(dropped.displayDate, 'event')}: dates are shown at their own precision`);
  if (dropped.time) warnings.push(`time of day dropped on ${n(dropped.time, 'date')}: dates are days at most`);
  if (dropped.media)
    warnings.push(
      `media (images, video, embeds) of ${n(dropped.media, 'event')} not shown by policy-explainer; credits and links became sources`,
    );
  if (dropped.background) warnings.push(`backgrounds of ${n(dropped.background, 'event')} dropped`);
  if (dropped.markup) warnings.push(`HTML formatting removed from ${n(dropped.markup, 'event')} (text is plain)`);
  if (links.length)
    warnings.push(
      `${n(links.length, 'link')} in the text dropped; add them as sources if they are: ${[...new Set(links)].slice(0, 5).join(', ')}${links.length > 5 ? ', …' : ''}`,
    );
  if (tl.eras?.length) warnings.push(`${n(tl.eras.length, 'era')} dropped: a span can be an event with an end date`);
  if (tl.title?.media) warnings.push('the title slide’s media dropped');
  warnings.push('no actors, issues or stances in a TimelineJS file: the stance matrix stays empty until you add them');

  const titleText = htmlToText(String(tl.title?.text?.headline ?? '')).text.replace(/\s*\n+\s*/g, ' ');
  const titleSummary = htmlToText(String(tl.title?.text?.text ?? '')).text;
  let title = truncate(titleText, 300);
  if (!title) {
    title =
      basename(opts.file)
        .replace(/\.json$/i, '')
        .replace(/[-_]+/g, ' ')
        .trim() || 'Timeline';
    warnings.push(`no title slide headline: titled "${title}" after the file`);
  }
  const asOf = opts.asOf ?? today();
  if (!opts.asOf) warnings.push(`asOf set to today (${asOf}); give --as-of for the date the facts are current to`);
  const dataset = {
    id: opts.id ?? slug(title),
    title,
    ...(titleSummary ? { summary: truncate(titleSummary, 5000) } : {}),
    asOf,
    updated: opts.updated ?? today(),
    sources,
    events,
    actors: [],
    issues: [],
    stances: [],
  } as unknown as Dataset;
  return { dataset, warnings };
}

export const fromTimelineJsCommand: Command = {
  name: 'from-timelinejs',
  summary: 'convert a TimelineJS3 JSON file into a dataset (its events)',
  args: { min: 1, max: 1 },
  options: { output: { type: 'string', short: 'o' }, 'as-of': { type: 'string' }, id: { type: 'string' } },
  help: `Usage: policy-explainer from-timelinejs <timeline.json> [-o story.json] [--as-of YYYY-MM-DD] [--id id]

Converts a TimelineJS3 JSON file ({ "title": …, "events": [{ "start_date": {…}, "text": {…} }] })
into a policy-explainer dataset, a starting point for a story with positions:

  - each event keeps its date at its precision (year, month or day), its end_date as a span,
    its headline as the title and its text as the summary, HTML stripped to plain text;
    its unique_id (or its headline) becomes its id; its kind is "event";
  - a media credit or link becomes a source; an event without one cites the placeholder source
    "source-needed", which you must replace;
  - the title slide gives the dataset's title and summary.

Everything dropped (groups, eras, display dates, media, links, times of day, formatting) is listed
as a warning on standard error. Add actors, issues and stances to fill the stance matrix.

Options:
  -o, --output <file>   write the dataset here (default: standard output)
  --as-of <date>        the date the facts are current to (default: today)
  --id <id>             the dataset's id (default: made from the title)
  -h, --help            show this help

Exit code: 0 written, 1 unreadable or unconvertible file, 2 wrong usage.`,
  async run([file], values) {
    const asOf = dateOption('as-of', values['as-of'], isRealDate);
    const id = values.id as string | undefined;
    const scan = scanJson(await readText(file));
    if (!scan.ok)
      throw new CliError(`${file}:${scan.error.position.line}:${scan.error.position.column}: not valid JSON: ${scan.error.message}`);
    const { dataset, warnings } = convertTimelineJs(scan.value, { file, asOf, id });
    for (const w of warnings) warn(w);
    const result = validate(dataset);
    if (!result.ok) {
      for (const p of result.problems) process.stderr.write(`${p.path}: ${p.message}\n`);
      process.stderr.write(`FAIL the converted dataset has ${n(result.problems.length, 'problem')}; nothing was written\n`);
      return EXIT_INVALID;
    }
    const out = values.output as string | undefined;
    await writeOutput(JSON.stringify(dataset, null, 2) + '\n', out);
    info(`OK ${out && out !== '-' ? out : 'dataset'}: ${describeCounts(counts(dataset))}; as of ${dataset.asOf}`);
    return EXIT_OK;
  },
};
