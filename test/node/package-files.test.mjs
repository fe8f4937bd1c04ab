// Every file a published snippet names is in the npm package (issue 24): the README's and the
// bloggers' page's unpkg addresses, the studio's and the WordPress plugin's, all point into it.
// `npm pack --dry-run` lists what `npm publish` would upload, without packing or publishing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('npm pack --dry-run is clean and holds every file a snippet names', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /\bnpm (warn|WARN)\b/, 'npm pack warns');
  const files = new Set(JSON.parse(r.stdout)[0].files.map((f) => f.path));
  const named = new Set();
  for (const file of ['README.md', 'demo/snippets.js', 'src/studio/snippets.ts', 'wordpress/readme.txt'])
    for (const m of readFileSync(root + file, 'utf8').matchAll(/unpkg\.com\/policy-explainer\/([\w./-]+?)(?=[?"'`\s)#]|$)/g))
      named.add(m[1]);
  // Beside the script: what it loads by itself.
  for (const f of files) if (/^dist\/(modules|lang)\/[\w.-]+\.js$/.test(f)) named.add(f);
  named.add('dist/modules/validate.js');
  const missing = [...named].filter((f) => !f.endsWith('/') && !files.has(f));
  assert.deepEqual(missing, [], `named by a snippet but not in the package: ${missing.join(', ')}`);
  assert.ok(named.size > 5, `found the snippets' files (${[...named].join(', ')})`);
});
