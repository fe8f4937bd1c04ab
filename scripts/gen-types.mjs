// Generates src/data/types.generated.ts from data/schema.json, so the TypeScript types cannot drift
// from the schema. `--check` fails (exit 1) when the committed file differs from a fresh generation.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../data/schema.json', import.meta.url);
const outUrl = new URL('../src/data/types.generated.ts', import.meta.url);
const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));

const generated = await compile(schema, 'Dataset', {
  bannerComment: '/* Generated from data/schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen:types`. */',
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: true, printWidth: 100 },
});

if (process.argv.includes('--check')) {
  const current = await readFile(outUrl, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('src/data/types.generated.ts is out of date with data/schema.json: run `npm run gen:types`.');
    process.exit(1);
  }
  console.log('types.generated.ts matches data/schema.json');
} else {
  await writeFile(outUrl, generated);
  console.log('wrote src/data/types.generated.ts');
}
