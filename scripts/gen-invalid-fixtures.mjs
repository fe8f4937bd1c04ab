// The bad-input corpus, test/fixtures/invalid/: one table, a row a file, each a small dataset with
// exactly one defect (or text that is not JSON at all), and expected.json, which says what the first
// problem must be. The browser tests, the CLI tests and the Ajv test all read the folder.
//   node scripts/gen-invalid-fixtures.mjs           writes the folder (and removes files no row makes)
//   node scripts/gen-invalid-fixtures.mjs --check   exits 1, naming them, when the folder differs from
//                                                   the table (test/node/invalid-fixtures.test.mjs runs it)
// The three large files (1 MB, 150 KB, 30 KB) stay committed: they are one character repeated, so
// git stores them in ~2 KB, and a folder of plain files is what any validator can be pointed at.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DIR = fileURLToPath(new URL('../test/fixtures/invalid', import.meta.url));

/** The minimal valid dataset the validator's unit tests start from too. */
const MINIMAL = JSON.parse(readFileSync(new URL('../test/fixtures/minimal-dataset.json', import.meta.url), 'utf8'));
const pretty = (v) => JSON.stringify(v, null, 2) + '\n';
const VALID = pretty(MINIMAL);

/** A defect written on one line (no indentation): for the large files. */
const compact = (edit) => ({ compact: edit });
/** Marks a defect a JSON Schema cannot express (ids, references, real dates, stance rules): Ajv accepts the file. */
const BEYOND_SCHEMA = { beyondSchema: true };

/**
 * [file, how it is made, the first problem's JSON pointer, a part of its message, flags]. How it is
 * made: the file's text, or an edit of a fresh copy of the minimal dataset (its return value is
 * ignored), written indented unless compact(). A row without a pointer is text that is not JSON.
 */
