import { columnLetter } from './csv-tables.js';
import { parseCells } from './csv-read.js';
import { baseName, stripBom, type TextFile } from './files.js';
import { raising, type Place, type Problem } from './problems.js';
import { EN_TIMELINE } from '../problems/en-timeline.js';
import type { TimelineCode } from '../problems/codes.js';
import type { TLDate, TLFile, TLSlide } from './from-timelinejs.js';

const { error, warning } = /* @__PURE__ */ raising(EN_TIMELINE);

/**
 * TimelineJS3's Google Sheets template, exported as CSV (File › Download › CSV) or pasted as a
 * tab, read the way TimelineJS itself reads it (src/js/core/ConfigFactory.js in its package:
 * extractEventFromCSVObject and handleRow): one row per slide, `Type` "title" for the title
 * slide and "era" for eras, dates in Year/Month/Day (+ Time) columns. The result is the JSON
 * format's shape, so both go through one converter; each slide remembers its row.
 */

/** The template's columns (v3), as TimelineJS names them; "Tag" and "Alt Text" are older spellings it also reads. */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
const ALSO_READ = ['Tag', 'Alt Text'];

const normal = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');

/** A header row is the TimelineJS template's when it has its Year and Headline columns. */
export function looksLikeTimelineJsCsv(text: string): boolean {
  const header = parseCells(stripBom(text).slice(0, 4096))[0]?.map(normal) ?? [];
  return header.includes('year') && header.includes('headline');
}

/** "1,815" → "1815": TimelineJS drops spaces and thousands separators from its date cells. */
const integer = (s: string) => s.replace(/[\s,]+/g, '');

/** A time cell ("3:30 PM", "15:30") marks the date as having a time of day, which the converter drops (and counts). */
const withTime = (date: TLDate, time: string): TLDate => (time ? { ...date, hour: time } : date);

export interface TimelineJsSheet {
  /** The file as TimelineJS's JSON format has it. */
  timeline: TLFile;
  /** Where each of `timeline.events` came from. */
  places: Place[];
  problems: Problem<TimelineCode>[];
}

/** Reads the template's rows into a TimelineJS3 JSON object; an error when the header is not the template's. */
export function timelineJsCsvToJson(file: TextFile): TimelineJsSheet {
  const name = baseName(file.name);
  const rows = parseCells(stripBom(file.text));
  const problems: Problem<TimelineCode>[] = [];
  const header = rows[0]?.map(normal) ?? [];
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    if (!h) return;
    const known = [...TIMELINEJS_COLUMNS, ...ALSO_READ].find((c) => normal(c) === h);
    if (known && !col.has(known)) col.set(known, i);
    else if (!known)
      problems.push(
        warning(
          'tl-column-unknown',
          { header: rows[0][i].trim() },
          {
            file: name,
            row: 1,
            column: columnLetter(i),
            value: rows[0][i],
          },
        ),
      );
  });
  if (header.includes('start date'))
    return {
      timeline: { events: [] },
      places: [],
      problems: [error('tl-template-v1', {}, { file: name })],
    };
  if (!col.has('Year') || !col.has('Headline'))
    return {
      timeline: { events: [] },
      places: [],
      problems: [error('tl-not-template', { columns: [...TIMELINEJS_COLUMNS] }, { file: name })],
    };

  const timeline: TLFile & { title?: TLSlide; eras: TLSlide[]; events: TLSlide[] } = { events: [], eras: [] };
  const places: Place[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: string) => {
      const at = col.get(c);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) return;
    const slide: TLSlide = {
      text: { headline: get('Headline'), text: get('Text') },
      ...(get('Display Date') ? { display_date: get('Display Date') } : {}),
      ...(get('Group') || get('Tag') ? { group: get('Group') || get('Tag') } : {}),
      ...(get('Background') ? { background: get('Background') } : {}),
    };
    if (get('Media') || get('Media Credit') || get('Media Caption'))
      slide.media = { url: get('Media'), credit: get('Media Credit'), caption: get('Media Caption') };
    if (get('Year'))
      slide.start_date = withTime({ year: integer(get('Year')), month: integer(get('Month')), day: integer(get('Day')) }, get('Time'));
    if (get('End Year'))
      slide.end_date = withTime(
        { year: integer(get('End Year')), month: integer(get('End Month')), day: integer(get('End Day')) },
        get('End Time'),
      );
    const type = get('Type').toLowerCase();
    if (type === 'title') {
      if (!timeline.title) {
        timeline.title = slide;
        return;
      }
      problems.push(warning('tl-second-title', {}, { file: name, row }));
    } else if (type === 'era') {
      timeline.eras.push(slide);
      return;
    }
    if (!slide.start_date) {
      // TimelineJS needs a year on every slide but the title; name the row here, where the producer can find it.
      const at = col.get('Year')!;
      problems.push(
        warning(
          'tl-no-year',
          {},
          {
            file: name,
            row,
            column: columnLetter(at),
            header: 'Year',
            value: cells[at] ?? '',
          },
        ),
      );
      return;
    }
    timeline.events.push(slide);
    places.push({ file: name, row });
  });
  if (!timeline.eras.length) delete (timeline as { eras?: unknown }).eras;
  return { timeline, places, problems };
}
