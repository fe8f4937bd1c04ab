import { expect } from '@open-wc/testing';
import { datasetToCsv, formatProblem } from '../../src/convert/index.js';
import { parseSheetLink, publishedTabs, readSheet, tabUrl, type ReadSheetOptions } from '../../src/convert/sheets.js';
import { TIMELINEJS_COLUMNS } from '../../src/convert/timelinejs-csv.js';
import { readDate } from '../../src/convert/sheet-dates.js';
import { bundledDataset } from '../../src/data/load.js';
import { createSheetsStandIn, csvOf } from '../helpers/sheets-standin.mjs';

const SHARE = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd/edit?usp=sharing';
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
const PUB = '2PACX-1vTAbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const PUBLISHED = `https://docs.google.com/spreadsheets/d/e/${PUB}/pubhtml`;

/** The bundled story as a sheet's tabs, by name. */
const storyTabs = () => Object.entries(datasetToCsv(bundledDataset)).map(([file, csv]) => ({ name: file.replace(/\.csv$/, ''), csv }));
const edit = (tabs: Array<{ name: string; csv: string }>, name: string, f: (csv: string) => string) =>
  tabs.map((t) => (t.name === name ? { ...t, csv: f(t.csv) } : t));

function setup(sheet: Parameters<ReturnType<typeof createSheetsStandIn>['define']>[1]) {
  const standIn = createSheetsStandIn();
  standIn.define(ID, sheet);
  const options: ReadSheetOptions = { fetch: standIn.fetch, timeoutMs: 2000, now: () => new Date('2025-01-02T03:04:05Z') };
  return { standIn, options };
}

describe('parseSheetLink and tabUrl', () => {
  it('recognises a share link (with its gid), a publish link, and CSV links', () => {
    expect(parseSheetLink(`${SHARE}#gid=123`).link).to.deep.equal({ kind: 'share', id: ID, gid: '123', origin: 'https://docs.google.com' });
    expect(parseSheetLink(`https://docs.google.com/spreadsheets/d/${ID}`).link).to.include({ kind: 'share', id: ID });
    expect(parseSheetLink(PUBLISHED).link).to.deep.equal({ kind: 'publish', pubId: PUB, origin: 'https://docs.google.com' });
    expect(parseSheetLink(`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?gid=0&single=true&output=csv`).link).to.include({
      kind: 'publish',
    });
    expect(parseSheetLink('https://cdn.example.org/story/{tab}.csv').link).to.deep.equal({
      kind: 'csv',
      template: 'https://cdn.example.org/story/{tab}.csv',
    });
    expect(parseSheetLink('https://cdn.example.org/story/%7Btab%7D.csv?v=2').link).to.deep.include({
      template: 'https://cdn.example.org/story/{tab}.csv?v=2',
    });
    expect(parseSheetLink('https://cdn.example.org/story/events.csv').link).to.deep.include({
      template: 'https://cdn.example.org/story/{tab}.csv',
    });
    expect(parseSheetLink('https://cdn.example.org/timeline.csv').link).to.deep.equal({
      kind: 'csv-file',
      url: 'https://cdn.example.org/timeline.csv',
    });
  });

  it('refuses anything else with a problem that says what to give', () => {
    for (const bad of [
      '',
      'not a link',
      'javascript:alert(1)',
      'ftp://example.org/a.csv',
      'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit',
      'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view',
      'http://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOp/edit',
      'https://example.org/story.json',
    ]) {
      const r = parseSheetLink(bad);
      expect(r.link, bad).to.equal(undefined);
      expect(r.problem!.message, bad).to.match(/Anyone with the link.*Publish to the web.*\{tab\}/);
    }
  });

  it('gives each tab’s CSV URL', () => {
    const share = parseSheetLink(SHARE).link!;
    expect(tabUrl(share, 'events')).to.equal(`https://docs.google.com/spreadsheets/d/${ID}/gviz/tq?tqx=out:csv&headers=1&sheet=events`);
    const pub = parseSheetLink(PUBLISHED).link!;
    expect(tabUrl(pub, 'actors', '42')).to.equal(`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?gid=42&single=true&output=csv`);
    expect(tabUrl(pub, 'actors')).to.equal(`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=csv&sheet=actors`);
    expect(tabUrl(parseSheetLink('https://cdn.example.org/s/{tab}.csv').link!, 'my tab')).to.equal(
      'https://cdn.example.org/s/my%20tab.csv',
    );
  });

  it('reads the tabs and their gids from a published page', () => {
    const tabs = publishedTabs(
      '<ul><li id="sheet-button-0" class="x"><a href="#">events</a></li><li id="sheet-button-917"><a>Q&amp;A</a></li></ul>',
    );
    expect([...tabs]).to.deep.equal([
      ['events', '0'],
      ['q&a', '917'],
    ]);
  });
});

