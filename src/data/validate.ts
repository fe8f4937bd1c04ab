import schema from '../../data/schema.json' with { type: 'json' };
import type { Dataset } from './types.js';
import { isRealDate, startOf } from './dates.js';
import { pointerJoin as pointer } from './json-pointer.js';

/** One thing wrong with a dataset: where (a JSON pointer into the input) and what to do about it. */
export interface Problem {
  path: string;
  message: string;
}

export type Validation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

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

function show(value: unknown): string {
  const type = typeOf(value);
  if (type === 'string') {
    const s = value as string;
    return s.length > 40 ? `a string of ${s.length} characters` : JSON.stringify(s);
  }
  if (type === 'array') return `an array of ${(value as unknown[]).length}`;
  if (type === 'object') return 'an object';
  return String(value);
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** A date as a spreadsheet's locale shows it (1/14/2014, 14.01.2014, 10-04-22). */
const LOCALE_DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
/** What to do about it, after the problem's own words. */
export const SHEET_DATE_HINT = 'a spreadsheet reformatted it: format the date column as plain text and type dates as YYYY-MM-DD';

function check(value: unknown, s: Schema, path: string, out: Problem[], what?: string): void {
  if (out.length >= MAX_PROBLEMS) return;
  if (s.$ref) {
    const target = ROOT.$defs[s.$ref.slice(DEFS.length)];
    const before = out.length;
    // The definition says what the value must look like; a property's own description is for schema readers.
    check(value, target, path, out, target.description ?? what);
    if (s.$ref === DATE_REF && out.length === before && !isRealDate(value as string)) {
      out.push({ path, message: `${show(value)} is not a date that exists` });
    }
    // 10/04/2022: a spreadsheet wrote the date in its locale's way; say how to keep it as typed.
    if (s.$ref === DATE_REF && out.length > before && typeof value === 'string' && LOCALE_DATE.test(value))
      out[out.length - 1].message += `; ${SHEET_DATE_HINT}`;
    return;
  }
  const describe = what;
  if (s.anyOf) {
    // Pick the branch whose type matches, so the message is about this value, not every alternative.
    const branch = s.anyOf.find((b) => b.type === typeOf(value));
    if (branch) check(value, branch, path, out, describe);
    else out.push({ path, message: `must be ${describe} (got ${show(value)})` });
    return;
  }
  if (s.enum) {
    if (!s.enum.includes(value)) {
      const options = s.enum.map((e) => JSON.stringify(e)).join(', ');
      out.push({ path, message: `must be one of ${options} (got ${show(value)})` });
    }
    return;
  }
  const type = typeOf(value);
  if (s.type && type !== s.type && !(s.type === 'number' && type === 'integer')) {
    const expected = s.type === 'object' && s.required ? `an object with ${s.required.join(', ')}` : (describe ?? article(s.type));
    out.push({ path, message: `must be ${expected} (got ${show(value)})` });
    return;
  }
  if (type === 'string') {
    const str = value as string;
    if (s.minLength !== undefined && str.length < s.minLength) {
      out.push({ path, message: 'must not be empty' });
    } else if (s.maxLength !== undefined && str.length > s.maxLength) {
      out.push({ path, message: `is too long: ${str.length} characters, at most ${s.maxLength}` });
    } else if (s.pattern && !matches(s.pattern, str)) {
      out.push({ path, message: `must be ${describe ?? `text matching ${s.pattern}`} (got ${show(str)})` });
    }
  } else if (type === 'array') {
    const arr = value as unknown[];
    if (s.minItems !== undefined && arr.length < s.minItems) {
      out.push({ path, message: `needs at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}` });
    } else if (s.maxItems !== undefined && arr.length > s.maxItems) {
      // Don't descend: checking 50,000 items to report one limit would freeze the page.
      out.push({ path, message: `has ${arr.length} items, at most ${s.maxItems} are allowed` });
    } else if (s.items) {
      for (let i = 0; i < arr.length && out.length < MAX_PROBLEMS; i++) check(arr[i], s.items, pointer(path, i), out);
    }
  } else if (type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of s.required ?? []) {
      if (!own(obj, key)) out.push({ path: pointer(path, key), message: `is missing: it should be ${hint(s.properties?.[key])}` });
    }
    for (const key of Object.keys(obj)) {
      const keyPath = pointer(path, key);
      if (s.propertyNames) check(key, s.propertyNames, keyPath, out, 'a language code such as "en" or "es"');
      const prop = s.properties && own(s.properties, key) ? s.properties[key] : undefined;
      if (prop) check(obj[key], prop, keyPath, out);
      else if (s.additionalProperties === false) {
        const allowed = Object.keys(s.properties ?? {}).join(', ');
        out.push({ path: keyPath, message: `is not a known field here (known: ${allowed})` });
      } else if (typeof s.additionalProperties === 'object') check(obj[key], s.additionalProperties, keyPath, out);
    }
  }
}

