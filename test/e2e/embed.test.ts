/**
 * End to end: the built one-script bundle (dist/policy-explainer.js, built by npm test) in plain
 * pages, each in its own iframe so that every page gets a fresh custom-element registry.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../helpers/page.js';

type PageWindow = Window & typeof globalThis & { __errors: string[]; __consoleErrors: string[]; __cls: number; __pwned?: number };

const open = (page: string, width = 1000, height = 800) => openPage<PageWindow>(page, width, height);

const rendered = (el: Element | null) =>
  !!el?.shadowRoot?.querySelector('policy-timeline, stance-matrix') &&
  [...el.shadowRoot!.querySelectorAll('policy-timeline, stance-matrix')].every((c) => c.shadowRoot?.querySelector('li.event, .cell'));

describe('the one-script bundle in plain pages', () => {
  it('data-embed places an explainer right after the script, with its data-* attributes, and nothing else', async () => {
    const win = await open('data-embed.html');
    const el = win.document.querySelector('policy-explainer')!;
    expect(el).to.exist;
    expect(el.previousElementSibling!.tagName).to.equal('SCRIPT');
    expect(el.nextElementSibling!.id).to.equal('after');
    expect(el.getAttribute('lang')).to.equal('es');
    expect(el.getAttribute('view')).to.equal('timeline');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('style')).to.equal(false);
    await waitUntil(() => rendered(el), 'the embedded explainer did not render');
    expect(el.shadowRoot!.textContent).to.contain('Cómo se llegó hasta aquí');
    expect(win.__errors).to.deep.equal([]);
    expect(win.__pwned).to.equal(undefined);
  });

  it('loading the script three times is harmless', async () => {
    const win = await open('double-load.html');
    const all = [...win.document.querySelectorAll('policy-explainer')];
    expect(all).to.have.length(2);
    await waitUntil(() => all.every(rendered), 'not every explainer rendered');
    for (const tag of ['policy-explainer', 'policy-timeline', 'stance-matrix']) expect(win.customElements.get(tag), tag).to.exist;
    expect(win.__errors).to.deep.equal([]);
  });

  it('shows a readable error with a retry for every kind of failed src, never the bundled story', async () => {
    const win = await open('src-failures.html');
    const expectations: Record<string, RegExp> = {
      'http-404': /answered with HTTP 404/,
      'not-json': /is not valid JSON/,
      invalid: /has 1 problem/,
      network: /could not be reached/,
      timeout: /did not arrive within 0 seconds|did not arrive within/,
      'not-http': /is not an http\(s\) address/,
    };
    for (const [id, message] of Object.entries(expectations)) {
      const el = win.document.getElementById(id)!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), `${id}: no error shown`);
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent, id).to.match(message);
      expect(error.querySelector('button[part="retry"]'), id).to.exist;
      expect(el.shadowRoot!.textContent, id).to.not.contain('Welcoming City');
    }
    const invalid = win.document.getElementById('invalid')!.shadowRoot!.textContent!;
    expect(invalid).to.contain('/stances/0/date');
    expect(win.__consoleErrors.some((m) => m.includes('/stances/0/date') && m.includes('is not a date that exists'))).to.equal(true);
    const valid = win.document.getElementById('valid')!;
    await waitUntil(() => rendered(valid), 'the valid src did not render');
    expect(win.__errors).to.deep.equal([]);
  });

  it('retry fetches again', async () => {
    const win = await open('src-failures.html');
    const el = win.document.getElementById('http-404')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="retry"]'));
    const url = new URL('/test/fixtures/no-such-file.json', win.location.href).href;
    const before = win.performance.getEntriesByName(url).length;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => win.performance.getEntriesByName(url).length > before, 'no second request');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'the error did not come back');
  });

  it('twenty explainers on one page all render', async () => {
    const win = await open('twenty.html', 900, 600);
    const all = [...win.document.querySelectorAll('policy-explainer')];
    expect(all).to.have.length(20);
    await waitUntil(() => all.every(rendered), 'not all twenty rendered', { timeout: 8000 });
    for (const el of all)
      expect(el.shadowRoot!.textContent, el.id).to.contain(
        el.getAttribute('lang') === 'es' ? 'Describe la situación al' : 'Describes the situation as of',
      );
    expect(win.__errors).to.deep.equal([]);
  });

  it('events from inside reach the page as bubbling, composed CustomEvents', async () => {
    const win = await open('article.html');
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(() => rendered(el));
    const heard: string[] = [];
    win.document.addEventListener('pe-event-select', (e) => heard.push((e as CustomEvent).detail.id));
    const tl = el.shadowRoot!.querySelector('policy-timeline')!;
    tl.shadowRoot!.querySelector<HTMLButtonElement>('li.event button')!.click();
    // The event opens once the story's details are here (at once when they are; a module load when not).
    await waitUntil(() => heard.length > 0, 'no pe-event-select');
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.a('string');
  });

  it('theme="dark" and theme="light" change the colours', async () => {
    const win = await open('data-embed.html');
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(() => rendered(el));
    const bg = () => win.getComputedStyle(el).backgroundColor;
    const dark = bg();
    el.setAttribute('theme', 'light');
    await (el as any).updateComplete;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    expect(dark).to.not.equal(bg());
  });

  it('dist/embed.html maps its query to attributes and reports its height to the parent', async () => {
    const win = (await open('iframe-host.html')) as PageWindow & { __heights: { id: string; height: number }[] };
    const frame = win.document.getElementById('frame') as HTMLIFrameElement;
    await waitUntil(() => win.__heights.some((h) => h.height > 400), 'no height message', { timeout: 8000 });
    expect(win.__heights[0].id).to.equal('pe1');
    const inner = frame.contentDocument!.querySelector('policy-explainer')!;
    expect(inner.getAttribute('lang')).to.equal('es');
    expect(inner.getAttribute('view')).to.equal('matrix');
    expect(inner.hasAttribute('onclick')).to.equal(false);
    const last = win.__heights[win.__heights.length - 1].height;
    expect(frame.clientHeight).to.equal(last);
  });

  for (const width of [360, 800, 1280]) {
    it(`causes no layout shift on an article page at ${width} px (CLS < 0.01)`, async () => {
      const win = await open('article.html', width, 900);
      const el = win.document.querySelector('policy-explainer')!;
      await waitUntil(() => rendered(el));
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
      expect(win.__cls).to.be.below(0.01);
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('a self-hosted embed.html that allows only some origins fetches nothing from others, and says so', async () => {
    const win = await open(`/dist/embed-allow-list.html?src=${encodeURIComponent('/data/chicago-welcoming-city.json')}`);
    const el = win.document.querySelector('policy-explainer')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no error shown', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'This page does not show data from /data/chicago-welcoming-city.json',
    );
    expect(
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/data/')),
    ).to.deep.equal([]);
  });
});
