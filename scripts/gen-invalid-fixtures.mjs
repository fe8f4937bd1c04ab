// Generates test/fixtures/invalid/*.json (the bad-input corpus) and its expected.json manifest:
//   node scripts/gen-invalid-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';

const DIR = new URL('../test/fixtures/invalid', import.meta.url).pathname;
mkdirSync(DIR, { recursive: true });

/** The minimal valid dataset the validator's unit tests start from too. */
const MINIMAL = JSON.parse(readFileSync(new URL('../test/fixtures/minimal-dataset.json', import.meta.url), 'utf8'));
const minimal = () => structuredClone(MINIMAL);

const files = [];
const manifest = {};
const pretty = (v) => JSON.stringify(v, null, 2) + '\n';

/** A file whose text is not JSON. */
function json(name, text) {
  writeFileSync(`${DIR}/${name}`, text);
  files.push(name);
  manifest[name] = { kind: 'json' };
}
/** A file of raw text that parses but is invalid. */
function raw(name, text, path, message) {
  writeFileSync(`${DIR}/${name}`, text);
  files.push(name);
  manifest[name] = { kind: 'invalid', path, message };
}
/** A minimal dataset broken by `mutate` in exactly one way. */
function bad(name, mutate, path, message, { compact = false } = {}) {
  const d = minimal();
  const r = mutate(d);
  const value = r === undefined ? d : r;
  raw(name, compact ? JSON.stringify(value) : pretty(value), path, message);
}

const valid = pretty(minimal());

// --- JSON syntax errors -------------------------------------------------------------------
json('json-truncated.json', valid.slice(0, Math.floor(valid.length / 2)));
json('json-trailing-comma.json', valid.replace(/\]\n\}\n$/, '],\n}\n'));
json('json-single-quotes.json', valid.replace('"id": "demo"', "'id': 'demo'"));
json('json-bom-then-garbage.json', '\uFEFF' + 'policy-explainer data follows\n' + valid);
json('json-empty-file.json', '');
json('json-line-comment.json', valid.replace('{\n', '{\n  // the story of the demo ordinance\n'));
json('json-unquoted-key.json', valid.replace('"id": "demo"', 'id: "demo"'));
json('json-nan-literal.json', valid.replace('"updated": "2024-12-10"', '"updated": NaN'));
json('json-two-documents.json', valid + valid);

// --- JSON that is not an object -----------------------------------------------------------
raw('root-null.json', 'null\n', '', 'must be an object with id, title, asOf, updated, sources, events, actors, issues, stances (got null)');
raw('root-number.json', '42\n', '', '42');
raw('root-string.json', '"demo"\n', '', '"demo"');
raw('root-array.json', pretty([minimal()]), '', 'an array of 1');
raw('root-true.json', 'true\n', '', 'true');

// --- Missing required fields, one level at a time -----------------------------------------
bad(
  'dataset-missing-id.json',
  (d) => {
    delete d.id;
  },
  '/id',
  'is missing',
);
bad(
  'dataset-missing-asof.json',
  (d) => {
    delete d.asOf;
  },
  '/asOf',
  'is missing: it should be a date at its precision: a year "1985"',
);
bad(
  'dataset-missing-stances.json',
  (d) => {
    delete d.stances;
  },
  '/stances',
  'is missing: it should be a list (it may be empty: [])',
);
bad(
  'event-missing-date.json',
  (d) => {
    delete d.events[1].date;
  },
  '/events/1/date',
  'is missing',
);
bad(
  'event-missing-sources.json',
  (d) => {
    delete d.events[0].sources;
  },
  '/events/0/sources',
  'is missing',
);
bad(
  'actor-missing-group.json',
  (d) => {
    delete d.actors[0].group;
  },
  '/actors/0/group',
  'is missing',
);
bad(
  'issue-missing-label.json',
  (d) => {
    delete d.issues[0].label;
  },
  '/issues/0/label',
  'is missing',
);
bad(
  'stance-missing-basis.json',
  (d) => {
    delete d.stances[0].basis;
  },
  '/stances/0/basis',
  'is missing',
);
bad(
  'source-missing-label.json',
  (d) => {
    delete d.sources[0].label;
  },
  '/sources/0/label',
  'is missing',
);
bad(
  'note-missing-kind.json',
  (d) => {
    d.notes = [{ date: '2024-12-11', text: 'An earlier version misspelled Ann.' }];
  },
  '/notes/0/kind',
  'is missing',
);
bad(
  'event-note-missing-text.json',
  (d) => {
    d.events[0].notes = [{ kind: 'correction', date: '2024-12-11' }];
  },
  '/events/0/notes/0/text',
  'is missing',
);
bad(
  'group-missing-label.json',
  (d) => {
    d.groups = [{ id: 'city' }];
  },
  '/groups/0/label',
  'is missing',
);

