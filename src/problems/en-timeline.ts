import type { CodeWords, Slide, TimelineCode, TimelineDateWhy } from './codes.js';
import { more, n } from './en-place.js';

/** TimelineJS3 files and templates (from-timelinejs.ts, timelinejs-csv.ts), in English. */

const slide = (s: Slide) => ('event' in s ? `event ${s.event}` : `"${s.headline}"`);
const dateWhy = (w: TimelineDateWhy) =>
  'none' in w
    ? 'has no start_date'
    : 'year' in w
      ? `has no usable year (${w.year})`
      : 'outside' in w
        ? `is dated in the year ${w.outside}, outside 0001–9999`
        : `has a date that does not exist (${w.impossible})`;

export const EN_TIMELINE: CodeWords<TimelineCode> = {
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
  'tl-links': (p) => `${n(p.count, 'link')} in the text dropped; add them as sources if they are: ${p.links.join(', ')}${more(p.count, 5)}`,
  'tl-eras': (p) => `${n(p.count, 'era')} dropped: a span can be an event with an end date`,
  'tl-title-media': () => 'the title slide’s media dropped',
  'tl-no-matrix': () => 'no actors, issues or stances in a TimelineJS file: the stance matrix stays empty until you add them',
  'tl-no-title': (p) => `no title slide headline: titled "${p.title}" after the file`,
  'tl-as-of-today': (p) => `asOf set to today (${p.date}); give ${p.field} for the date the facts are current to`,
};
