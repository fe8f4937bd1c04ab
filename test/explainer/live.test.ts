/**
 * Live stories (issue 22): an explainer whose `src` is a spreadsheet's link, read through the test
 * server's stand-in for Google Sheets (test/helpers/sheets-standin.mjs), at Google's URL shapes.
 * Whatever the sheet does, readers see a story: its current one, or the last good one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/explainer/define.js';
import type { PolicyExplainer } from '../../src/explainer/policy-explainer.js';
import { bundledDataset } from '../../src/data/load.js';
import { datasetToCsv } from '../../src/convert/index.js';
import type { Dataset } from '../../src/data/types.js';

const realFetch = window.fetch;
before(() => {
  // The page asks Google; the stand-in answers at the same paths on the test server.
  window.fetch = (input, init) =>
    realFetch(String(input instanceof Request ? input.url : input).replace('https://docs.google.com/', '/__sheets/'), init);
});
after(() => (window.fetch = realFetch));
beforeEach(() => localStorage.clear());

let n = 0;
/** A new sheet id for each test (the stand-in is shared by every engine). */
const newId = () => `live${Date.now().toString(36)}${(n++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const shareLink = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`;

/** A small story, titled `title`: the bundled one's first six events and its matrix. */
function story(title: string): Dataset {
  const d = structuredClone(bundledDataset);
  d.title = { en: title };
  return d;
}
const tabsOf = (d: Dataset) => Object.entries(datasetToCsv(d)).map(([file, csv]) => ({ name: file.replace(/\.csv$/, ''), csv }));

async function putSheet(id: string, sheet: object): Promise<void> {
  const res = await realFetch(`/__sheets/_control/sheets/${id}`, { method: 'PUT', body: JSON.stringify(sheet) });
  expect(res.ok, 'the stand-in took the sheet').to.equal(true);
}

/** An explainer reading `link`, with an optional snapshot inline; resolves once it shows a story or an error. */
async function visit(link: string, snapshot?: Dataset, timeout = 4000): Promise<PolicyExplainer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('policy-explainer') as PolicyExplainer;
  el.src = link;
  el.timeout = timeout;
  if (snapshot) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(snapshot);
    el.append(script);
  }
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('article, [part="error"]'), 'neither a story nor an error', {
    timeout: timeout + 8000,
  });
  return el;
}
const title = (el: PolicyExplainer) => el.shadowRoot!.querySelector('#pe-title')?.textContent?.trim();

describe('a live story (src is a spreadsheet link)', () => {
  it('shows the sheet\u2019s story, and an edit on the next visit', async () => {
    const id = newId();
    await putSheet(id, { tabs: tabsOf(story('First version')) });
    expect(title(await visit(shareLink(id)))).to.equal('First version');
    await putSheet(id, { tabs: tabsOf(story('Edited in the sheet')) });
    expect(title(await visit(shareLink(id)))).to.equal('Edited in the sheet');
  });

  it('keeps the last good story when an edit has errors, and names each problem by tab, row and column', async () => {
    const id = newId();
    await putSheet(id, { tabs: tabsOf(story('Good version')) });
    expect(title(await visit(shareLink(id)))).to.equal('Good version');
    const broken = tabsOf(story('Broken version')).map((t) =>
      t.name === 'events' ? { ...t, csv: t.csv.replace('1985-03-07', '1985-02-30') } : t,
    );
    await putSheet(id, { tabs: broken });
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const el = await visit(shareLink(id), story('The page\u2019s snapshot'));
      // The copy this browser kept is newer than the snapshot: readers get it.
      expect(title(el)).to.equal('Good version');
    } finally {
      console.warn = warn;
    }
    expect(warned.join('\n')).to.match(/events.*row \d+.*1985-02-30/);
  });

  for (const [what, sheet] of [
    ['not shared with anyone who has the link', { access: 'private' }],
    ['throttled by Google (429)', { mode: 'throttle' }],
    ['slower than the timeout', { mode: 'hang' }],
  ] as const) {
    it(`shows the page\u2019s snapshot when the sheet is ${what}`, async () => {
      const id = newId();
      await putSheet(id, { tabs: tabsOf(story('Unreachable')), ...sheet });
      const el = await visit(shareLink(id), story('The page\u2019s snapshot'), 1500);
      expect(title(el)).to.equal('The page\u2019s snapshot');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });
  }

  it('reads a "Publish to the web" link, and keeps the snapshot once the sheet is unpublished', async () => {
    const id = newId();
    const pubId = `2PACX-${id}`;
    const link = `https://docs.google.com/spreadsheets/d/e/${pubId}/pubhtml`;
    await putSheet(id, { tabs: tabsOf(story('Published')), pubId });
    expect(title(await visit(link))).to.equal('Published');
    await putSheet(id, { tabs: tabsOf(story('Published')), pubId, published: false });
    const el = await visit(link, story('The page\u2019s snapshot'));
    // The copy this browser kept from the first visit is newer than the snapshot.
    expect(title(el)).to.equal('Published');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('says what went wrong, never a blank, when there is no good story at all', async () => {
    const id = newId();
    await putSheet(id, { tabs: tabsOf(story('Private')), access: 'private' });
    const el = await visit(shareLink(id));
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(/not shared|could not|problem/i);
  });

  it('keeps hostile cells inert: markup and formulas are text', async () => {
    const id = newId();
    const d = story('<img src=x onerror="window.__pwned=1">=HYPERLINK("javascript:alert(1)","x")');
    await putSheet(id, { tabs: tabsOf(d) });
    const el = await visit(shareLink(id));
    expect(title(el)).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
