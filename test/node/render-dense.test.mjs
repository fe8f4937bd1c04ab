// A story with more events than a timeline draws labels for (clusters start at 40) still renders
// statically with every event listed: the server render lists events, it does not lay them out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('render lists all 60 events of a dense story, none merged into clusters', () => {
  const dataset = JSON.parse(readFileSync(join(root, 'data/chicago-welcoming-city.json'), 'utf8'));
  dataset.events = Array.from({ length: 60 }, (_, i) => ({
    id: `e${i}`,
    date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
    title: `Hearing number ${i}`,
    kind: 'event',
    sources: ['article'],
  }));
  const dir = mkdtempSync(join(tmpdir(), 'pe-dense-'));
  try {
    const file = join(dir, 'dense.json');
    writeFileSync(file, JSON.stringify(dataset));
    const html = execFileSync(
      process.execPath,
      [join(root, 'bin/policy-explainer.mjs'), 'render', file, '--view', 'timeline', '--fragment'],
      { encoding: 'utf8' },
    );
    for (let i = 0; i < 60; i++) assert.ok(html.includes(`Hearing number ${i}<`), `event ${i} missing`);
    assert.ok(!/\d+ events/.test(html), 'a cluster label leaked into the static render');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