// --- Wrong types --------------------------------------------------------------------------
bad(
  'title-wrong-type-number.json',
  (d) => {
    d.title = 42;
  },
  '/title',
  '(got 42)',
);
bad(
  'events-wrong-type-object.json',
  (d) => {
    d.events = { start: d.events[0] };
  },
  '/events',
  'must be an array',
);
bad(
  'event-actors-wrong-type-string.json',
  (d) => {
    d.events[0].actors = 'ann';
  },
  '/events/0/actors',
  'must be an array (got "ann")',
);
bad(
  'asof-wrong-type-number.json',
  (d) => {
    d.asOf = 2024;
  },
  '/asOf',
  '(got 2024)',
);
bad(
  'event-id-wrong-type-number.json',
  (d) => {
    d.events[0].id = 1;
  },
  '/events/0/id',
  '(got 1)',
);
bad(
  'stance-sources-wrong-type-null.json',
  (d) => {
    d.stances[0].sources = null;
  },
  '/stances/0/sources',
  'must be an array (got null)',
);
bad(
  'event-title-empty-string.json',
  (d) => {
    d.events[0].title = '';
  },
  '/events/0/title',
  'must not be empty',
);
bad(
  'dataset-id-uppercase.json',
  (d) => {
    d.id = 'Demo';
  },
  '/id',
  'lowercase letters, digits and dashes',
);

// --- Empty required arrays ----------------------------------------------------------------
bad(
  'sources-empty.json',
  (d) => {
    d.sources = [];
  },
  '/sources',
  'needs at least 1 item',
);
bad(
  'events-empty.json',
  (d) => {
    d.events = [];
    d.issues = [];
    d.stances = [];
  },
  '/events',
  'is empty and there is no stance matrix (actors and issues): a story needs one or the other',
);
bad(
  'event-sources-empty.json',
  (d) => {
    d.events[1].sources = [];
  },
  '/events/1/sources',
  'needs at least 1 item',
);

// --- Unknown enum values ------------------------------------------------------------------
bad(
  'event-kind-unknown-enum.json',
  (d) => {
    d.events[0].kind = 'meeting';
  },
  '/events/0/kind',
  'must be one of "policy", "ruling", "vote", "statement", "event" (got "meeting")',
);
bad(
  'stance-position-unknown-enum.json',
  (d) => {
    d.stances[0].position = 'maybe';
  },
  '/stances/0/position',
  '(got "maybe")',
);
bad(
  'stance-basis-unknown-enum.json',
  (d) => {
    d.stances[0].basis = 'rumor';
  },
  '/stances/0/basis',
  '"own-words", "action", "reported" (got "rumor")',
);
bad(
  'note-kind-unknown-enum.json',
  (d) => {
    d.notes = [{ kind: 'erratum', text: 'An earlier version misspelled Ann.' }];
  },
  '/notes/0/kind',
  '"clarification", "correction", "update" (got "erratum")',
);