// prettier-ignore
const CASES = [
  // --- JSON syntax errors
  ['json-truncated.json', VALID.slice(0, Math.floor(VALID.length / 2))],
  ['json-trailing-comma.json', VALID.replace(/\]\n\}\n$/, '],\n}\n')],
  ['json-single-quotes.json', VALID.replace('"id": "demo"', "'id': 'demo'")],
  ['json-bom-then-garbage.json', '\uFEFF' + 'policy-explainer data follows\n' + VALID],
  ['json-empty-file.json', ''],
  ['json-line-comment.json', VALID.replace('{\n', '{\n  // the story of the demo ordinance\n')],
  ['json-unquoted-key.json', VALID.replace('"id": "demo"', 'id: "demo"')],
  ['json-nan-literal.json', VALID.replace('"updated": "2024-12-10"', '"updated": NaN')],
  ['json-two-documents.json', VALID + VALID],

  // --- JSON that is not an object
  ['root-null.json', 'null\n', '', 'must be an object with id, title, asOf, updated, sources, events, actors, issues, stances (got null)'],
  ['root-number.json', '42\n', '', '42'],
  ['root-string.json', '"demo"\n', '', '"demo"'],
  ['root-array.json', pretty([MINIMAL]), '', 'an array of 1'],
  ['root-true.json', 'true\n', '', 'true'],

  // --- Missing required fields, one level at a time
  ['dataset-missing-id.json', (d) => delete d.id, '/id', 'is missing'],
  ['dataset-missing-asof.json', (d) => delete d.asOf, '/asOf', 'is missing: it should be a date at its precision: a year "1985"'],
  ['dataset-missing-stances.json', (d) => delete d.stances, '/stances', 'is missing: it should be a list (it may be empty: [])'],
  ['event-missing-date.json', (d) => delete d.events[1].date, '/events/1/date', 'is missing'],
  ['event-missing-sources.json', (d) => delete d.events[0].sources, '/events/0/sources', 'is missing'],
  ['actor-missing-group.json', (d) => delete d.actors[0].group, '/actors/0/group', 'is missing'],
  ['issue-missing-label.json', (d) => delete d.issues[0].label, '/issues/0/label', 'is missing'],
  ['stance-missing-basis.json', (d) => delete d.stances[0].basis, '/stances/0/basis', 'is missing'],
  ['source-missing-label.json', (d) => delete d.sources[0].label, '/sources/0/label', 'is missing'],
  ['note-missing-kind.json', (d) => (d.notes = [{ date: '2024-12-11', text: 'An earlier version misspelled Ann.' }]), '/notes/0/kind', 'is missing'],
  ['event-note-missing-text.json', (d) => (d.events[0].notes = [{ kind: 'correction', date: '2024-12-11' }]), '/events/0/notes/0/text', 'is missing'],
  ['group-missing-label.json', (d) => (d.groups = [{ id: 'city' }]), '/groups/0/label', 'is missing'],

  // --- Wrong types
  ['title-wrong-type-number.json', (d) => (d.title = 42), '/title', '(got 42)'],
  ['events-wrong-type-object.json', (d) => (d.events = { start: d.events[0] }), '/events', 'must be an array'],
  ['event-actors-wrong-type-string.json', (d) => (d.events[0].actors = 'ann'), '/events/0/actors', 'must be an array (got "ann")'],
  ['asof-wrong-type-number.json', (d) => (d.asOf = 2024), '/asOf', '(got 2024)'],
  ['event-id-wrong-type-number.json', (d) => (d.events[0].id = 1), '/events/0/id', '(got 1)'],
  ['stance-sources-wrong-type-null.json', (d) => (d.stances[0].sources = null), '/stances/0/sources', 'must be an array (got null)'],
  ['event-title-empty-string.json', (d) => (d.events[0].title = ''), '/events/0/title', 'must not be empty'],
  ['dataset-id-uppercase.json', (d) => (d.id = 'Demo'), '/id', 'lowercase letters, digits and dashes'],

  // --- Empty required arrays
  ['sources-empty.json', (d) => (d.sources = []), '/sources', 'needs at least 1 item'],
  // No events is a matrix alone; no events and no matrix is nothing to show.
  ['events-empty.json', (d) => Object.assign(d, { events: [], issues: [], stances: [] }), '/events', 'a story needs one or the other', BEYOND_SCHEMA],
  ['event-sources-empty.json', (d) => (d.events[1].sources = []), '/events/1/sources', 'needs at least 1 item'],

  // --- Unknown enum values
  ['event-kind-unknown-enum.json', (d) => (d.events[0].kind = 'meeting'), '/events/0/kind', 'must be one of "policy", "ruling", "vote", "statement", "event" (got "meeting")'],
  ['stance-position-unknown-enum.json', (d) => (d.stances[0].position = 'maybe'), '/stances/0/position', '(got "maybe")'],
  ['stance-basis-unknown-enum.json', (d) => (d.stances[0].basis = 'rumor'), '/stances/0/basis', '"own-words", "action", "reported" (got "rumor")'],
  ['note-kind-unknown-enum.json', (d) => (d.notes = [{ kind: 'erratum', text: 'An earlier version misspelled Ann.' }]), '/notes/0/kind', '"clarification", "correction", "update" (got "erratum")'],

  // --- Malformed and impossible dates
  ['date-malformed-us-style.json', (d) => (d.asOf = '12/10/2024'), '/asOf', 'a year "1985", a month "2022-08" or a day "2017-01-25"'],
  ['date-malformed-unpadded.json', (d) => (d.events[0].date = '2024-1-5'), '/events/0/date', '(got "2024-1-5")'],
  ['date-impossible-feb-30.json', (d) => (d.stances[0].date = '2021-02-30'), '/stances/0/date', '"2021-02-30" is not a date that exists', BEYOND_SCHEMA],
  ['date-impossible-month-13.json', (d) => (d.events[0].date = '2021-13'), '/events/0/date', '"2021-13" is not a date that exists', BEYOND_SCHEMA],
  ['date-impossible-feb-29-non-leap.json', (d) => (d.updated = '2023-02-29'), '/updated', '"2023-02-29" is not a date that exists', BEYOND_SCHEMA],
  ['event-end-before-date.json', (d) => (d.events[1].end = '2021'), '/events/1/end', "must be later than the event's date (2022-08)", BEYOND_SCHEMA],
  ['event-end-equal-date.json', (d) => (d.events[1].end = '2022-08'), '/events/1/end', "must be later than the event's date (2022-08)", BEYOND_SCHEMA],

  // --- Duplicate ids
  ['duplicate-event-id.json', (d) => (d.events[1].id = 'start'), '/events/1/id', 'repeats the id "start" of /events/0', BEYOND_SCHEMA],
  ['duplicate-actor-id.json', (d) => d.actors.push({ id: 'ann', name: 'Ann Again', role: 'Alderperson', group: 'council' }), '/actors/1/id', 'repeats the id "ann" of /actors/0', BEYOND_SCHEMA],
  ['duplicate-source-id.json', (d) => d.sources.push({ id: 'paper', label: 'Another Paper' }), '/sources/1/id', 'repeats the id "paper" of /sources/0', BEYOND_SCHEMA],
  ['duplicate-issue-id.json', (d) => d.issues.push({ id: 'q', label: 'Same question?' }), '/issues/1/id', 'repeats the id "q" of /issues/0', BEYOND_SCHEMA],

  // --- References that do not resolve
  ['dangling-event-actor.json', (d) => (d.events[0].actors = ['bob']), '/events/0/actors/0', 'refers to actor "bob", which is not in /actors', BEYOND_SCHEMA],
  ['dangling-event-source.json', (d) => (d.events[1].sources = ['paper', 'radio']), '/events/1/sources/1', 'refers to source "radio", which is not in /sources', BEYOND_SCHEMA],
  ['dangling-stance-actor.json', (d) => (d.stances[0].actor = 'bob'), '/stances/0/actor', 'refers to actor "bob"', BEYOND_SCHEMA],
  ['dangling-stance-issue.json', (d) => (d.stances[0].issue = 'nope'), '/stances/0/issue', 'refers to issue "nope", which is not in /issues', BEYOND_SCHEMA],
  ['dangling-stance-source.json', (d) => (d.stances[0].sources = ['radio']), '/stances/0/sources/0', 'refers to source "radio"', BEYOND_SCHEMA],
  ['dangling-stance-quote-source.json', (d) => (d.stances[0].quoteSource = 'radio'), '/stances/0/quoteSource', 'refers to source "radio", which is not in /sources', BEYOND_SCHEMA],
  ['dangling-actor-group.json', (d) => (d.groups = [{ id: 'federal', label: 'Federal government' }]), '/actors/0/group', 'refers to group "city", which is not in /groups', BEYOND_SCHEMA],

  // --- Stance rules
  ['stance-quote-on-action-basis.json', (d) => (d.stances[0].basis = 'action'), '/stances/0/quote', 'a quote needs basis "own-words"', BEYOND_SCHEMA],
  ['stance-own-words-without-quote.json', (d) => delete d.stances[0].quote, '/stances/0/quote', 'needs the verbatim quote', BEYOND_SCHEMA],
  ['stance-quote-lang-without-quote.json', (d) => Object.assign(d.stances[0], { quote: undefined, basis: 'action', quoteLang: 'en' }), '/stances/0/quoteLang', 'only makes sense with a quote', BEYOND_SCHEMA],
  ['stance-quote-source-not-cited.json', (d) => (d.sources.push({ id: 'radio', label: 'The Radio' }), (d.stances[0].quoteSource = 'radio')), '/stances/0/quoteSource', 'is "radio", which is not among this stance\'s sources; list it in sources too', BEYOND_SCHEMA],
  ['stance-quote-source-without-quote.json', (d) => Object.assign(d.stances[0], { quote: undefined, basis: 'action', quoteSource: 'paper' }), '/stances/0/quoteSource', 'only makes sense with a quote', BEYOND_SCHEMA],
  ['stance-stated-position-without-sources.json', (d) => delete d.stances[0].sources, '/stances/0/sources', 'is missing: a stance with position "support" needs at least one source', BEYOND_SCHEMA],
  ['stance-stated-position-empty-sources.json', (d) => Object.assign(d.stances[0], { position: 'oppose', sources: [] }), '/stances/0/sources', 'is empty: a stance with position "oppose" needs at least one source', BEYOND_SCHEMA],
  ['stance-duplicate-actor-issue-date.json', (d) => d.stances.push({ ...d.stances[0], position: 'oppose', quote: 'No.' }), '/stances/1', 'repeats /stances/0', BEYOND_SCHEMA],

  // --- Language objects
  ['language-object-without-en.json', (d) => (d.title = { es: 'Demostración' }), '/title/en', 'is missing: it should be the English text'],
  ['language-code-key-invalid.json', (d) => (d.issues[0].label = { en: 'Question?', Spanish: '¿Pregunta?' }), '/issues/0/label/Spanish', 'a language code such as "en" or "es" (got "Spanish")'],
  ['language-value-empty.json', (d) => (d.title = { en: 'Demo', es: '' }), '/title/es', 'must not be empty'],

  // --- Unknown fields and prototype keys
  ['unknown-top-level-field.json', (d) => (d.subtitle = 'A demo'), '/subtitle', 'is not a known field here'],
  ['unknown-event-field.json', (d) => (d.events[0].descripton = 'Typo for summary'), '/events/0/descripton', 'is not a known field here (known: id, date, end, title, summary, kind, actors, sources, notes)'],
  ['proto-key-top-level.json', VALID.replace(/^\{\n/, '{\n  "__proto__": { "polluted": true },\n'), '/__proto__', 'is not a known field here'],
  ['proto-key-in-stance.json', VALID.replace('"actor": "ann",', '"__proto__": { "polluted": true },\n      "actor": "ann",'), '/stances/0/__proto__', 'is not a known field here'],
  ['constructor-key-top-level.json', VALID.replace(/^\{\n/, '{\n  "constructor": { "prototype": { "polluted": true } },\n'), '/constructor', 'is not a known field here'],

  // --- Links that are not http(s)
  ['source-url-javascript.json', (d) => (d.sources[0].url = 'javascript:alert(document.cookie)'), '/sources/0/url', 'a web address starting with http:// or https://'],
  ['source-archived-javascript.json', (d) => (d.sources[0].archived = 'javascript:alert(document.cookie)'), '/sources/0/archived', 'a web address starting with http:// or https://'],
  ['source-archived-relative.json', (d) => (d.sources[0].archived = '//web.archive.org/web/2024/https://example.org/story'), '/sources/0/archived', 'a web address starting with http:// or https://'],
  ['source-url-data.json', (d) => (d.sources[0].url = 'data:text/html,<script>alert(1)</script>'), '/sources/0/url', 'a web address starting with http:// or https://'],

  // --- Sizes
  ['title-one-megabyte.json', compact((d) => (d.title = 'x'.repeat(1_000_000))), '/title', 'is too long: 1000000 characters, at most 300'],
  ['events-50000-items.json', compact((d) => (d.events = Array.from({ length: 50_000 }, () => ({})))), '/events', 'has 50000 items, at most 10000 are allowed'],
  ['events-10001-items.json', compact((d) => (d.events = Array.from({ length: 10_001 }, () => ({})))), '/events', 'has 10001 items, at most 10000 are allowed'],
];

/** One row's file text. */
function text(make) {
  if (typeof make === 'string') return make;
  const d = structuredClone(MINIMAL);
  (make.compact ?? make)(d);
  return make.compact ? JSON.stringify(d) : pretty(d);
}

/** Every file of the corpus, expected.json included, by name, in table order. */
export function corpus() {
  const files = new Map();
  const manifest = { files: CASES.map(([name]) => name) };
  for (const [name, make, path, message, flags] of CASES) {
    if (files.has(name)) throw new Error(`${name} is in the table twice`);
    files.set(name, text(make));
    manifest[name] = path === undefined ? { kind: 'json' } : { kind: 'invalid', path, message, ...flags };
  }
  files.set('expected.json', pretty(manifest));
  return files;
}

/** How the folder differs from the table, a line per file; empty when they agree. */
export function differences(dir = DIR) {
  const want = corpus();
  const have = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const out = [];
  for (const [name, content] of want) {
    if (!have.includes(name)) out.push(`${name}: missing`);
    else if (readFileSync(join(dir, name), 'utf8') !== content) out.push(`${name}: differs from the table`);
  }
  for (const name of have) if (!want.has(name)) out.push(`${name}: not made by any row`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const diff = differences();
    if (diff.length) {
      console.error(`test/fixtures/invalid/ is out of step with scripts/gen-invalid-fixtures.mjs:\n  ${diff.join('\n  ')}`);
      console.error('Run `node scripts/gen-invalid-fixtures.mjs` to write the folder from the table.');
      process.exit(1);
    }
    console.log(`test/fixtures/invalid/: ${CASES.length} files and expected.json, as the table makes them`);
  } else {
    mkdirSync(DIR, { recursive: true });
    const files = corpus();
    for (const name of readdirSync(DIR)) if (name.endsWith('.json') && !files.has(name)) rmSync(join(DIR, name));
    for (const [name, content] of files) writeFileSync(join(DIR, name), content);
    console.log(`${CASES.length} files and expected.json in test/fixtures/invalid/`);
  }
}
