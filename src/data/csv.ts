import type { Dataset, Text } from './types.js';

/**
 * The dataset as spreadsheet tables (RFC 4180 CSV), for "Get the data" and for editors who keep
 * stories in spreadsheets. Text fields get one column per language (`title_en`, `title_es`);
 * id lists are joined with ";". The same columns are read back by `policy-explainer from-csv`.
 */
export type Table = 'events' | 'actors' | 'issues' | 'stances' | 'sources';

const cell = (value: unknown): string => {
  let s = value === undefined || value === null ? '' : String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: keep it text (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Every language a dataset's text uses, English first: one CSV column per language. */
export const languagesOf = (d: Dataset): string[] => {
  const found = new Set(['en']);
  JSON.stringify(d, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'en' in v) for (const k of Object.keys(v)) found.add(k);
    return v;
  });
  return [...found];
};

/** One language of a text field, for its CSV column ("" where that language is missing). */
export const text = (t: Text | undefined, lang: string) =>
  t === undefined ? '' : typeof t === 'string' ? (lang === 'en' ? t : '') : (t[lang] ?? '');

/** One table of a dataset as CSV text, header row first. */
export function toCsv(d: Dataset, table: Table): string {
  const langs = languagesOf(d);
  const per = (name: string) => langs.map((l) => `${name}_${l}`);
  const texts = (t: Text | undefined) => langs.map((l) => text(t, l));
  const rows: unknown[][] = [];
  switch (table) {
    case 'events':
      rows.push(['id', 'date', 'end', 'kind', ...per('title'), ...per('summary'), 'actors', 'sources']);
      for (const e of d.events)
        rows.push([e.id, e.date, e.end, e.kind, ...texts(e.title), ...texts(e.summary), e.actors?.join(';'), e.sources.join(';')]);
      break;
    case 'actors':
      rows.push(['id', ...per('name'), ...per('role'), 'group']);
      for (const a of d.actors) rows.push([a.id, ...texts(a.name), ...texts(a.role), a.group]);
      break;
    case 'issues':
      rows.push(['id', ...per('label'), ...per('description')]);
      for (const i of d.issues) rows.push([i.id, ...texts(i.label), ...texts(i.description)]);
      break;
    case 'stances':
      rows.push(['actor', 'issue', 'position', 'basis', 'date', 'quote', 'quoteLang', ...per('quoteBy'), ...per('summary'), 'sources']);
      for (const s of d.stances)
        rows.push([
          s.actor,
          s.issue,
          s.position,
          s.basis,
          s.date,
          s.quote,
          s.quoteLang,
          ...texts(s.quoteBy),
          ...texts(s.summary),
          s.sources?.join(';'),
        ]);
      break;
    case 'sources':
      rows.push(['id', ...per('label'), 'url', 'publisher', 'date']);
      for (const s of d.sources) rows.push([s.id, ...texts(s.label), s.url, s.publisher, s.date]);
      break;
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