// --- Malformed and impossible dates -------------------------------------------------------
bad(
  'date-malformed-us-style.json',
  (d) => {
    d.asOf = '12/10/2024';
  },
  '/asOf',
  'a year "1985", a month "2022-08" or a day "2017-01-25"',
);
bad(
  'date-malformed-unpadded.json',
  (d) => {
    d.events[0].date = '2024-1-5';
  },
  '/events/0/date',
  '(got "2024-1-5")',
);
bad(
  'date-impossible-feb-30.json',
  (d) => {
    d.stances[0].date = '2021-02-30';
  },
  '/stances/0/date',
  '"2021-02-30" is not a date that exists',
);
bad(
  'date-impossible-month-13.json',
  (d) => {
    d.events[0].date = '2021-13';
  },
  '/events/0/date',
  '"2021-13" is not a date that exists',
);
bad(
  'date-impossible-feb-29-non-leap.json',
  (d) => {
    d.updated = '2023-02-29';
  },
  '/updated',
  '"2023-02-29" is not a date that exists',
);
bad(
  'event-end-before-date.json',
  (d) => {
    d.events[1].end = '2021';
  },
  '/events/1/end',
  "must be later than the event's date (2022-08)",
);
bad(
  'event-end-equal-date.json',
  (d) => {
    d.events[1].end = '2022-08';
  },
  '/events/1/end',
  "must be later than the event's date (2022-08)",
);

// --- Duplicate ids ------------------------------------------------------------------------
bad(
  'duplicate-event-id.json',
  (d) => {
    d.events[1].id = 'start';
  },
  '/events/1/id',
  'repeats the id "start" of /events/0',
);
bad(
  'duplicate-actor-id.json',
  (d) => {
    d.actors.push({ id: 'ann', name: 'Ann Again', role: 'Alderperson', group: 'council' });
  },
  '/actors/1/id',
  'repeats the id "ann" of /actors/0',
);
bad(
  'duplicate-source-id.json',
  (d) => {
    d.sources.push({ id: 'paper', label: 'Another Paper' });
  },
  '/sources/1/id',
  'repeats the id "paper" of /sources/0',
);
bad(
  'duplicate-issue-id.json',
  (d) => {
    d.issues.push({ id: 'q', label: 'Same question?' });
  },
  '/issues/1/id',
  'repeats the id "q" of /issues/0',
);

// --- References that do not resolve -------------------------------------------------------
bad(
  'dangling-event-actor.json',
  (d) => {
    d.events[0].actors = ['bob'];
  },
  '/events/0/actors/0',
  'refers to actor "bob", which is not in /actors',
);
bad(
  'dangling-event-source.json',
  (d) => {
    d.events[1].sources = ['paper', 'radio'];
  },
  '/events/1/sources/1',
  'refers to source "radio", which is not in /sources',
);
bad(
  'dangling-stance-actor.json',
  (d) => {
    d.stances[0].actor = 'bob';
  },
  '/stances/0/actor',
  'refers to actor "bob"',
);
bad(
  'dangling-stance-issue.json',
  (d) => {
    d.stances[0].issue = 'nope';
  },
  '/stances/0/issue',
  'refers to issue "nope", which is not in /issues',
);
bad(
  'dangling-stance-source.json',
  (d) => {
    d.stances[0].sources = ['radio'];
  },
  '/stances/0/sources/0',
  'refers to source "radio"',
);
bad(
  'dangling-actor-group.json',
  (d) => {
    d.groups = [{ id: 'federal', label: 'Federal government' }];
  },
  '/actors/0/group',
  'refers to group "city", which is not in /groups',
);

// --- Stance rules -------------------------------------------------------------------------
bad(
  'stance-quote-on-action-basis.json',
  (d) => {
    d.stances[0].basis = 'action';
  },
  '/stances/0/quote',
  'a quote needs basis "own-words"',
);
bad(
  'stance-own-words-without-quote.json',
  (d) => {
    delete d.stances[0].quote;
  },
  '/stances/0/quote',
  'needs the verbatim quote',
);
bad(
  'stance-quote-lang-without-quote.json',
  (d) => {
    const s = d.stances[0];
    delete s.quote;
    s.basis = 'action';
    s.quoteLang = 'en';
  },
  '/stances/0/quoteLang',
  'only makes sense with a quote',
);
bad(
  'stance-stated-position-without-sources.json',
  (d) => {
    delete d.stances[0].sources;
  },
  '/stances/0/sources',
  'is missing: a stance with position "support" needs at least one source',
);
bad(
  'stance-stated-position-empty-sources.json',
  (d) => {
    d.stances[0].position = 'oppose';
    d.stances[0].sources = [];
  },
  '/stances/0/sources',
  'is empty: a stance with position "oppose" needs at least one source',
);
bad(
  'stance-duplicate-actor-issue-date.json',
  (d) => {
    d.stances.push({ ...d.stances[0], position: 'oppose', quote: 'No.' });
  },
  '/stances/1',
  'repeats /stances/0',
);

