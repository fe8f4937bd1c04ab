/**
 * The small core and its on-demand modules (issue 21), as readers get them from dist/: the script
 * carries the bundled story's first render; the rest comes from beside it when needed, and a module
 * that cannot load never blanks the widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type PageWindow } from '../helpers/page.js';
import story from '../../data/chicago-welcoming-city.json' with { type: 'json' };
import en from '../../src/i18n/en.js';

type Page = PageWindow & { __consoleErrors: string[] };
const open = (path: string) => openPage<Page>(path);
/** An element's shadow root, or one of its views' (which is not there while it still loads). */
const root = (el: Element, tag?: string) => (tag ? el.shadowRoot?.querySelector(tag)?.shadowRoot : el.shadowRoot) as ShadowRoot;
const requested = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => !p.startsWith('/__web-dev-server'));
const whole = (el: Element) =>
  !!root(el).querySelector('policy-timeline')?.shadowRoot?.querySelector('li.event') &&
  !!root(el).querySelector('stance-matrix')?.shadowRoot?.querySelector('td .cell');

describe('the small core with on-demand modules', () => {
  it('draws the bundled story from the script alone, then brings its details in idle time', async () => {
    const win = await open('article.html');
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(() => whole(el), 'the explainer never rendered');
    expect(root(el, 'policy-timeline').querySelectorAll('li.event')).to.have.length(story.events.length);
    expect(root(el, 'stance-matrix').querySelectorAll('td .cell')).to.have.length(story.actors.length * story.issues.length);
    // Its first render needed nothing but the script: no language, no validator, no CSV.
    expect(requested(win).filter((p) => /\/dist\/(lang|modules\/(validate|csv|story-es))/.test(p))).to.deep.equal([]);
    // The details (what only a click or paper shows) follow in idle time, and fill the story in.
    await waitUntil(() => (el as unknown as { shown: typeof story }).shown.events[0].summary, 'the details never came', { timeout: 8000 });
    const shown = (el as unknown as { shown: typeof story }).shown;
    expect(shown.stances.filter((s) => s.quote).length).to.equal(story.stances.filter((s) => s.quote).length);
    expect(shown.sources.map((s) => s.url)).to.deep.equal(story.sources.map((s) => s.url));
    expect(requested(win).filter((p) => p.endsWith('/modules/story-details.js'))).to.have.length(1);
    // Nobody pointed at it and it has no deep-link: what a click opens (and deep links) stayed home.
    expect(requested(win).filter((p) => p.endsWith('/modules/details.js'))).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('puts the Spanish story back together exactly: text, details and all', async () => {
    const win = await open('/dist/embed.html?lang=es');
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(() => el.shadowRoot && whole(el), 'the Spanish explainer never rendered', { timeout: 8000 });
    expect((el as unknown as { shown: unknown }).shown).to.deep.equal(story);
  });

  it('fetches each module once per page, however many explainers and copies of the script ask for it', async () => {
    const win = await open('double-load.html');
    const els = [...win.document.querySelectorAll('policy-explainer')];
    await waitUntil(() => els.every((e) => e.shadowRoot?.querySelector('article')), 'never rendered');
    await waitUntil(() => requested(win).some((p) => p.endsWith('/modules/print.js')), 'print never loaded', { timeout: 8000 });
    const modules = requested(win).filter((p) => p.includes('/dist/modules/'));
    expect(modules.length, modules.join()).to.equal(new Set(modules).size);
  });

  describe('with nothing beside the script (every module refused)', () => {
    it('still renders the bundled story in full, in English where its language cannot come, with no page error', async () => {
      const win = await open('lonely.html');
      const [enEl, esEl] = ['en', 'es'].map((id) => win.document.getElementById(id)!);
      await waitUntil(() => whole(enEl), 'the English explainer never rendered');
      await waitUntil(() => root(esEl, 'stance-matrix')?.querySelector('td .cell'), 'the Spanish explainer never rendered', {
        timeout: 8000,
      });
      expect(root(enEl, 'policy-timeline').querySelectorAll('li.event')).to.have.length(story.events.length);
      expect(root(esEl, 'stance-matrix').textContent).to.contain(en.matrixCaption);
      await waitUntil(() => win.__consoleErrors.some((e) => e.includes('lang/es.js could not be loaded')), 'the console never said why');
      expect(win.__errors).to.deep.equal([]);
    });

    it('opens a cell\u2019s dialog saying its evidence could not be loaded, and says in place that the CSV download is off', async () => {
      const win = await open('lonely.html');
      const el = win.document.getElementById('en')!;
      await waitUntil(() => whole(el), 'never rendered');
      const matrix = root(el, 'stance-matrix');
      matrix.querySelector<HTMLButtonElement>('td .cell')!.click();
      await waitUntil(() => matrix.querySelector('dialog[open]'), 'the dialog never opened', { timeout: 8000 });
      // Its module could not come: the dialog says so, and still closes.
      expect(matrix.querySelector('dialog [role="alert"]')!.textContent).to.contain(en.unavailable);
      matrix.querySelector<HTMLButtonElement>('.close')!.click();
      const get = root(el).querySelector<HTMLDetailsElement>('details.get-data')!;
      get.open = true;
      const csv = [...get.querySelectorAll('button')].find((b) => b.textContent!.includes('CSV'))!;
      csv.click();
      await waitUntil(() => get.querySelector('[role="alert"]'), 'the download never said it is off', { timeout: 8000 });
      expect(get.querySelector('[role="alert"]')!.textContent).to.contain(en.unavailable);
      expect(win.__errors).to.deep.equal([]);
    });

    it('tries a module a hover asks for once: hovering again neither fetches it again nor logs again', async () => {
      const win = await open('lonely.html');
      const el = win.document.getElementById('en')!;
      await waitUntil(() => whole(el), 'never rendered');
      const said = () => win.__consoleErrors.filter((e) => e.includes('modules/details.js could not be loaded')).length;
      const hover = () => el.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true }));
      hover();
      await waitUntil(() => said() === 1, 'the first hover did not ask for it');
      for (let i = 0; i < 5; i++) hover();
      // Nothing to await for what must not happen: a failed import settles within a few tasks.
      await new Promise((resolve) => win.setTimeout(resolve, 300));
      expect(said()).to.equal(1);
      expect(win.__errors).to.deep.equal([]);
    });

    it('shows data it cannot check as an error that names the missing module, with a retry', async () => {
      const win = await open('lonely.html');
      const el = win.document.getElementById('inline')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no error shown', { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(en.errorModule('modules/validate.js'));
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
      expect(win.__errors).to.deep.equal([]);
    });
  });
});
