// The interface languages are listed once (src/i18n/languages.ts, SHIPPED_LANGUAGES): the folder
// holds exactly one file per listed language, and the build made a script for each but English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const listed = JSON.parse(
  /SHIPPED_LANGUAGES = (\[[^\]]*\])/.exec(readFileSync(`${root}src/i18n/languages.ts`, 'utf8'))[1].replaceAll("'", '"'),
);

test('SHIPPED_LANGUAGES names every language file in src/i18n/, and no other', () => {
  const files = readdirSync(`${root}src/i18n`)
    .filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/.test(f))
    .map((f) => f.slice(0, -3));
  assert.deepEqual([...listed].sort(), files.sort());
});

test('every shipped language but English is a script beside the embed (dist/lang/<tag>.js)', () => {
  for (const tag of listed.filter((t) => t !== 'en')) assert.ok(existsSync(`${root}dist/lang/${tag}.js`), `dist/lang/${tag}.js`);
  assert.ok(!existsSync(`${root}dist/lang/en.js`), 'English is inside the embed');
});
