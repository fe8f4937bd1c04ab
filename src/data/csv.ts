import type { Dataset, Text } from './types.js';

/**
 * The dataset as spreadsheet tables (RFC 4180 CSV), for "Get the data" and for editors who keep
 * stories in spreadsheets. Text fields get one column per language (`title_en`, `title_es`);
 * id lists are joined with ";". The same columns are read back by `policy-explainer from-csv`.
 */
export type Table = 'events' | 'actors' | 'issues' | 'stances' | 'sources' | 'groups';

/**
 * Each table's columns in order, as `name` (plain value), `name:text` (one column per language)
 * or `name:ids` (ids joined with ";"). The one list both the widget and the command line use.
 */
export const COLUMNS: Record<Table, string> = {
  events: 'id date end kind title:text summary:text actors:ids sources:ids',
  actors: 'id name:text role:text group',
  issues: 'id label:text description:text short:text',
  stances: 'actor issue position basis date quote quoteLang quoteBy:text quoteTranslation:text quoteSource summary:text sources:ids',
  sources: 'id label:text url archived publisher date',
  groups: 'id label:text',
};

/**
 * A table's column heads as a spreadsheet shows them: a text field's columns as `title_en…` (one
 * per language), ids and plain values by name. For help texts and the README (generated from this).
 */
export const columnHeads = (table: Table): string[] =>
  COLUMNS[table].split(' ').map((c) => (c.endsWith(':text') ? `${c.slice(0, -5)}_en…` : c.split(':')[0]));

/** One CSV cell: RFC 4180 quoting; a leading = + - @ (tab, CR) is kept as text with "'". */
export const cell = (value: unknown): string => {
  let s = value === undefined || value === null ? '' : String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: keep it text (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows as CSV text, CRLF line ends, a final line end. */
export const formatRows = (rows: unknown[][]) => rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

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
  const columns = COLUMNS[table].split(' ').map((c) => c.split(':'));
  const header = columns.flatMap(([name, kind]) => (kind === 'text' ? langs.map((l) => `${name}_${l}`) : [name]));
  const rows = ((d[table] ?? []) as unknown as Record<string, unknown>[]).map((item) =>
    columns.flatMap(([name, kind]) => {
      const v = item[name];
      return kind === 'text'
        ? langs.map((l) => text(v as Text | undefined, l))
        : kind === 'ids'
          ? [(v as string[] | undefined)?.join(';')]
          : [v];
    }),
  );
  return formatRows([header, ...rows]);
}
