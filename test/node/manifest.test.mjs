// custom-elements.json is generated from the classes' JSDoc (npm run manifest); the README's
// reference must name everything it lists, and every --pe-* custom property the CSS reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (p) => readFileSync(join(root, p), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const readme = read('README.md');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** The README section of one element: from its "### `<tag>`" heading to the next "###". */
function section(tag) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  assert.ok(start >= 0, `README has no section for <${tag}>`);
  const end = readme.indexOf('\n### ', start + 5);
  return readme.slice(start, end < 0 ? undefined : end);
}

test('custom-elements.json is up to date with the source (npm run manifest), and regenerating it leaves package.json alone', () => {
  const out = mkdtempSync(join(tmpdir(), 'cem-'));
  const pkg = read('package.json');
  try {
    execFileSync(
      join(root, 'node_modules/.bin/custom-elements-manifest'),
      ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out)],
      { cwd: root, stdio: 'pipe' },
    );
    assert.deepEqual(
      JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')),
      manifest,
      'custom-elements.json is stale: run npm run manifest',
    );
    // With `packagejson: true` the analyzer would write its (temporary) outdir into "customElements".
    assert.equal(read('package.json'), pkg, 'the analyzer rewrote package.json');
  } finally {
    if (read('package.json') !== pkg) writeFileSync(join(root, 'package.json'), pkg);
    rmSync(out, { recursive: true, force: true });
  }
});

test("package.json's customElements field points at the manifest", () => {
  assert.equal(JSON.parse(read('package.json')).customElements, 'custom-elements.json');
});

test('the manifest describes the three elements, in sentences an editor shows its users', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['policy-explainer', 'policy-timeline', 'stance-matrix']);
  for (const el of elements) {
    assert.ok(el.summary && el.description, `<${el.tagName}> has a summary and a description`);
    // Editors show the description as prose: every sentence ends, and no two lines' words ran together ("when there width").
    assert.match(el.description.trim(), /[.)]$/, `<${el.tagName}> description ends a sentence`);
  }
  const matrix = elements.find((e) => e.tagName === 'stance-matrix');
  assert.match(matrix.description.replace(/\s+/g, ' '), /A real table at every width: on a phone it stays a table/);
});

for (const el of elements) {
  test(`README documents every attribute, event, part and custom property of <${el.tagName}>`, () => {
    const text = section(el.tagName);
    const shared = ['src', 'lang', 'theme', 'timeout', 'heading-level'];
    for (const a of el.attributes ?? [])
      assert.ok(text.includes(`\`${a.name}\``) || (shared.includes(a.name) && readme.includes(`\`${a.name}\``)), `attribute ${a.name}`);
    for (const e of el.events ?? []) assert.ok(readme.includes(`\`${e.name}\``), `event ${e.name}`);
    for (const p of el.cssParts ?? []) assert.ok(readme.includes(`\`${p.name}\``), `part ${p.name}`);
    for (const c of el.cssProperties ?? []) assert.ok(readme.includes(`\`${c.name}\``), `custom property ${c.name}`);
    for (const m of (el.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static)) {
      assert.ok(readme.includes(`\`${m.name}\``), `property ${m.name}`);
    }
  });
}

test('README documents every --pe-* custom property the styles read', () => {
  const files = [];
  const walk = (dir) =>
    readdirSync(dir).forEach((f) =>
      statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.ts') && files.push(join(dir, f)),
    );
  walk(join(root, 'src'));
  const used = new Set(files.flatMap((f) => readFileSync(f, 'utf8').match(/--pe-[a-z-]+/g) ?? []));
  assert.ok(used.size > 10);
  for (const name of used) assert.ok(readme.includes(`\`${name}\``) || readme.includes(`\`${name}\` /`), `${name} is not in the README`);
});
