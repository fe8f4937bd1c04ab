// The README's tables that copy facts kept elsewhere, written from those facts so they cannot
// drift: which dataset fields are required (data/schema.json), the interface languages and the
// on-demand modules with their sizes (dist/, gzip -9, after `npm run build`). Each table sits
// between `<!-- generated:NAME -->` and `<!-- /generated -->` in README.md.
//   node scripts/readme-tables.mjs           check: exit 1 and say which table is stale
//   node scripts/readme-tables.mjs --write   rewrite them (npm run readme)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const gz = (path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;
const num = (n) => n.toLocaleString('en-US');
const code = (names) => names.map((n) => `\`${n}\``).join(', ');

/** Dataset objects and their fields: required, then optional (the schema's order). */
function requiredFields() {
  const schema = JSON.parse(read('data/schema.json'));
  const rows = [['dataset', schema]].concat(
    ['Source', 'Group', 'Event', 'Actor', 'Issue', 'Stance', 'Note'].map((name) => [
      `${name === 'Note' ? 'notes' : name.toLowerCase() + 's'}[]`,
      schema.$defs[name],
    ]),
  );
  const lines = ['| object | required | optional |', '| --- | --- | --- |'];
  for (const [label, def] of rows) {
    const required = def.required ?? [];
    const optional = Object.keys(def.properties).filter((k) => !required.includes(k) && k !== '$schema');
    lines.push(`| \`${label}\` | ${code(required)} | ${optional.length ? code(optional) : '—'} |`);
  }
  return lines.join('\n');
}

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', ar: 'Arabic' };

/** Every shipped interface language (src/i18n/languages.ts) and its script's size. */
function languages() {
  const tags = JSON.parse(/SHIPPED_LANGUAGES = (\[[^\]]*\])/.exec(read('src/i18n/languages.ts'))[1].replaceAll("'", '"'));
  const lines = ['| language | `lang` | script | gzip |', '| --- | --- | --- | ---: |'];
  for (const tag of tags) {
    const rtl = /^\s*dir: 'rtl',$/m.test(read(`src/i18n/${tag}.ts`));
    const name = LANGUAGE_NAMES[tag] ?? tag;
    if (tag === 'en') lines.push(`| ${name} | \`en\` | inside \`policy-explainer.js\` | — |`);
    else
      lines.push(
        `| ${name} | \`${tag}\`${rtl ? ' (right to left)' : ''} | \`dist/lang/${tag}.js\` | ${num(gz(`dist/lang/${tag}.js`))} B |`,
      );
  }
  return lines.join('\n');
}

/** What the embed imports from beside itself: each module with the shared chunks it imports. */
function modules() {
  const what = {
    'story-details': [
      'the Chicago story’s event summaries, quotes, position summaries, question descriptions and sources',
      'idle time after the first render, or as soon as a reader points at or tabs into the explainer',
    ],
    print: ['the views on paper', 'idle time after the first render'],
    details: [
      'what a click opens: an event’s details card, a cell’s evidence dialog; deep links',
      'as soon as a reader points at or tabs into the explainer, and before the first card or dialog opens; at once with `deep-link`',
    ],
    validate: ['the validator and its schema', 'when data other than the bundled story arrives (`src`, inline JSON, `.data`)'],
    csv: ['the CSV tables of "Get the data"', 'when "Get the data" opens'],
    'story-es': ['the Chicago story’s Spanish text', 'with `lang="es"`, before the first render'],
  };
  const lines = ['| file (beside the script) | what it brings | when | gzip |', '| --- | --- | --- | ---: |'];
  for (const [name, [brings, when]] of Object.entries(what)) {
    const file = `dist/modules/${name}.js`;
    const shared = [...read(file).matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
    const size = [file, ...shared.map((s) => `dist/modules/${s}`)].reduce((n, f) => n + gz(f), 0);
    lines.push(`| \`modules/${name}.js\`${shared.length ? ` (+ ${code(shared)})` : ''} | ${brings} | ${when} | ${num(size)} B |`);
  }
  lines.push(
    '| `lang/<tag>.js` | the interface in another language ([Languages](#languages)) | when an element speaks that language | ~1.5 KB |',
  );
  return lines.join('\n');
}

/** The spreadsheet tabs from-csv reads and to-csv writes: the columns from src/data/csv.ts's COLUMNS (the one list). */
function csvTabs() {
  const source = read('src/data/csv.ts');
  const block = /export const COLUMNS[^{]*\{([\s\S]*?)\n\};/.exec(source)[1];
  const columns = Object.fromEntries([...block.matchAll(/(\w+): '([^']*)'/g)].map((m) => [m[1], m[2].split(' ')]));
  const heads = (table) => columns[table].map((c) => (c.endsWith(':text') ? `${c.slice(0, -5)}_en…` : c.split(':')[0]));
  const note = { sources: ' — optional; without it, each cited id becomes a placeholder to fill in', groups: ' — optional' };
  const lines = ['| tab | columns |', '| --- | --- |'];
  for (const table of Object.keys(columns)) lines.push(`| \`${table}.csv\` | ${code(heads(table))}${note[table] ?? ''} |`);
  lines.push(
    '| `dataset.csv` | one row: `id`, `title_en`…, `summary_en`…, `asOf`, `updated` — optional: or `--id`, `--title`, `--summary`, `--as-of`, `--updated` |',
    '| `notes.csv` | `on` (empty for the story, `event:<id>`, `stance:<actor>:<issue>:<date>`), `kind`, `date`, `text_en`… — optional |',
  );
  return lines.join('\n');
}

const TABLES = { 'required-fields': requiredFields, languages, modules, 'csv-tabs': csvTabs };

if (!existsSync(join(root, 'dist/modules')) || !existsSync(join(root, 'dist/lang'))) {
  console.error('readme-tables: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const write = process.argv.includes('--write');
let readme = read('README.md');
const stale = [];
for (const [name, make] of Object.entries(TABLES)) {
  const re = new RegExp(`(<!-- generated:${name} -->\\n)([\\s\\S]*?)\\n?(<!-- /generated -->)`);
  const m = re.exec(readme);
  if (!m) {
    console.error(`readme-tables: README.md has no <!-- generated:${name} --> … <!-- /generated --> block`);
    process.exit(1);
  }
  const table = make();
  // Prettier pads the columns; compare the cells, not the padding.
  const cells = (t) =>
    t.split('\n').map((l) =>
      l
        .split('|')
        .map((c) => c.trim())
        .join('|')
        .replace(/\|-+:?\|/g, '|-|')
        .replace(/-{2,}/g, '-'),
    );
  if (cells(m[2].trim()).join('\n') !== cells(table).join('\n')) {
    stale.push(name);
    readme = readme.replace(re, `$1\n${table}\n\n$3`);
  }
}
if (write && stale.length) {
  writeFileSync(join(root, 'README.md'), readme);
  console.log(`readme-tables: rewrote ${stale.join(', ')} (run prettier --write README.md)`);
} else if (stale.length) {
  console.error(`readme-tables: README.md's ${stale.join(', ')} table is stale: run \`npm run readme\``);
  process.exit(1);
} else console.log('readme-tables: README.md’s generated tables are up to date');
