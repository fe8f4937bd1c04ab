// An independent JSON Schema 2020-12 validator (Ajv) must accept the bundled dataset against
// data/schema.json: our own small browser validator is not the only judge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const schema = read('data/schema.json');

test('data/schema.json is a valid JSON Schema 2020-12 under Ajv strict mode', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  assert.ok(ajv.compile(schema));
});

test('Ajv accepts the bundled Chicago dataset against the schema', () => {
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  const ok = validate(read('data/chicago-welcoming-city.json'));
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 1));
});
