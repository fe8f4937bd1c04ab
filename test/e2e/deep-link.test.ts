/**
 * Deep links (`deep-link`): the page's URL fragment names the open event or cell, in the built
 * one-script bundle, in plain pages (each in an iframe, so each has its own URL and history).
 */
import { expect, waitUntil } from '@open-wc/testing';

type PageWindow = Window & typeof globalThis & { __errors: string[] };

async function open(page: string, width = 1000, height = 700): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/e2e/pages/${page}`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const view = (el: Element, tag: string) => el.shadowRoot?.querySelector(tag)?.shadowRoot ?? null;
const ready = (el: Element) =>
  !!view(el, 'policy-timeline')?.querySelector('li.event') && !!view(el, 'stance-matrix')?.querySelector('.cell');
const details = (el: Element) => view(el, 'policy-timeline')?.querySelector('#details') ?? null;
const dialog = (el: Element) => view(el, 'stance-matrix')?.querySelector('dialog') ?? null;
const label = (el: Element, id: string) => view(el, 'policy-timeline')!.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!;
const cell = (el: Element, actor: string, issue: string) =>
  view(el, 'stance-matrix')!.querySelector<HTMLButtonElement>(`td[headers~="a-${actor}"][headers~="q-${issue}"] button`)!;
const parts = (win: Window) => win.location.hash.slice(1).split('&').filter(Boolean).sort();

describe('deep links', () => {
  it('a URL with an explainer\u2019s fragment opens that event, with the matrix as of its date, scrolled into view', async () => {
    const win = await open('deep-link.html#pe-one=event:trump-order-2017');
    const one = win.document.getElementById('one')!;
    await waitUntil(() => details(one), 'the linked event did not open');
    expect(details(one)!.textContent).to.contain('Trump order targets');
    expect(one.getAttribute('event')).to.equal('trump-order-2017');
    expect(one.shadowRoot!.querySelector('.bar[role="status"]')!.textContent).to.contain('Positions as of January 25, 2017');
    // The explainer sits below a 1,500 px spacer: the event's label was scrolled into the viewport.
    await waitUntil(() => {
      const box = label(one, 'trump-order-2017').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= win.innerHeight;
    }, 'the opened event was not scrolled into view');
    // The other explainers open nothing.
    expect(details(win.document.getElementById('two')!)).to.equal(null);
    expect(win.location.hash).to.equal('#pe-one=event:trump-order-2017');
    expect(win.__errors).to.deep.equal([]);
  });

  it('a cell link opens its dialog, at the linked event\u2019s date', async () => {
    const win = await open('deep-link.html#pe-one=event:arrivals-2022&pe-one=cell:lightfoot:sanctuary');
    const one = win.document.getElementById('one')!;
    await waitUntil(() => (dialog(one) as HTMLDialogElement | null)?.open, 'the linked cell did not open');
    expect(dialog(one)!.querySelector('h3')!.textContent).to.equal('Lori Lightfoot');
    expect(one.getAttribute('event')).to.equal('arrivals-2022');
    expect(win.__errors).to.deep.equal([]);
  });

  it('choosing writes the fragment in place: no history entry, each explainer its own part, the page\u2019s own part kept', async () => {
    const win = await open('deep-link.html#top&pe-two=event:arrivals-2022');
    const one = win.document.getElementById('one')!;
    const two = win.document.getElementById('two')!;
    await waitUntil(() => ready(one) && details(two), 'not rendered');
    const length = win.history.length;

    label(one, 'ordinance-2006').click();
    await waitUntil(() => win.location.hash.includes('pe-one=event:ordinance-2006'), 'the fragment did not follow the event');
    label(one, 'appeals-ruling-2020').click();
    await waitUntil(() => win.location.hash.includes('pe-one=event:appeals-ruling-2020'));
    expect(parts(win)).to.deep.equal(['pe-one=event:appeals-ruling-2020', 'pe-two=event:arrivals-2022', 'top']);

    cell(one, 'johnson', 'sanctuary').click();
    await waitUntil(() => win.location.hash.includes('pe-one=cell:johnson:sanctuary'), 'the fragment did not follow the cell');
    expect(parts(win)).to.deep.equal([
      'pe-one=cell:johnson:sanctuary',
      'pe-one=event:appeals-ruling-2020',
      'pe-two=event:arrivals-2022',
      'top',
    ]);
    (dialog(one) as HTMLDialogElement).close();
    await waitUntil(() => !win.location.hash.includes('cell:'), 'closing the cell did not clear its part');

    // Closing the event clears its part; the other explainer's and the page's stay.
    view(one, 'policy-timeline')!.querySelector<HTMLButtonElement>('#details .close')!.click();
    await waitUntil(() => !win.location.hash.includes('pe-one'), 'closing the event did not clear its part');
    expect(parts(win)).to.deep.equal(['pe-two=event:arrivals-2022', 'top']);

    // Seven choices later, the back button still leaves the page: replaceState added no entries.
    expect(win.history.length).to.equal(length);
    expect(win.__errors).to.deep.equal([]);
  });

  it('follows a fragment the page changes later (an in-page link)', async () => {
    const win = await open('deep-link.html');
    const one = win.document.getElementById('one')!;
    await waitUntil(() => ready(one), 'not rendered');
    win.location.hash = '#pe-one=event:council-vote-2025';
    await waitUntil(() => details(one)?.textContent?.includes('Lopez–Tabares'), 'the new fragment was not followed');
  });

  it('works on the elements alone, which may share a key', async () => {
    const win = await open('deep-link.html#pe-tl=event:arrivals-2022&pe-tl=cell:johnson:sanctuary');
    const tl = win.document.getElementById('tl')!;
    const mx = win.document.querySelector('stance-matrix')!;
    await waitUntil(() => tl.shadowRoot?.querySelector('#details') && (mx.shadowRoot?.querySelector('dialog') as HTMLDialogElement)?.open);
    expect(tl.getAttribute('selected')).to.equal('arrivals-2022');
    expect(mx.shadowRoot!.querySelector('dialog h3')!.textContent).to.equal('Brandon Johnson');
    (mx.shadowRoot!.querySelector('dialog') as HTMLDialogElement).close();
    await waitUntil(() => win.location.hash === '#pe-tl=event:arrivals-2022', 'the matrix did not clear its part');
  });

  it('takes its key from a <script data-embed data-deep-link> snippet', async () => {
    const win = await open('deep-link.html#pe-embedded=event:ordinance-2006');
    const placed = win.document.querySelector('script[data-embed] + policy-explainer')!;
    expect(placed.getAttribute('deep-link')).to.equal('embedded');
    await waitUntil(() => details(placed)?.textContent?.includes('City Council turns the order into law'), 'the linked event did not open');
  });

  it('reads and writes nothing without the attribute', async () => {
    const win = await open('deep-link.html#pe-off=event:trump-order-2017');
    const off = win.document.getElementById('off')!;
    await waitUntil(() => ready(off), 'not rendered');
    expect(details(off)).to.equal(null);
    label(off, 'ordinance-2006').click();
    await waitUntil(() => details(off));
    expect(win.location.hash).to.equal('#pe-off=event:trump-order-2017');
    expect(details(off)!.querySelector('.link')).to.equal(null);
  });

  it('"Copy link" copies the URL, and shows the link to copy by hand where the clipboard refuses', async () => {
    const win = await open('deep-link.html#pe-one=event:ordinance-2006');
    const one = win.document.getElementById('one')!;
    await waitUntil(() => details(one)?.querySelector('button.link'), 'no Copy link button');
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    details(one)!.querySelector<HTMLButtonElement>('button.link')!.click();
    await waitUntil(() => details(one)!.querySelector('button.link')!.textContent!.includes('Link copied'), 'no confirmation');
    expect(copied).to.equal(win.location.href);
    expect(copied).to.match(/#pe-one=event:ordinance-2006$/);

    // Another event: the button offers to copy again. The clipboard refuses: the link, selected.
    label(one, 'appeals-ruling-2020').click();
    await waitUntil(() => details(one)!.querySelector('button.link')?.textContent!.includes('Copy link'));
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    details(one)!.querySelector<HTMLButtonElement>('button.link')!.click();
    await waitUntil(() => details(one)!.querySelector('input.link'), 'no fallback');
    const input = details(one)!.querySelector<HTMLInputElement>('input.link')!;
    expect(input.value).to.equal(win.location.href);
    expect(input.readOnly).to.equal(true);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
    expect(view(one, 'policy-timeline')!.activeElement, 'focus moved to the link').to.equal(input);

    // The matrix's dialog offers the same, in the explainer's language.
    const two = win.document.getElementById('two')!;
    await waitUntil(() => ready(two));
    cell(two, 'johnson', 'sanctuary').click();
    await waitUntil(() => dialog(two)?.querySelector('button.link'));
    expect(dialog(two)!.querySelector('button.link')!.textContent!.trim()).to.equal('Copiar enlace');
  });
});
