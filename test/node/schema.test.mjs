// Two validators judge every dataset: our small one (src/data/validate.ts), which interprets
// data/schema.json by hand to stay small and to word its messages for editors, and Ajv, an
// independent JSON Schema 2020-12 implementation. They must agree: the schema uses only what ours
// interprets, both accept the valid datasets, and both reject every file of the bad-input corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const text = (p) => readFileSync(`${root}${p}`, 'utf8');
const read = (p) => JSON.parse(text(p));
const schema = read('data/schema.json');
// Not strict here: a schema Ajv's strict mode refuses fails the first test, not the whole file.
const ajv = new Ajv2020({ strict: false }).compile(schema);

// Our validator from its TypeScript source (no build needed), bundled with the schema it reads.
const { outputFiles } = await build({
  entryPoints: [`${root}src/data/validate.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  // The data module's on-demand imports reach packages that name their entry only in main/module.
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'silent',
});
const { validate, SCHEMA_KEYWORDS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const escape = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
/** Where an Ajv error points, as our validator would say it: a missing or unknown key is named by its own path. */
const pointerOf = ({ instancePath, params }) => {
  const key = params.missingProperty ?? params.additionalProperty ?? params.propertyName;
  return key === undefined ? instancePath : `${instancePath}/${escape(key)}`;
};

/**
 * Every place in a schema that check() would misread: a keyword it does not interpret (it would be
 * ignored), a keyword beside one that decides alone, a $ref outside $defs, an anyOf whose branches
 * it cannot tell apart by type (it picks the branch by the value's type), a pattern it cannot compile.
 */
function unsupported(node, at = '#', defs = node.$defs ?? {}) {
  const { annotations, alone, assertions } = SCHEMA_KEYWORDS;
  const out = [];
  const keys = Object.keys(node);
  for (const key of keys) if (![...annotations, ...alone, ...assertions].includes(key)) out.push(`${at}/${key}: not interpreted`);
  for (const key of keys.filter((k) => alone.includes(k))) {
    const beside = keys.filter((k) => k !== key && !annotations.includes(k));
    if (beside.length) out.push(`${at}: ${beside.join(', ')} beside ${key} would be ignored`);
  }
  if (node.type !== undefined && typeof node.type !== 'string') out.push(`${at}/type: must be one type name`);
  if (node.$ref !== undefined && !(node.$ref.startsWith('#/$defs/') && node.$ref.slice(8) in defs))
    out.push(`${at}/$ref: ${node.$ref} is not one of the schema's own $defs`);
  if (node.pattern !== undefined) {
    try {
      new RegExp(node.pattern, 'u');
    } catch {
      out.push(`${at}/pattern: not a regular expression with the u flag`);
    }
  }
  const branchTypes = (node.anyOf ?? []).map((b) => b.type);
  if (branchTypes.some((t) => typeof t !== 'string') || new Set(branchTypes).size !== branchTypes.length)
    out.push(`${at}/anyOf: each branch needs its own type`);
  // Walk into subschemas only (a property named like a keyword is not one).
  const sub = (s, path) => (s && typeof s === 'object' ? out.push(...unsupported(s, path, defs)) : undefined);
  for (const group of ['$defs', 'properties'])
    for (const [k, s] of Object.entries(node[group] ?? {})) sub(s, `${at}/${group}/${escape(k)}`);
  if (Array.isArray(node.items)) out.push(`${at}/items: must be one schema`);
  else sub(node.items, `${at}/items`);
  for (const key of ['additionalProperties', 'propertyNames']) sub(node[key], `${at}/${key}`);
  (node.anyOf ?? []).forEach((s, i) => sub(s, `${at}/anyOf/${i}`));
  return out;
}

test('data/schema.json is a valid JSON Schema 2020-12 under Ajv strict mode', () => {
  assert.ok(new Ajv2020({ allErrors: true, strict: true }).compile(schema));
});

test('data/schema.json uses only the keywords the browser validator interprets (SCHEMA_KEYWORDS)', () => {
  assert.deepEqual(unsupported(schema), []);
});

test('the schema walk flags what the browser validator would misread', () => {
  const misread = {
    $defs: { Day: { type: 'string', format: 'date' } },
    properties: {
      count: { type: ['integer', 'null'], minimum: 0 },
      id: { $ref: '#/$defs/Day', maxLength: 10 },
      other: { $ref: 'https://example.org/schema.json' },
      text: { anyOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] },
      tags: { type: 'array', items: [{ type: 'string' }], pattern: '(' },
      type: { oneOf: [{ type: 'string' }] },
    },
  };
  assert.deepEqual(unsupported(misread), [
    '#/$defs/Day/format: not interpreted',
    '#/properties/count/minimum: not interpreted',
    '#/properties/count/type: must be one type name',
    '#/properties/id: maxLength beside $ref would be ignored',
    "#/properties/other/$ref: https://example.org/schema.json is not one of the schema's own $defs",
    '#/properties/text/anyOf: each branch needs its own type',
    '#/properties/tags/pattern: not a regular expression with the u flag',
    '#/properties/tags/items: must be one schema',
    '#/properties/type/oneOf: not interpreted',
  ]);
});

const valid = {
  'the bundled Chicago dataset': read('data/chicago-welcoming-city.json'),
  'the minimal dataset of the validator tests and the corpus': read('test/fixtures/minimal-dataset.json'),
};
for (const [name, dataset] of Object.entries(valid)) {
  test(`both validators accept ${name}`, () => {
    assert.equal(ajv(dataset), true, JSON.stringify(ajv.errors, null, 1));
    assert.deepEqual(validate(dataset).problems, undefined);
  });
}

const corpus = read('test/fixtures/invalid/expected.json');
for (const name of corpus.files) {
  const e = corpus[name];
  const file = `test/fixtures/invalid/${name}`;
  if (e.kind === 'json') {
    test(`${name} is not JSON, so neither validator is asked`, () => assert.throws(() => JSON.parse(text(file)), SyntaxError));
    continue;
  }
  const what = e.beyondSchema ? 'ours rejects, Ajv accepts: no JSON Schema can say it' : 'both reject';
  test(`${name}: ${what}, at ${e.path || 'the root'}`, () => {
    const data = JSON.parse(text(file));
    const ours = validate(data);
    assert.equal(ours.ok, false, 'our validator accepted it');
    assert.equal(ours.problems[0].path, e.path);
    // Ajv stops at its first error (with allErrors, 50,000 empty events take a minute).
    const accepted = ajv(data);
    if (e.beyondSchema) {
      assert.equal(
        accepted,
        true,
        `Ajv rejected it, so the schema can say it: drop BEYOND_SCHEMA from its row\n${JSON.stringify(ajv.errors)}`,
      );
    } else {
      assert.equal(accepted, false, 'Ajv accepted it: the schema does not say this, yet our validator does');
      assert.ok(ajv.errors.map(pointerOf).includes(e.path), `Ajv points elsewhere: ${JSON.stringify(ajv.errors)}`);
    }
  });
}
