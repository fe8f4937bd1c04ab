import schema from '../../data/schema.json' with { type: 'json' };
import type { Dataset } from './types.js';
import { isRealDate, startOf } from './dates.js';
import { pointerJoin as pointer } from './json-pointer.js';
import type { DatasetCode, Expect, Problem as AnyProblem, ProblemParams, Shown } from '../problems/codes.js';
import { EN_DATASET, listOf } from '../problems/en-dataset.js';

/** One thing wrong with a dataset: where (a JSON pointer into the input), its code and values, and its English words. */
export type Problem = AnyProblem<DatasetCode> & { path: string };

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** A problem at `path`, its English words written from its code. */
function problem<C extends DatasetCode>(path: string, code: C, params: ProblemParams[C]): Problem {
  const message = (EN_DATASET[code] as (params: ProblemParams[C], place: object) => string)(params, {});
  return { code, params, severity: 'error', path, message } as Problem;
}

/**
 * The part of JSON Schema 2020-12 that check() interprets, and so all that data/schema.json may use.
 * Not Ajv: a strict CSP would not stop it (its standalone validators are compiled at build time,
 * no `new Function`), but its compiled validator for data/schema.json alone outweighs this file
 * and the schema together, and it speaks schema ("must have required property"), where an editor
 * needs what to write ("is missing: it should be a date…").
 * The price: a keyword outside this list would be silently ignored here while Ajv enforces it, so
 * test/node/schema.test.mjs walks the schema against this list, and runs Ajv beside this validator.
 */
export const SCHEMA_KEYWORDS = {
  /** Never a reason to reject: what the schema is, where $ref looks, words for people (and our messages). */
  annotations: ['$schema', '$id', '$defs', 'title', 'description'],
  /** Each decides alone (check() returns after it): only annotations may stand beside it. */
  alone: ['$ref', 'anyOf', 'enum'],
  /** Combine freely; `type` is one name, `items` one schema. */
  assertions: [
    'type',
    'pattern',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'items',
    'required',
    'properties',
    'additionalProperties',
    'propertyNames',
  ],
} as const;

/** A schema node: the keywords of SCHEMA_KEYWORDS that check() reads. */
interface Schema {
  $ref?: string;
  type?: string;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  anyOf?: Schema[];
}

const ROOT = schema as unknown as Schema & { $defs: Record<string, Schema> };
/** A report of thousands of problems helps nobody; the first ones are enough to act on. */
const MAX_PROBLEMS = 100;
/** Where every `$ref` of data/schema.json points: its own $defs. */
const DEFS = '#/$defs/';
const DATE_REF = `${DEFS}PartialDate`;

