// The README's generated tables (required fields, languages, on-demand modules) match what they
// copy: data/schema.json and the built dist/ (scripts/readme-tables.mjs; fix with `npm run readme`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/readme-tables.mjs', import.meta.url));

test('README.md’s generated tables are up to date', () => {
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});