/** What a missing field should hold, in words: its format's description, its options, or its shape. */
function hint(prop: Schema | undefined): string {
  if (!prop) return 'given';
  if (prop.$ref) return hint(ROOT.$defs[prop.$ref.slice(DEFS.length)]);
  if (prop.enum) return `one of ${prop.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  if (prop.description) return prop.description;
  if (prop.type === 'array')
    return prop.minItems ? `a list with at least ${prop.minItems} item${prop.minItems > 1 ? 's' : ''}` : 'a list (it may be empty: [])';
  return article(prop.type ?? 'value');
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
    const reference = /^refers to (\w+) /.exec(p.message);
    if (!reference) return !flagged.some((f) => item(f) !== undefined && item(f) === item(p.path));
    const list = reference[1] === 'group' ? 'groups' : `${reference[1]}s`;
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
      else
        out.push({ path: `/${collection}/${i}/id`, message: `repeats the id "${item.id}" of /${collection}/${first}; ids must be unique` });
    });
    return seen;
  };
  // A story shows what it has, but it must have something: a timeline, or a matrix.
  if (!list(d.events).length && !(list(d.actors).length && list(d.issues).length))
    out.push({ path: '/events', message: 'is empty and there is no stance matrix (actors and issues): a story needs one or the other' });
  const sources = idsOf('sources');
  idsOf('events');
  const actors = idsOf('actors');
  const issues = idsOf('issues');
  const groups = d.groups ? idsOf('groups') : undefined;

  const ref = (ids: Map<string, number>, kind: string, id: unknown, path: string) => {
    if (typeof id === 'string' && !ids.has(id))
      out.push({ path, message: `refers to ${kind} "${id}", which is not in /${kind === 'group' ? 'groups' : `${kind}s`}` });
  };
  list<Dataset['events'][number]>(d.events).forEach((e, i) => {
    list(e.actors).forEach((a, j) => ref(actors, 'actor', a, `/events/${i}/actors/${j}`));
    list(e.sources).forEach((s, j) => ref(sources, 'source', s, `/events/${i}/sources/${j}`));
    if (isDate(e.end) && isDate(e.date) && startOf(e.end) <= startOf(e.date)) {
      out.push({ path: `/events/${i}/end`, message: `must be later than the event's date (${e.date}); got ${e.end}` });
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
      out.push({
        path: `${at}/quote`,
        message: `a quote needs basis "own-words" (this stance's basis is "${s.basis}"); put reported words in the summary`,
      });
    }
    if (s.basis === 'own-words' && s.quote === undefined) {
      out.push({ path: `${at}/quote`, message: 'is missing: an "own-words" stance needs the verbatim quote' });
    }
    if (s.quoteSource !== undefined) {
      // The source whose link opens at the quoted words: a real source, and one this stance cites.
      const at2 = `${at}/quoteSource`;
      if (!sources.has(s.quoteSource)) ref(sources, 'source', s.quoteSource, at2);
      else if (!list(s.sources).includes(s.quoteSource))
        out.push({ path: at2, message: `is "${s.quoteSource}", which is not among this stance's sources; list it in sources too` });
    }
    for (const field of ['quoteLang', 'quoteBy', 'quoteTranslation', 'quoteSource'] as const) {
      if (s[field] !== undefined && s.quote === undefined) out.push({ path: `${at}/${field}`, message: 'only makes sense with a quote' });
    }
    if (s.position !== 'unknown' && !s.sources?.length) {
      const state = s.sources ? 'is empty' : 'is missing';
      out.push({ path: `${at}/sources`, message: `${state}: a stance with position "${s.position}" needs at least one source` });
    }
    const key = `${s.actor}\u0000${s.issue}\u0000${s.date}`;
    const first = seenStances.get(key);
    if (first !== undefined) {
      out.push({
        path: at,
        message: `repeats /stances/${first}: the same actor, issue and date; give one of them another date or merge them`,
      });
    } else seenStances.set(key, i);
  });
}

/**
 * Checks untrusted input against data/schema.json and the rules a schema cannot express.
 * Never throws; returns every problem found (up to a hundred) with its JSON pointer.
 */
export function validate(input: unknown): Validation {
  const problems: Problem[] = [];
  check(input, ROOT, '', problems);
  // References and the rules between fields, in the same pass (every problem at once): on whatever
  // parts of the input have the right shape; the shape's own problems are reported above.
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const meaning: Problem[] = [];
    checkMeaning(input as Dataset, meaning);
    problems.push(...meaning.filter(notFollowing(problems)));
  }
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, dataset: input as Dataset };
}
