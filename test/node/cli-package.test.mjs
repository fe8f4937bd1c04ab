// The npm package as a user gets it: `npm pack`, install the tarball into a fresh project, then
// use it there — the ES module entry, the types, the one-script file and the `policy-explainer`
// command. Needs the builds (npm run build). Installs offline from the npm cache when it can,
// else from the registry.
//
// PE_PACK_DIR packs another directory instead of this checkout (to try package.json changes on a
// staged copy before making them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packDir = process.env.PE_PACK_DIR ?? root;
const tsc = join(root, 'node_modules/.bin/tsc');
const tmp = mkdtempSync(join(tmpdir(), 'pe-package-'));
const project = join(tmp, 'consumer');
const pkg = JSON.parse(readFileSync(join(packDir, 'package.json'), 'utf8'));
const installed = join(project, 'node_modules/policy-explainer');
after(() => rmSync(tmp, { recursive: true, force: true }));

assert.ok(existsSync(join(packDir, 'dist/cli/main.js')) && existsSync(join(packDir, 'dist/esm/index.d.ts')), 'run `npm run build` first');

function run(cmd, args, cwd, extra = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
    env: { ...process.env, npm_config_update_notifier: 'false', ...extra },
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/** npm install, from the cache if possible (no network), else from the registry. */
function npmInstall(args) {
  const offline = run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...args], project);
  if (offline.code === 0) return { ...offline, how: 'offline' };
  const online = run('npm', ['install', '--no-audit', '--no-fund', ...args], project);
  return { ...online, how: 'registry', offline };
}

let tarball;
let files = [];
let sizes = {};
let how = '';
before(() => {
  const packed = run('npm', ['pack', '--json', '--pack-destination', tmp], packDir);
  assert.equal(packed.code, 0, packed.stderr);
  const [info] = JSON.parse(packed.stdout);
  tarball = join(tmp, info.filename);
  files = info.files.map((f) => f.path);
  sizes = Object.fromEntries(info.files.map((f) => [f.path, f.size]));
  run('mkdir', ['-p', project], tmp);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  const r = npmInstall([tarball]);
  assert.equal(r.code, 0, `npm install ${tarball} failed (${r.how}):\n${r.stderr}\n${r.offline?.stderr ?? ''}`);
  how = r.how;
});

