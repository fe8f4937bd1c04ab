/**
 * Lifecycle: removing and re-adding elements, moving them between containers and fifty instances
 * at once cause no errors, and release what they hold: ResizeObservers are disconnected and
 * in-flight fetches aborted when an element leaves the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/explainer/define.js';
import { bundledDataset } from '../../src/data/load.js';

/** Counts live ResizeObservers (constructed and not yet disconnected) and AbortController aborts. */
const live = new Set<ResizeObserver>();
let aborts = 0;
const NativeRO = window.ResizeObserver;
const nativeAbort = AbortController.prototype.abort;

/** An element of `tag` whose `src` answers only after 3 s, once it shows its loading state. */
async function loadingSlowly(tag: 'stance-matrix' | 'policy-timeline') {
  const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', '/__test/slow');
  host.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[part="status"]'), 'no loading state');
  return { host, el };
}

before(() => {
  window.ResizeObserver = class extends NativeRO {
    constructor(cb: ResizeObserverCallback) {
      super(cb);
      live.add(this);
    }
    override disconnect() {
      live.delete(this);
      super.disconnect();
    }
  };
  AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
    aborts++;
    return nativeAbort.call(this, reason);
  };
});

after(() => {
  window.ResizeObserver = NativeRO;
  AbortController.prototype.abort = nativeAbort;
});

const rendered = (el: Element) => {
  const tl = el.shadowRoot?.querySelector('policy-timeline');
  const mx = el.shadowRoot?.querySelector('stance-matrix');
  return !!(tl?.shadowRoot?.querySelector('li.event') && mx?.shadowRoot?.querySelector('.cell'));
};

describe('lifecycle', () => {
  it('fifty explainers render, then release every observer when removed', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const before = live.size;
    const host = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const all = Array.from({ length: 50 }, () => document.createElement('policy-explainer'));
    host.append(...all);
    await waitUntil(() => all.every(rendered), 'not all fifty rendered', { timeout: 20000 });
    // Each explainer holds two width observers (its timeline's and its matrix's).
    expect(live.size - before).to.equal(100);
    host.replaceChildren();
    expect(live.size - before).to.equal(0);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('survives being removed, re-added and moved between containers', async () => {
    const a = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const b = await fixture<HTMLDivElement>(html`<div style="width:340px"></div>`);
    const el = document.createElement('policy-explainer');
    const before = live.size;
    a.append(el);
    await waitUntil(() => rendered(el));
    el.remove();
    expect(live.size).to.equal(before);
    a.append(el);
    await waitUntil(() => rendered(el));
    b.append(el);
    // Moved into a narrow container: the matrix goes compact, the timeline vertical.
    await waitUntil(
      () => el.shadowRoot!.querySelector('stance-matrix')!.shadowRoot!.querySelector('table.compact'),
      'did not re-layout after the move',
    );
    expect(live.size - before).to.equal(2);
    el.remove();
    expect(live.size).to.equal(before);
  });

  it('a matrix re-attached while loading fetches again and settles (it does not stay on "Loading…")', async () => {
    const { host, el } = await loadingSlowly('stance-matrix');
    el.remove();
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'stuck loading after re-attaching', { timeout: 8000 });
  });

  it('reads an inline JSON script added after the element upgraded', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('policy-timeline');
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('li.event'), 'the bundled data did not render');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...bundledDataset, events: bundledDataset.events.slice(0, 2) });
    el.append(script);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li.event').length === 2, 'the inline data was ignored');
  });

  it('takes properties a page set before the script defined the element (a timeout) for its first load', async () => {
    // As a page does whose inline script runs before the deferred embed: the element is not
    // defined yet when its properties are set; the class comes later and upgrades it.
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('pe-defined-late') as HTMLElement & { timeout: number };
    el.setAttribute('src', '/__test/slow');
    el.timeout = 300;
    host.append(el);
    const Timeline = customElements.get('policy-timeline')!;
    customElements.define('pe-defined-late', class extends Timeline {});
    // The slow answer comes after 3 s (and would be an invalid story): only the page's 300 ms timeout makes this error.
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no error', { timeout: 2500 });
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('did not arrive within');
  });

  it('src="" is an error, never the bundled story', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"><policy-timeline src=""></policy-timeline></div>`);
    const el = host.querySelector('policy-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no error for an empty src');
    expect(el.shadowRoot!.querySelector('li.event')).to.equal(null);
  });

  it('opens the selected event once a fetched dataset arrives', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('policy-timeline');
    const id = bundledDataset.events[2].id;
    el.setAttribute('selected', id);
    el.setAttribute('src', '/data/chicago-welcoming-city.json');
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('#details'), 'the details never opened');
    expect(el.getAttribute('selected')).to.equal(id);
  });

  it('aborts a pending fetch when the element leaves the page, and fetches again when it returns', async () => {
    const { host, el } = await loadingSlowly('policy-timeline');
    const before = aborts;
    el.remove();
    expect(aborts).to.be.greaterThan(before);
    const url = new URL('/__test/slow', location.href).href;
    const requests = () => performance.getEntriesByName(url).length;
    const seen = requests();
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no error after the slow answer', { timeout: 8000 });
    expect(requests()).to.be.greaterThan(seen);
  });
});
