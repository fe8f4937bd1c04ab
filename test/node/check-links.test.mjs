// `policy-explainer check-links`: against local servers that answer 200, 301, 404, 410, refuse
// HEAD, hang, or are not there at all. Runs the built CLI (npm run build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}bin/policy-explainer.mjs`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const minimal = JSON.parse(readFileSync(`${root}test/fixtures/minimal-dataset.json`, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'pe-check-links-'));

assert.ok(existsSync(`${root}dist/cli/main.js`), 'dist/cli/main.js is missing: run `npm run build` first');

/** Runs the CLI without blocking this process (the servers answer from it). */
function cli(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The site: every answer waits 40 ms, so two requests at once would overlap, and the server
 * records each request with the most it ever had in flight.
 */
const log = [];
let inFlight = 0;
let maxInFlight = 0;
const site = createServer((req, res) => {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  log.push({ method: req.method, path: req.url, ua: req.headers['user-agent'] });
  res.on('close', () => inFlight--);
  setTimeout(() => {
    const send = (status, headers = {}) => {
      res.writeHead(status, { 'content-type': 'text/html', ...headers });
      res.end(req.method === 'HEAD' ? undefined : `<p>${status}</p>`);
    };
    switch (new URL(req.url, 'http://site').pathname) {
      case '/ok':
      case '/archive/ok':
      case '/archive/gone-but-kept':
        return send(200);
      case '/moved':
        return send(301, { location: '/ok' });
      case '/old-article':
        return send(302, { location: '/' });
      case '/':
        return send(200);
      case '/gone-404':
        return send(404);
      case '/gone-410':
        return send(410);
      case '/no-head':
        return req.method === 'HEAD' ? send(405, { allow: 'GET' }) : send(200);
      case '/busy':
        return send(503);
      default:
        return send(404);
    }
  }, 40);
});

/** Another host (another port): one path that never answers. */
const hanging = new Set();
const slow = createServer((req, res) => {
  log.push({ method: req.method, path: `slow:${req.url}` });
  hanging.add(res);
  res.on('close', () => hanging.delete(res));
});

let base;
let slowBase;
let closedBase;
before(async () => {
  await new Promise((r) => site.listen(0, '127.0.0.1', r));
  await new Promise((r) => slow.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${site.address().port}`;
  slowBase = `http://127.0.0.1:${slow.address().port}`;
  // A port nobody listens on: connection refused.
  const gone = createServer();
  await new Promise((r) => gone.listen(0, '127.0.0.1', r));
  closedBase = `http://127.0.0.1:${gone.address().port}`;
  await new Promise((r) => gone.close(r));
});
after(() => {
  for (const res of hanging) res.destroy();
  site.close();
  slow.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The minimal dataset with these sources (each [id, url, archived?]), all cited by its events. */
function story(name, sources) {
  const d = structuredClone(minimal);
  d.sources = sources.map(([id, url, archived]) => ({
    id,
    label: `Source ${id}`,
    ...(url ? { url } : {}),
    ...(archived ? { archived } : {}),
  }));
  for (const e of d.events) e.sources = sources.map(([id]) => id);
  for (const st of d.stances) st.sources = [sources[0][0]];
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(d, null, 2));
  return file;
}

const linesOf = (stdout) => stdout.split('\n');
const reset = () => {
  log.length = 0;
  maxInFlight = 0;
};

test('reports ok, redirected (and where to), gone (404, 410), refused HEAD, HTTP errors, timeouts and unreachable hosts', async () => {
  reset();
  const file = story('all', [
    ['ok', `${base}/ok`, `${base}/archive/ok`],
    ['moved', `${base}/moved`],
    ['home', `${base}/old-article`],
    ['nf', `${base}/gone-404`],
    ['gone', `${base}/gone-410`, `${base}/archive/gone-but-kept`],
    ['nohead', `${base}/no-head`],
    ['busy', `${base}/busy`],
    ['hangs', `${slowBase}/hang`],
    ['closed', `${closedBase}/nothing`],
    ['offline', undefined, undefined],
  ]);
  const started = Date.now();
  const r = await cli(['check-links', file, '--timeout', '0.5']);
  const lines = linesOf(r.stdout);
  const after = (id) => lines.slice(lines.indexOf(`${id}  Source ${id}`) + 1, lines.indexOf(`${id}  Source ${id}`) + 3);

  assert.deepEqual(after('ok'), [`  url       ok                 ${base}/ok`, `  archived  ok                 ${base}/archive/ok`]);
  assert.equal(after('moved')[0], `  url       redirected         ${base}/moved → ${base}/ok`);
  assert.equal(after('moved')[1], '  archived  none in the data');
  assert.equal(
    after('home')[0],
    `  url       redirected         ${base}/old-article → ${base}/ (it ends at the site's home page: the page itself may be gone)`,
  );
  assert.deepEqual(after('nf'), [
    `  url       gone (404)         ${base}/gone-404`,
    '  archived  none in the data: add one (archived) if a web archive holds the page',
  ]);
  assert.deepEqual(after('gone'), [
    `  url       gone (410)         ${base}/gone-410`,
    `  archived  ok                 ${base}/archive/gone-but-kept`,
  ]);
  assert.equal(after('nohead')[0], `  url       ok                 ${base}/no-head`);
  assert.equal(after('busy')[0], `  url       HTTP 503           ${base}/busy`);
  assert.equal(after('hangs')[0], `  url       timed out          ${slowBase}/hang (no answer within 0.5 s)`);
  assert.equal(after('closed')[0], `  url       unreachable        ${closedBase}/nothing (connection refused)`);
  assert.ok(!r.stdout.includes('offline  '), 'a source without a link is not listed');
  assert.match(
    r.stdout,
    /^11 links in 9 sources: 4 ok, 2 redirected, 2 gone, 1 other HTTP error, 1 unreachable, 1 timed out; 2 of 9 sources with a URL have an archived copy; 1 source without a link \(offline\)$/m,
  );
  assert.match(r.stdout, /^FAIL 2 gone links: nf \(no archived copy\); gone \(it has an archived copy\)$/m);
  assert.equal(r.code, 1, 'a gone link fails the command');
  assert.equal(r.stderr, '');
  assert.ok(Date.now() - started < 8000, 'the hanging site costs the timeout, not more');

  // Polite: HEAD first, GET only where HEAD was refused (405) or said 4xx; the tool named.
  const methods = (path) => log.filter((l) => l.path === path).map((l) => l.method);
  assert.deepEqual(methods('/ok'), ['HEAD', 'HEAD'], 'its own check, and the end of /moved');
  assert.deepEqual(methods('/moved'), ['HEAD']);
  assert.deepEqual(methods('/no-head'), ['HEAD', 'GET']);
  assert.deepEqual(methods('/gone-404'), ['HEAD', 'GET']);
  assert.deepEqual(methods('/busy'), ['HEAD'], 'a 5xx is not asked twice');
  assert.deepEqual(methods('slow:/hang'), ['HEAD'], 'a timeout is not asked twice');
  const ua = `policy-explainer-check-links/${pkg.version} (+https://www.npmjs.com/package/policy-explainer)`;
  assert.ok(
    log.filter((l) => l.ua !== undefined).every((l) => l.ua === ua),
    `user agent: ${[...new Set(log.map((l) => l.ua))]}`,
  );
  assert.equal(pkg.name, 'policy-explainer');
});

test('one request at a time per host, each URL once however many sources cite it', async () => {
  reset();
  const sources = Array.from({ length: 8 }, (_, i) => [`s${i}`, `${base}/ok?${i % 4}`]);
  sources.push(['again', `${base}/ok?0`, `${base}/ok?1`]);
  const r = await cli(['check-links', story('many', sources)]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(maxInFlight, 1, 'never two requests to one host at once');
  assert.equal(log.length, 4, 'four distinct URLs, four HEADs');
  assert.match(r.stdout, /^10 links in 9 sources: 10 ok; 1 of 9 sources with a URL has an archived copy$/m);
  assert.match(r.stdout, /^OK no link is gone$/m);
});

test('--json gives the same report as data, and exit 0 when nothing is gone', async () => {
  const file = story('json', [
    ['ok', `${base}/ok`],
    ['moved', `${base}/moved`, `${base}/archive/ok`],
  ]);
  const r = await cli(['check-links', file, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.tool, 'policy-explainer-check-links');
  assert.equal(report.version, pkg.version);
  assert.equal(report.timeoutSeconds, 10);
  assert.equal(report.ok, true);
  assert.deepEqual(report.sources[1], {
    id: 'moved',
    label: 'Source moved',
    url: { url: `${base}/moved`, status: 'redirected', httpStatus: 200, method: 'HEAD', finalUrl: `${base}/ok`, redirects: [`${base}/ok`] },
    archived: { url: `${base}/archive/ok`, status: 'ok', httpStatus: 200, method: 'HEAD' },
  });
  assert.equal(report.counts.ok, 2);
  assert.equal(report.counts.redirected, 1);
  assert.equal(report.counts.gone, 0);
});

test('reads a folder of CSV tabs, as from-csv does', async () => {
  const file = story('csv', [
    ['paper', `${base}/gone-404`, `${base}/archive/ok`],
    ['radio', `${base}/ok`],
  ]);
  const dir = join(tmp, 'tabs');
  const toCsv = await cli(['to-csv', file, '-d', dir]);
  assert.equal(toCsv.code, 0, toCsv.stderr);
  rmSync(join(dir, 'dataset.csv'));
  const r = await cli(['check-links', dir]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^paper {2}Source paper\n {2}url {7}gone \(404\) +http:.*\/gone-404\n {2}archived {2}ok +http:.*\/archive\/ok$/m);
  assert.match(r.stdout, /^FAIL 1 gone link: paper \(it has an archived copy\)$/m);
});

test('refuses a dataset with problems (a javascript: archived copy) before any request', async () => {
  reset();
  const file = story('bad', [['paper', `${base}/ok`, 'javascript:alert(1)']]);
  const r = await cli(['check-links', file]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/sources\/0\/archived: must be a web address starting with http:\/\/ or https:\/\//);
  assert.equal(log.length, 0, 'nothing was fetched');
});

test('a wrong --timeout is a usage error', async () => {
  for (const t of ['0', '-1', 'soon', '601', '1e3']) {
    const r = await cli(['check-links', 'story.json', `--timeout=${t}`]);
    assert.equal(r.code, 2, t);
    assert.match(r.stderr, /--timeout must be a number of seconds above 0, at most 600/);
  }
  const help = await cli(['check-links', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: policy-explainer check-links/);
});