// --- Language objects ---------------------------------------------------------------------
bad(
  'language-object-without-en.json',
  (d) => {
    d.title = { es: 'Demostración' };
  },
  '/title/en',
  'is missing: it should be the English text',
);
bad(
  'language-code-key-invalid.json',
  (d) => {
    d.issues[0].label = { en: 'Question?', Spanish: '¿Pregunta?' };
  },
  '/issues/0/label/Spanish',
  'a language code such as "en" or "es" (got "Spanish")',
);
bad(
  'language-value-empty.json',
  (d) => {
    d.title = { en: 'Demo', es: '' };
  },
  '/title/es',
  'must not be empty',
);

// --- Unknown fields and prototype keys ----------------------------------------------------
bad('unknown-top-level-field.json', (d) => ({ ...d, subtitle: 'A demo' }), '/subtitle', 'is not a known field here');
bad(
  'unknown-event-field.json',
  (d) => {
    d.events[0].descripton = 'Typo for summary';
  },
  '/events/0/descripton',
  'is not a known field here (known: id, date, end, title, summary, kind, actors, sources, notes)',
);
raw(
  'proto-key-top-level.json',
  valid.replace(/^\{\n/, '{\n  "__proto__": { "polluted": true },\n'),
  '/__proto__',
  'is not a known field here',
);
raw(
  'proto-key-in-stance.json',
  valid.replace('"actor": "ann",', '"__proto__": { "polluted": true },\n      "actor": "ann",'),
  '/stances/0/__proto__',
  'is not a known field here',
);
raw(
  'constructor-key-top-level.json',
  valid.replace(/^\{\n/, '{\n  "constructor": { "prototype": { "polluted": true } },\n'),
  '/constructor',
  'is not a known field here',
);

// --- Links that are not http(s) -----------------------------------------------------------
bad(
  'source-url-javascript.json',
  (d) => {
    d.sources[0].url = 'javascript:alert(document.cookie)';
  },
  '/sources/0/url',
  'a web address starting with http:// or https://',
);
bad(
  'source-url-data.json',
  (d) => {
    d.sources[0].url = 'data:text/html,<script>alert(1)</script>';
  },
  '/sources/0/url',
  'a web address starting with http:// or https://',
);

// --- Sizes --------------------------------------------------------------------------------
bad(
  'title-one-megabyte.json',
  (d) => {
    d.title = 'x'.repeat(1_000_000);
  },
  '/title',
  'is too long: 1000000 characters, at most 300',
  { compact: true },
);
bad(
  'events-50000-items.json',
  (d) => {
    d.events = Array.from({ length: 50_000 }, () => ({}));
  },
  '/events',
  'has 50000 items, at most 10000 are allowed',
  { compact: true },
);
bad(
  'events-10001-items.json',
  (d) => {
    d.events = Array.from({ length: 10_001 }, () => ({}));
  },
  '/events',
  'has 10001 items, at most 10000 are allowed',
  { compact: true },
);

writeFileSync(`${DIR}/expected.json`, pretty({ files, ...manifest }));

// Cross-check: the folder holds exactly the files of the manifest.
const onDisk = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'expected.json')
  .sort();
const listed = [...files].sort();
if (JSON.stringify(onDisk) !== JSON.stringify(listed)) throw new Error(`folder and manifest differ:\n${onDisk}\n${listed}`);
for (const f of onDisk) {
  const size = statSync(`${DIR}/${f}`).size;
  if (size > 1.1 * 1024 * 1024) throw new Error(`${f} is ${size} bytes`);
}
console.log(`${files.length} files`);