describe('readSheet', () => {
  it('reads a shared sheet’s tabs by name, once each, into the same story', async () => {
    const { standIn, options } = setup({ tabs: storyTabs() });
    const r = await readSheet(SHARE, options);
    expect(r.problems.map(formatProblem)).to.deep.equal([]);
    expect(r.dataset).to.deep.equal(bundledDataset);
    expect(r).to.include({ format: 'story', fetchedAt: '2025-01-02T03:04:05.000Z' });
    expect(standIn.requests.map((q) => new URLSearchParams(q.query).get('sheet')).sort()).to.deep.equal([
      'actors',
      'dataset',
      'events',
      'groups',
      'issues',
      'notes',
      'sources',
      'stances',
    ]);
  });

  it('a tab the sheet lacks is absent, although Google answers its name with the first tab', async () => {
    const { options } = setup({ tabs: storyTabs().filter((t) => t.name !== 'groups' && t.name !== 'notes') });
    const r = await readSheet(SHARE, options);
    expect(r.dataset).to.not.equal(undefined);
    expect(r.dataset!.groups).to.equal(undefined);
  });

  it('a missing required tab is named', async () => {
    const { options } = setup({ tabs: storyTabs().filter((t) => t.name !== 'stances') });
    const r = await readSheet(SHARE, options);
    expect(r.failure?.kind).to.equal('not-found');
    expect(r.failure?.message).to.match(/^the sheet has no tab named "stances"/);
  });

  it('reads a document published to the web: tabs by gid from its page, through the redirect to the content host', async () => {
    const tabs = storyTabs().map((t, i) => ({ ...t, gid: 1000 + i }));
    const { standIn, options } = setup({ tabs, pubId: PUB });
    const r = await readSheet(PUBLISHED, options);
    expect(r.problems.map(formatProblem)).to.deep.equal([]);
    expect(r.dataset).to.deep.equal(bundledDataset);
    expect(standIn.requests.some((q) => q.path.startsWith('/content/pub/') && q.query.includes('gid=1000'))).to.equal(true);
  });

  it('reads a CSV URL per tab, a 404 being an optional tab that is not there', async () => {
    const { options } = setup({ tabs: storyTabs().filter((t) => t.name !== 'notes') });
    const r = await readSheet(`https://cdn.example.org/cdn/${ID}/{tab}.csv`, options);
    expect(r.failure).to.equal(undefined);
    expect(r.dataset!.events.length).to.equal(bundledDataset.events.length);
  });

  it('a private sheet: "not shared with anyone who has the link", not a parse error', async () => {
    const { options } = setup({ tabs: storyTabs(), access: 'private' });
    const r = await readSheet(SHARE, options);
    expect(r.dataset).to.equal(undefined);
    expect(r.failure?.kind).to.equal('not-shared');
    expect(r.failure?.message).to.match(/^this sheet is not shared with anyone who has the link/);
    expect(r.problems.map(formatProblem)).to.have.length(1);
  });

  it('an unpublished document, and an unknown one: "not published to the web"', async () => {
    const { options } = setup({ tabs: storyTabs(), pubId: PUB, published: false });
    const r = await readSheet(PUBLISHED, options);
    expect(r.failure?.kind).to.equal('not-published');
    expect(r.failure?.message).to.match(/^this sheet is not published to the web/);
    expect((await readSheet('https://docs.google.com/spreadsheets/d/NoSuchSheet12345/edit', options)).failure?.kind).to.equal('not-shared');
  });

  it('a CSV link answered with a web page is not CSV', async () => {
    const r = await readSheet('https://cdn.example.org/{tab}.csv', {
      fetch: async () => new Response('<!doctype html><p>Login</p>', { headers: { 'content-type': 'text/html' } }),
    });
    expect(r.failure?.message).to.match(/is a web page, not CSV/);
  });

  it('429, 5xx, a network error: failures with their kind', async () => {
    expect((await readSheet(SHARE, setup({ tabs: storyTabs(), mode: 'throttle' }).options)).failure).to.deep.include({ kind: 'throttled' });
    expect((await readSheet(SHARE, setup({ tabs: storyTabs(), mode: 'fail' }).options)).failure).to.deep.include({ kind: 'server' });
    const offline = await readSheet(SHARE, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(offline.failure?.kind).to.equal('network');
    expect(offline.failure?.message).to.match(/could not be reached \(Failed to fetch\).*sign-in page/);
  });

  it('a sheet that never answers, or stops halfway, times out; the caller can stop it', async () => {
    for (const mode of ['hang', 'hang-body'] as const) {
      const { options } = setup({ tabs: storyTabs(), mode });
      const start = performance.now();
      const r = await readSheet(SHARE, { ...options, timeoutMs: 300 });
      expect(r.failure, mode).to.deep.include({ kind: 'timeout', message: 'the sheet did not answer within 0.3 s' });
      expect(r.failure?.problem, mode).to.deep.include({ code: 'sheet-timeout', params: { where: 'sheet', seconds: 0.3 } });
      expect(performance.now() - start, mode).to.be.below(2000);
    }
    const controller = new AbortController();
    const { options } = setup({ tabs: storyTabs(), mode: 'hang' });
    const pending = readSheet(SHARE, { ...options, signal: controller.signal });
    controller.abort();
    expect((await pending).failure?.kind).to.equal('aborted');
  });

  it('a 50,000-row tab is refused, quickly, with a clear message', async () => {
    const rows = [
      ['id', 'date', 'kind', 'title_en', 'actors', 'sources'],
      ...Array.from({ length: 50_000 }, (_, i) => [`e${i}`, '2020', 'event', `Event ${i}`, '', 's']),
    ];
    const tabs = edit(storyTabs(), 'events', () => csvOf(rows));
    const { options } = setup({ tabs });
    const start = performance.now();
    const r = await readSheet(SHARE, options);
    expect(performance.now() - start).to.be.below(1500);
    expect(r.failure?.kind).to.equal('too-large');
    expect(r.failure?.message).to.equal(
      'the "events" tab has 50,000 rows under its header, more than the 10,000 a tab can have: is it the right sheet? A story this long would not load in a reader\'s browser',
    );
    const big = await readSheet(SHARE, { ...options, maxBytes: 1000 });
    expect(big.failure?.kind).to.equal('too-large');
    expect(big.failure?.message).to.match(/is more than 1 KB/);
  });

  it('dates a locale reformatted are read when unambiguous, and named when not, with what to do', async () => {
    const tabs = edit(
      storyTabs(),
      'events',
      (csv) =>
        csv
          .replace(',1985-03-07,', ',3/7/1985,') // both readings real: 7 March or 3 July
          .replace(',2017-01-25,', ',1/25/2017,') // month/day: only one reading
          .replace(',2020-04-30,', ',30/04/2020,'), // day/month: only one reading
    );
    const { options } = setup({ tabs });
    const r = await readSheet(SHARE, options);
    expect(r.dataset).to.equal(undefined);
    const lines = r.problems.map(formatProblem);
    expect(lines[0]).to.equal(
      'events row 2, column date (B): is 7 March 1985 or 3 July 1985: the sheet shows this date as its locale writes dates, and both readings are real dates; type dates as YYYY-MM-DD (2014-01-14, 2022-08 or 1985) and format the date column as plain text (Format › Number › Plain text), so the sheet shows them as typed',
    );
    expect(lines, lines.join('\n')).to.have.length(2);
    expect(lines[1]).to.match(
      /^events row \d, column date \(B\): read as 2017-01-25 \(and 1 more date in this column\): .*format the date column as plain text/,
    );
    expect(r.problems[1].severity).to.equal('warning');
    expect(readDate('14/01/2014')).to.deep.equal({ kind: 'read', date: '2014-01-14' });
    expect(readDate('1/14/2014')).to.deep.equal({ kind: 'read', date: '2014-01-14' });
    expect(readDate('10/04/2022')).to.deep.equal({ kind: 'ambiguous', readings: ['2022-10-04', '2022-04-10'] });
    expect(readDate('4/4/2022')).to.deep.equal({ kind: 'read', date: '2022-04-04' });
    expect(readDate('2022/8/1')).to.deep.equal({ kind: 'read', date: '2022-08-01' });
    expect(readDate('8/2022')).to.deep.equal({ kind: 'read', date: '2022-08' });
    expect(readDate('31/31/2022')).to.deep.equal({ kind: 'as-is' });
    expect(readDate('2022-08')).to.deep.equal({ kind: 'as-is' });
  });

  it('ignores a sheet’s clutter: empty trailing rows and columns', async () => {
    const tabs = storyTabs().map((t) => {
      const rows = t.csv.split('\r\n').map((line) => `${line},,,`);
      return { ...t, csv: [...rows, ',,,,,,', ',,,,,,,,,', ''].join('\r\n') };
    });
    const { options } = setup({ tabs });
    const r = await readSheet(SHARE, options);
    expect(r.problems.map(formatProblem)).to.deep.equal([]);
    expect(r.dataset).to.deep.equal(bundledDataset);
  });

  it('names each problem by tab, row and column; hostile cells stay inert text', async () => {
    const tabs = edit(
      edit(storyTabs(), 'events', (csv) => csv.replace(/,event,/, ',evnt,')),
      'actors',
      (csv) => csv.replace('Donald Trump', '"<img src=x onerror=alert(1)> =HYPERLINK(""javascript:alert(1)"")"'),
    );
    const { options } = setup({ tabs });
    const r = await readSheet(SHARE, options);
    expect(r.failure?.kind).to.equal('data');
    const lines = r.problems.map(formatProblem);
    expect(lines.some((l) => /^events row \d+, column kind \([A-Z]+\): /.test(l))).to.equal(true);
    expect(lines.some((l) => /^actors row 2, column name_en \(B\): contains HTML: shown as plain text/.test(l))).to.equal(true);
  });

  it('reads TimelineJS3’s template: a timeline alone, from a share link, a publish link or a CSV file', async () => {
    const template = csvOf([
      [...TIMELINEJS_COLUMNS],
      ['', '', '', '', '', '', '', '', '', 'Bike lanes', 'How the plan came to be', '', '', '', '', 'title', '', ''],
      ['1998', '5', '', '', '', '', '', '', '', 'Plan adopted', '', '', 'The Ledger', '', '', '', '', ''],
      ['2024', '', '', '', '', '', '', '', '', 'Vote', '', 'https://example.org/vote', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    for (const link of [SHARE, PUBLISHED, `https://cdn.example.org/cdn/${ID}/timeline.csv`]) {
      const { options } = setup({ tabs: [{ name: 'timeline', csv: template }], pubId: PUB });
      const r = await readSheet(link, { ...options, timeline: { asOf: '2024-12-01' } });
      expect(r.format, link).to.equal('timeline');
      expect(r.dataset?.title, link).to.equal('Bike lanes');
      expect(
        r.dataset?.events.map((e) => e.date),
        link,
      ).to.deep.equal(['1998-05', '2024']);
    }
  });

  it('never throws: a bad link, a fetch that throws synchronously, a body that is not text', async () => {
    expect((await readSheet('nope', { fetch: globalThis.fetch })).failure?.kind).to.equal('link');
    const throwing = (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch;
    expect((await readSheet(SHARE, { fetch: throwing })).failure?.kind).to.equal('network');
    const binary = await readSheet('https://cdn.example.org/{tab}.csv', {
      fetch: async () => new Response(new Uint8Array([0xff, 0xfe, 0, 0x41]), { headers: { 'content-type': 'text/csv' } }),
    });
    expect(binary.dataset).to.equal(undefined);
    expect(binary.failure).to.not.equal(undefined);
  });
});