/** Each schema pattern compiled once (a dataset of 10,000 events checks ~60,000 strings). */
const patterns = new Map<string, RegExp>();
const matches = (pattern: string, text: string) => {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re.test(text);
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function show(value: unknown): Shown {
  const type = typeOf(value);
  if (type === 'string') {
    const s = value as string;
    return s.length > 40 ? { long: s.length } : { text: s };
  }
  if (type === 'array') return { array: (value as unknown[]).length };
  if (type === 'object') return { object: true };
  return { literal: String(value) };
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** A date as a spreadsheet's locale shows it (1/14/2014, 14.01.2014, 10-04-22). */
const LOCALE_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
/**
 * Checks `value` against the schema node `s`, found at `at` in data/schema.json (a JSON pointer:
 * where a description is, for the words). `what` is where the description of what the value must
 * look like is, when a definition gave one.
 */
function check(value: unknown, s: Schema, at: string, path: string, out: Problem[], what?: string): void {
  if (out.length >= MAX_PROBLEMS) return;
  if (s.$ref) {
    const name = s.$ref.slice(DEFS.length);
    const target = ROOT.$defs[name];
    const before = out.length;
    // The definition says what the value must look like; a property's own description is for schema readers.
    check(value, target, `/$defs/${name}`, path, out, target.description === undefined ? what : `/$defs/${name}`);
    if (s.$ref === DATE_REF && out.length === before && !isRealDate(value as string)) {
      out.push(problem(path, 'date-impossible', { got: show(value) }));
    }
    // 10/04/2022: a spreadsheet wrote the date in its locale's way; say how to keep it as typed.
    if (s.$ref === DATE_REF && out.length > before && typeof value === 'string' && LOCALE_DATE.test(value)) {
      const { code, params } = out[out.length - 1];
      out[out.length - 1] = problem(path, 'date-reformatted', { first: { code, params } as ProblemParams['date-reformatted']['first'] });
    }
    return;
  }
  const describe: Expect | undefined = what === undefined ? undefined : { schema: what };
  if (s.anyOf) {
    // Pick the branch whose type matches, so the message is about this value, not every alternative.
    const i = s.anyOf.findIndex((b) => b.type === typeOf(value));
    if (i >= 0) check(value, s.anyOf[i], `${at}/anyOf/${i}`, path, out, what);
    else out.push(problem(path, 'type', { expected: describe ?? { type: 'value' }, got: show(value) }));
    return;
  }
  if (s.enum) {
    if (!s.enum.includes(value)) out.push(problem(path, 'enum', { options: s.enum, got: show(value) }));
    return;
  }
  const type = typeOf(value);
  if (s.type && type !== s.type && !(s.type === 'number' && type === 'integer')) {
    const expected = s.type === 'object' && s.required ? { objectWith: s.required } : (describe ?? { type: s.type });
    out.push(problem(path, 'type', { expected, got: show(value) }));
    return;
  }
  if (type === 'string') {
    const str = value as string;
    if (s.minLength !== undefined && str.length < s.minLength) {
      out.push(problem(path, 'empty', {}));
    } else if (s.maxLength !== undefined && str.length > s.maxLength) {
      out.push(problem(path, 'too-long', { length: str.length, max: s.maxLength }));
    } else if (s.pattern && !matches(s.pattern, str)) {
      out.push(problem(path, 'pattern', { expected: describe ?? { pattern: s.pattern }, got: show(str) }));
    }
  } else if (type === 'array') {
    const arr = value as unknown[];
    if (s.minItems !== undefined && arr.length < s.minItems) {
      out.push(problem(path, 'too-few', { min: s.minItems }));
    } else if (s.maxItems !== undefined && arr.length > s.maxItems) {
      // Don't descend: checking 50,000 items to report one limit would freeze the page.
      out.push(problem(path, 'too-many', { count: arr.length, max: s.maxItems }));
    } else if (s.items) {
      for (let i = 0; i < arr.length && out.length < MAX_PROBLEMS; i++) check(arr[i], s.items, `${at}/items`, pointer(path, i), out);
    }
  } else if (type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of s.required ?? []) {
      if (!own(obj, key))
        out.push(problem(pointer(path, key), 'required', { expected: hint(s.properties?.[key], `${at}/properties/${key}`) }));
    }
    for (const key of Object.keys(obj)) {
      const keyPath = pointer(path, key);
      if (s.propertyNames) check(key, s.propertyNames, `${at}/propertyNames`, keyPath, out);
      const prop = s.properties && own(s.properties, key) ? s.properties[key] : undefined;
      if (prop) check(obj[key], prop, `${at}/properties/${key}`, keyPath, out);
      else if (s.additionalProperties === false) {
        out.push(problem(keyPath, 'unknown-field', { known: Object.keys(s.properties ?? {}) }));
      } else if (typeof s.additionalProperties === 'object')
        check(obj[key], s.additionalProperties, `${at}/additionalProperties`, keyPath, out);
    }
  }
}

/** What a missing field (the schema node at `at`) should hold: its format's description, its options, or its shape. */
function hint(prop: Schema | undefined, at: string): Expect {
  if (!prop) return { given: true };
  if (prop.$ref) return hint(ROOT.$defs[prop.$ref.slice(DEFS.length)], `/$defs/${prop.$ref.slice(DEFS.length)}`);
  if (prop.enum) return { oneOf: prop.enum };
  if (prop.description) return { schema: at };
  if (prop.type === 'array') return { list: prop.minItems ?? 0 };
  return { type: prop.type ?? 'value' };
}

/** What a JSON Schema cannot say: unique ids, references that resolve, date order, quotes on own words. */
/** The objects of a list that may not be one (input the schema already found wrong): a non-object item is an empty one, keeping its index. */
const list = <T = unknown>(v: unknown): T[] =>
  Array.isArray(v) ? v.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? x : typeof x === 'string' ? x : {})) : [];
const isDate = (v: unknown): v is string => typeof v === 'string' && isRealDate(v);

/**
 * Whether a problem of meaning stands on its own, beside the shape's problems (`shape`): one defect,
 * one problem. Dropped: a problem at or under a path the shape already reported; a rule between
 * fields of an item whose field the shape reported (a quote "needs basis own-words" when the basis
 * is missing); and a reference into a list, or to an id, the shape reported. References themselves
 * always count: a stance whose actor is "mayr" is reported beside an impossible date.
 */
function notFollowing(shape: Problem[]): (p: Problem) => boolean {
  const flagged = shape.map((p) => p.path);
  const under = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);
  const item = (path: string) => /^\/[^/]+\/\d+/.exec(path)?.[0];
  return (p) => {
    if (flagged.some((f) => under(p.path, f))) return false;
    if (p.code !== 'unknown-ref') return !flagged.some((f) => item(f) !== undefined && item(f) === item(p.path));
    const list = listOf(p.params.kind).slice(1);
    return !flagged.some((f) => f === `/${list}` || new RegExp(`^/${list}/\\d+(/id)?$`).test(f));
  };
}