test('the tarball holds the builds, the data, the CLI and the docs, and no sources or tests', (t) => {
  t.diagnostic(
    `${tarball.split('/').pop()}: ${files.length} files, installed ${how === 'offline' ? 'offline from the npm cache' : 'from the registry'}`,
  );
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/policy-explainer.js',
    'dist/lang/fr.js',
    'dist/lang/ar.js',
    'dist/esm/i18n/fr.js',
    'dist/esm/index.js',
    'dist/esm/index.d.ts',
    'dist/cli/main.js',
    // The story studio: the page, its script and its reader, beside the script it previews.
    'dist/studio.html',
    'dist/studio.css',
    'dist/studio.js',
    'dist/studio-worker.js',
    'data/schema.json',
    'data/chicago-welcoming-city.json',
  ]) {
    assert.ok(files.includes(f), `${f} is packed`);
  }
  assert.ok(
    files.includes(pkg.bin?.['policy-explainer']?.replace(/^\.\//, '')),
    `the bin script (${pkg.bin?.['policy-explainer']}) is packed`,
  );
  assert.deepEqual(
    files.filter((f) => /^(src|test|scripts|bench|demo|node_modules)\//.test(f)),
    [],
  );
});

test("import 'policy-explainer' in Node finds the elements and validate()", () => {
  writeFileSync(
    join(project, 'check.mjs'),
    `import * as pe from 'policy-explainer';
import { readFileSync } from 'node:fs';
const bundled = JSON.parse(readFileSync(new URL(import.meta.resolve('policy-explainer/data/chicago-welcoming-city.json')), 'utf8'));
console.log(JSON.stringify({
  classes: ['PolicyTimeline', 'StanceMatrix', 'PolicyExplainer'].map((k) => typeof pe[k]),
  validate: typeof pe.validate,
  bundledOk: pe.validate(bundled).ok,
  badOk: pe.validate({}).ok,
  oneScript: import.meta.resolve('policy-explainer/policy-explainer.js'),
  frenchScript: import.meta.resolve('policy-explainer/lang/fr.js'),
  french: (await import('policy-explainer/i18n/fr')).default.position.support,
  define: import.meta.resolve('policy-explainer/define'),
}));
`,
  );
  const r = run(process.execPath, ['check.mjs'], project);
  assert.equal(r.code, 0, r.stderr);
  const seen = JSON.parse(r.stdout);
  assert.deepEqual(seen.classes, ['function', 'function', 'function']);
  assert.equal(seen.validate, 'function');
  assert.equal(seen.bundledOk, true);
  assert.equal(seen.badOk, false);
  assert.equal(fileURLToPath(seen.define), join(installed, 'dist/esm/define.js'));
  assert.equal(fileURLToPath(seen.frenchScript), join(installed, 'dist/lang/fr.js'));
  assert.equal(seen.french, 'Pour');
});

test("'policy-explainer/policy-explainer.js' resolves to the one-script file", () => {
  const r = run(
    process.execPath,
    ['--input-type=module', '-e', "console.log(import.meta.resolve('policy-explainer/policy-explainer.js'))"],
    project,
  );
  assert.equal(r.code, 0, r.stderr);
  const file = fileURLToPath(r.stdout.trim());
  assert.equal(file, join(installed, 'dist/policy-explainer.js'));
  const text = readFileSync(file, 'utf8');
  assert.equal(Buffer.byteLength(text), sizes['dist/policy-explainer.js'], 'the file that was packed');
  assert.match(text, /customElements/);
  // After V8's compile hint (a comment line), an IIFE: a classic script, not a module.
  assert.match(
    text,
    /^(?:\/\/# allFunctionsCalledOnLoad\n)?(?:!function\(\)\{|\(function|\(\(\)=>)/,
    'a classic script (an IIFE), not a module',
  );
  for (const field of ['unpkg', 'jsdelivr']) assert.equal(pkg[field], 'dist/policy-explainer.js');
});

test("the package's .d.ts files exist and type-check a consumer's TypeScript (tsc --noEmit)", () => {
  for (const f of [
    'dist/esm/index.d.ts',
    'dist/esm/define.d.ts',
    'dist/esm/explainer/define.d.ts',
    'dist/esm/timeline/define.d.ts',
    'dist/esm/matrix/define.d.ts',
    'dist/esm/data/types.d.ts',
  ]) {
    assert.ok(existsSync(join(installed, f)), `${f} is installed`);
  }
  writeFileSync(
    join(project, 'use.ts'),
    `import { addLanguage, validate, type Dataset, type PolicyExplainer, type TimelineEvent } from 'policy-explainer';
import 'policy-explainer/define';
import ar from 'policy-explainer/i18n/ar';

addLanguage('ar', ar);
// @ts-expect-error: a language needs every string
addLanguage('xx', { loading: '…' });

const story: Dataset = {
  id: 'my-story',
  title: { en: 'My story', es: 'Mi historia' },
  asOf: '2024-12-10',
  updated: '2024-12-10',
  sources: [{ id: 'paper', label: 'The Paper', url: 'https://example.org/' }],
  events: [{ id: 'start', date: '2020', title: 'Start', kind: 'policy', sources: ['paper'] }],
  actors: [],
  issues: [],
  stances: [],
};
const first: TimelineEvent = story.events[0];
export const tagged: HTMLElementTagNameMap['policy-explainer'] = document.createElement('policy-explainer');
const el: PolicyExplainer = tagged;
el.data = story;
el.view = 'timeline';
el.headingLevel = 3;
// @ts-expect-error: not a view
el.view = 'sideways';
el.addEventListener('pe-event-select', (e) => console.log(e.detail.id, first.date));
const checked = validate(JSON.parse('{}'));
if (!checked.ok) console.log(checked.problems.map((p) => \`\${p.path}: \${p.message}\`));
`,
  );
  for (const resolution of [
    { module: 'nodenext', moduleResolution: 'nodenext' },
    { module: 'esnext', moduleResolution: 'bundler' },
  ]) {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...resolution,
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    const r = run(tsc, ['--noEmit', '-p', 'tsconfig.json'], project);
    assert.equal(r.code, 0, `tsc (${resolution.moduleResolution}):\n${r.stdout}${r.stderr}`);
  }
});

test('npx policy-explainer --help works in the project, and so does validate', () => {
  const help = run('npx', ['--no-install', 'policy-explainer', '--help'], project);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /^Usage: policy-explainer <command>/m);
  const v = run(
    'npx',
    ['--no-install', 'policy-explainer', 'validate', 'node_modules/policy-explainer/data/chicago-welcoming-city.json'],
    project,
  );
  assert.equal(v.code, 0, v.stdout + v.stderr);
  assert.match(v.stdout, /^OK /);
});

test('npx policy-explainer render asks for @lit-labs/ssr when it is missing, and works once it is installed', (t) => {
  const story = 'node_modules/policy-explainer/data/chicago-welcoming-city.json';
  if (!existsSync(join(project, 'node_modules/@lit-labs/ssr'))) {
    const missing = run('npx', ['--no-install', 'policy-explainer', 'render', story], project);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /render needs @lit-labs\/ssr, which is not installed: npm install --save-dev @lit-labs\/ssr/);
    const ssrVersion = JSON.parse(readFileSync(join(root, 'node_modules/@lit-labs/ssr/package.json'), 'utf8')).version;
    const r = npmInstall(['--save-dev', `@lit-labs/ssr@${ssrVersion}`]);
    assert.equal(r.code, 0, `could not install @lit-labs/ssr (${r.how}): ${r.stderr}`);
    t.diagnostic(`@lit-labs/ssr@${ssrVersion} installed ${r.how === 'offline' ? 'offline from the npm cache' : 'from the registry'}`);
  }
  const page = run('npx', ['--no-install', 'policy-explainer', 'render', story, '--lang', 'es'], project);
  assert.equal(page.code, 0, page.stderr);
  assert.match(page.stdout, /<template shadowrootmode="open">/);
  assert.match(page.stdout, /La ordenanza Ciudad Acogedora de Chicago/);
});