function checkMeaning(d: Dataset, out: Problem[]): void {
  const idsOf = (collection: 'sources' | 'events' | 'actors' | 'issues' | 'groups') => {
    const seen = new Map<string, number>();
    list<{ id: string }>(d[collection]).forEach((item, i) => {
      if (typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else out.push(problem(`/${collection}/${i}/id`, 'duplicate-id', { id: item.id, first: `/${collection}/${first}` }));
    });
    return seen;
  };
  // A story shows what it has, but it must have something: a timeline, or a matrix.
  if (!list(d.events).length && !(list(d.actors).length && list(d.issues).length)) out.push(problem('/events', 'story-empty', {}));
  const sources = idsOf('sources');
  idsOf('events');
  const actors = idsOf('actors');
  const issues = idsOf('issues');
  const groups = d.groups ? idsOf('groups') : undefined;

  const ref = (ids: Map<string, number>, kind: 'actor' | 'source' | 'issue' | 'group', id: unknown, path: string) => {
    if (typeof id === 'string' && !ids.has(id)) out.push(problem(path, 'unknown-ref', { kind, id, list: listOf(kind) }));
  };
  list<Dataset['events'][number]>(d.events).forEach((e, i) => {
    list(e.actors).forEach((a, j) => ref(actors, 'actor', a, `/events/${i}/actors/${j}`));
    list(e.sources).forEach((s, j) => ref(sources, 'source', s, `/events/${i}/sources/${j}`));
    if (isDate(e.end) && isDate(e.date) && startOf(e.end) <= startOf(e.date)) {
      out.push(problem(`/events/${i}/end`, 'end-before-date', { date: e.date, end: e.end }));
    }
  });
  if (groups) list<Dataset['actors'][number]>(d.actors).forEach((a, i) => ref(groups, 'group', a.group, `/actors/${i}/group`));

  const seenStances = new Map<string, number>();
  list<Dataset['stances'][number]>(d.stances).forEach((s, i) => {
    const at = `/stances/${i}`;
    ref(actors, 'actor', s.actor, `${at}/actor`);
    ref(issues, 'issue', s.issue, `${at}/issue`);
    list(s.sources).forEach((id, j) => ref(sources, 'source', id, `${at}/sources/${j}`));
    if (s.quote !== undefined && s.basis !== 'own-words') {
      out.push(problem(`${at}/quote`, 'quote-basis', { basis: String(s.basis) }));
    }
    if (s.basis === 'own-words' && s.quote === undefined) {
      out.push(problem(`${at}/quote`, 'quote-missing', {}));
    }
    if (s.quoteSource !== undefined) {
      // The source whose link opens at the quoted words: a real source, and one this stance cites.
      const at2 = `${at}/quoteSource`;
      if (!sources.has(s.quoteSource)) ref(sources, 'source', s.quoteSource, at2);
      else if (!list(s.sources).includes(s.quoteSource)) out.push(problem(at2, 'quote-source-not-cited', { id: s.quoteSource }));
    }
    for (const field of ['quoteLang', 'quoteBy', 'quoteTranslation', 'quoteSource'] as const) {
      if (s[field] !== undefined && s.quote === undefined) out.push(problem(`${at}/${field}`, 'needs-quote', {}));
    }
    if (s.position !== 'unknown' && !s.sources?.length) {
      out.push(problem(`${at}/sources`, 'stance-unsourced', { state: s.sources ? 'empty' : 'missing', position: String(s.position) }));
    }
    const key = `${s.actor}\u0000${s.issue}\u0000${s.date}`;
    const first = seenStances.get(key);
    if (first !== undefined) {
      out.push(problem(at, 'duplicate-stance', { first: `/stances/${first}` }));
    } else seenStances.set(key, i);
  });
}

/**
 * Checks untrusted input against data/schema.json and the rules a schema cannot express.
 * Never throws; returns every problem found (up to a hundred) with its JSON pointer.
 */
export function validate(input: unknown): Validation {
  const problems: Problem[] = [];
  check(input, ROOT, '', '', problems);
  // References and the rules between fields, in the same pass (every problem at once): on whatever
  // parts of the input have the right shape; the shape's own problems are reported above.
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const meaning: Problem[] = [];
    checkMeaning(input as Dataset, meaning);
    problems.push(...meaning.filter(notFollowing(problems)));
  }
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, dataset: input as Dataset };
}
