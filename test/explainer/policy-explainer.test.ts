import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/explainer/define.js';
import type { PolicyExplainer } from '../../src/explainer/policy-explainer.js';
import type { PolicyTimeline } from '../../src/timeline/policy-timeline.js';
import type { StanceMatrix } from '../../src/matrix/stance-matrix.js';
import { bundledDataset as d } from '../../src/data/load.js';
import { localize } from '../../src/data/i18n.js';

async function explainer(attrs = '', width = 1024): Promise<PolicyExplainer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<policy-explainer ${attrs}></policy-explainer>`;
  const el = wrapper.querySelector('policy-explainer')!;
  // The explainer's updateComplete waits for its parts, which render in tasks of their own.
  await el.updateComplete;
  const tl = el.shadowRoot!.querySelector('policy-timeline');
  const mx = el.shadowRoot!.querySelector('stance-matrix');
  expect(tl || mx, 'a part').to.exist;
  if (tl) expect(drawn(el).events, 'events drawn').to.be.above(0);
  if (mx) expect(drawn(el).cells, 'cells drawn').to.be.above(0);
  return el;
}
const timeline = (el: PolicyExplainer) => el.shadowRoot!.querySelector<PolicyTimeline>('policy-timeline')!;
const matrix = (el: PolicyExplainer) => el.shadowRoot!.querySelector<StanceMatrix>('stance-matrix')!;
/** What the explainer's parts have drawn so far: 0 for a part not there yet. */
const drawn = (el: PolicyExplainer) => ({
  events: timeline(el)?.shadowRoot?.querySelectorAll('li.event').length ?? 0,
  cells: matrix(el)?.shadowRoot?.querySelectorAll('.cell').length ?? 0,
});
/** The bundled story, drawn whole. */
const whole = { events: d.events.length, cells: d.actors.length * d.issues.length };
/** Lit's own `updateComplete` for the explainer alone, without the wait for its parts. */
const litOwnUpdate = (el: LitElement) =>
  (LitElement.prototype as unknown as { getUpdateComplete(this: LitElement): Promise<boolean> }).getUpdateComplete.call(el);

describe('<policy-explainer>', () => {
  it('is accessible (axe-core)', async () => {
    const el = await explainer();
    await expect(el).to.be.accessible();
  });

  it('renders its parts top down, each whole in a task of its own: the matrix never draws above an empty timeline', async () => {
    // What each part's first render found above it, and whether it drew in a task the shell's did not.
    const seen: string[] = [];
    const proto = customElements.get('stance-matrix')!.prototype as unknown as { firstUpdated(c: unknown): void };
    const own = Object.hasOwn(proto, 'firstUpdated');
    const original = proto.firstUpdated;
    proto.firstUpdated = function (this: StanceMatrix, c: unknown) {
      const tl = (this.getRootNode() as ShadowRoot).querySelector('policy-timeline');
      seen.push(
        `matrix drew ${this.shadowRoot!.querySelectorAll('.cell').length} cells below ${tl?.shadowRoot?.querySelectorAll('li.event').length ?? 0} events`,
      );
      original.call(this, c);
    };
    try {
      const el = await explainer();
      expect(seen).to.deep.equal([`matrix drew ${d.actors.length * d.issues.length} cells below ${d.events.length} events`]);
      expect(timeline(el).shadowRoot!.querySelectorAll('li.event')).to.have.length(d.events.length);
    } finally {
      if (own) proto.firstUpdated = original;
      else delete (proto as Partial<typeof proto>).firstUpdated;
    }
  });

  it('updateComplete resolves once the timeline and matrix inside have drawn, not only the explainer', async () => {
    const el = document.createElement('policy-explainer');
    const done: { at: string; events: number; cells: number }[] = [];
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    // A developer's code after the promise finds the whole story drawn; Lit's own promise for the
    // explainer alone comes first, with its parts still empty.
    const own = litOwnUpdate(el).then(() => done.push({ at: 'explainer', ...drawn(el) }));
    await el.updateComplete.then(() => done.push({ at: 'updateComplete', ...drawn(el) }));
    await own;
    expect(done).to.deep.equal([
      { at: 'explainer', events: 0, cells: 0 },
      { at: 'updateComplete', ...whole },
    ]);
  });

  it('updateComplete settles for an explainer taken off the page before its parts drew', async () => {
    const el = document.createElement('policy-explainer');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    el.remove();
    // Its own first render still runs (it was on the page once) and creates parts that never are.
    await litOwnUpdate(el);
    expect(timeline(el).isConnected).to.equal(false);
    const settled = await Promise.race([
      el.updateComplete.then(() => 'settled'),
      new Promise((r) => setTimeout(() => r('still waiting after 2 s'), 2000)),
    ]);
    expect(settled).to.equal('settled');
  });

  it('shows title, summary, the as-of date, the timeline, the matrix, sources and the dataset\u2019s notes', async () => {
    const el = await explainer();
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Chicago’s Welcoming City ordinance');
    expect(el.shadowRoot!.querySelector('header .meta')!.textContent!.trim()).to.equal('Describes the situation as of December 10, 2024');
    expect(text).to.contain(`Sources (${d.sources.length})`);
    expect(el.shadowRoot!.querySelector('.note')!.textContent).to.contain('Byron Sigcho-Lopez');
    expect(timeline(el)).to.exist;
    expect(matrix(el)).to.exist;
    expect(el.shadowRoot!.querySelector('[role="heading"][aria-level="2"]')!.textContent).to.contain('Welcoming City');
  });

  it('choosing an actor emphasises the events they took part in', async () => {
    const el = await explainer();
    const header = matrix(el).shadowRoot!.querySelector<HTMLButtonElement>('th#a-lightfoot button')!;
    setTimeout(() => header.click());
    const ev = await oneEvent(el, 'pe-actor-select');
    expect(ev.detail.id).to.equal('lightfoot');
    await el.updateComplete;
    await timeline(el).updateComplete;
    expect(el.actor).to.equal('lightfoot');
    const marked = [...timeline(el).shadowRoot!.querySelectorAll('li.event.highlighted')].map((li) => li.textContent);
    expect(marked.join(' ')).to.contain('41–8');
  });

  it('choosing an event shows the matrix as of its date, with who acted emphasised', async () => {
    const el = await explainer();
    const vote2021 = d.events.find((e) => e.date === '2021-01-27')!;
    const button = timeline(el).shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${vote2021.id}"]`)!;
    button.click();
    // The timeline opens the event once its details module is here (its updateComplete waits for that).
    await timeline(el).updateComplete;
    await el.updateComplete;
    await matrix(el).updateComplete;
    expect(el.event).to.equal(vote2021.id);
    expect(matrix(el).asOf).to.equal('2021-01-27');
    expect(el.shadowRoot!.querySelector('.bar')!.textContent).to.contain('January 27, 2021');
    const rows = [...matrix(el).shadowRoot!.querySelectorAll('tr.highlighted th')].map((th) => th.id);
    expect(rows).to.include.members(['a-lightfoot', 'a-r-lopez']);
    // Johnson had said nothing by then.
    expect(matrix(el).shadowRoot!.querySelector('td[headers~="a-johnson"][headers~="q-sanctuary"]')!.textContent).to.contain(
      'No stated position',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bar button')!.click();
    await el.updateComplete;
    expect(el.event).to.equal(undefined);
    expect(matrix(el).asOf).to.equal(undefined);
  });

  it('keeps the latest positions when the chosen event is still expected', async () => {
    const vote = d.events.find((e) => e.date === '2025-01-15')!;
    const el = await explainer(`event="${vote.id}"`);
    expect(matrix(el).asOf).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.bar')!.textContent).to.contain('not yet happened');
  });

  it('shows only one view with view="timeline" or view="matrix"', async () => {
    const a = await explainer('view="timeline"');
    expect(timeline(a)).to.exist;
    expect(matrix(a)).to.equal(null);
    const b = await explainer('view="matrix"');
    expect(timeline(b)).to.equal(null);
    expect(matrix(b)).to.exist;
  });

  it('passes lang and theme to both views', async () => {
    const el = await explainer('lang="es" theme="dark"');
    expect(timeline(el).getAttribute('lang')).to.equal('es');
    expect(matrix(el).getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot!.querySelector('header .meta')!.textContent!.trim()).to.equal('Describe la situación al 10 de diciembre de 2024');
  });

  it('nests the views\u2019 headings under its own (heading-level)', async () => {
    const el = await explainer('heading-level="3"', 400);
    expect(el.shadowRoot!.querySelector('#pe-title')!.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('#pe-tl')!.getAttribute('aria-level')).to.equal('4');
    timeline(el).shadowRoot!.querySelector<HTMLButtonElement>('li.event button')!.click();
    await timeline(el).updateComplete;
    expect(timeline(el).shadowRoot!.querySelector('#details-title')!.getAttribute('aria-level')).to.equal('5');
  });

  it('never lets a later "updated" read as current: the stamp says what moment it describes, then when the facts were checked', async () => {
    const stamp = async (data: object, lang = 'en') => {
      const el = await fixture<PolicyExplainer>(html`<policy-explainer lang=${lang} .data=${data}></policy-explainer>`);
      await waitUntil(() => el.shadowRoot?.querySelector('header .meta'), 'no stamp');
      return el.shadowRoot!.querySelector('header .meta')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    const later = { ...d, updated: '2026-11-27' };
    const en = await stamp(later);
    expect(en).to.equal('Describes the situation as of December 10, 2024 (facts checked November 27, 2026)');
    expect(en, 'the later date never stands alone as "Updated …"').not.to.match(/updated|as of november|2026$/i);
    expect(await stamp(later, 'es')).to.equal(
      'Describe la situación al 10 de diciembre de 2024 (datos verificados el 27 de noviembre de 2026)',
    );
    // Within the period asOf names, a check is not "later"; month precision reads naturally in Spanish.
    expect(await stamp({ ...d, asOf: '2024-12', updated: '2024-12-20' }, 'es')).to.equal('Describe la situación a diciembre de 2024');
    expect(await stamp({ ...d, asOf: '2024-12', updated: '2025-01' })).to.equal(
      'Describes the situation as of December 2024 (facts checked January 2025)',
    );
  });

  it('offers the data as JSON and CSV downloads', async () => {
    const el = await explainer();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.get-data button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['JSON', 'Events (CSV)', 'Positions (CSV)']);
  });

  it('shows what a story has: a plain timeline has no matrix and no positions download', async () => {
    const plain = { ...structuredClone(d), actors: [], issues: [], stances: [], groups: [] };
    for (const e of plain.events) delete e.actors;
    const el = await explainer();
    el.data = plain;
    await waitUntil(() => !matrix(el), 'the empty matrix is still there');
    expect(timeline(el)).to.exist;
    expect(el.shadowRoot!.textContent).to.not.contain('Who stands where');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.get-data button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['JSON', 'Events (CSV)']);
    // Asked for the matrix it does not have, it shows the timeline rather than nothing.
    el.view = 'matrix';
    await el.updateComplete;
    expect(timeline(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows what a story has: a matrix alone has no timeline and no events download', async () => {
    const el = await explainer();
    el.data = { ...structuredClone(d), events: [] };
    await waitUntil(() => !timeline(el), 'the empty timeline is still there');
    expect(matrix(el)).to.exist;
    expect(el.shadowRoot!.textContent).to.not.contain('How we got here');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.get-data button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['JSON', 'Positions (CSV)']);
  });

  it('prints as complete static content: every event with its summary, every position with its quote, sources written out, no controls', async () => {
    const el = await explainer('', 800);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await timeline(el).updateComplete;
    await matrix(el).updateComplete;
    const tl = timeline(el).shadowRoot!;
    const mx = matrix(el).shadowRoot!;
    expect(tl.querySelectorAll('ol.static > li')).to.have.length(d.events.length);
    expect(tl.textContent).to.contain(localize(d.events[0].summary!, 'en').slice(0, 40));
    expect(mx.querySelectorAll('table.static tbody th[scope="row"]')).to.have.length(d.actors.length);
    expect(mx.textContent).to.contain('We will not bend or break');
    // The sources once, for the whole story, open rather than behind a disclosure.
    expect(el.shadowRoot!.querySelector('footer details')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('footer .sources li')).to.have.length(d.sources.length);
    expect(tl.querySelector('.sources')).to.equal(null);
    for (const root of [el.shadowRoot!, tl, mx]) expect(root.querySelectorAll('button')).to.have.length(0);
    dispatchEvent(new Event('afterprint'));
    await waitUntil(() => timeline(el).shadowRoot!.querySelector('li.event button'), 'the interactive timeline did not come back');
    expect(matrix(el).shadowRoot!.querySelector('.cell')).to.exist;
  });

  it('reads in at most 2,000 px on a 375 px phone (a 343 px column), its matrix in at most 900 px', async () => {
    const el = await explainer('', 343);
    await waitUntil(() => matrix(el).shadowRoot!.querySelector('table.compact'), 'the matrix never went compact');
    await timeline(el).updateComplete;
    expect(matrix(el).getBoundingClientRect().height, 'matrix').to.be.at.most(900);
    expect(el.getBoundingClientRect().height, 'explainer').to.be.at.most(2000);
    expect(document.documentElement.scrollWidth, 'no sideways page scroll').to.be.at.most(innerWidth);
  });

  it('keeps the snippet\u2019s reserved place only until it has rendered: no blank gap under a short story', async () => {
    const small = structuredClone(d);
    small.events = small.events.slice(0, 5);
    small.issues = [];
    small.stances = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"></div>`);
    const el = document.createElement('policy-explainer') as PolicyExplainer;
    el.setAttribute('style', 'display:block;min-height:100vh');
    el.data = small;
    wrapper.append(el);
    await el.updateComplete;
    await waitUntil(() => timeline(el)?.shadowRoot?.querySelector('li.event'), 'never rendered');
    expect(el.style.minHeight).to.equal('');
    const article = el.shadowRoot!.querySelector('article')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().height).to.be.at.most(Math.ceil(article.height) + 1);
    expect(el.getBoundingClientRect().height).to.be.below(innerHeight);
  });

  it('keeps the snippet\u2019s reserved place until its timeline and matrix have drawn, not just its own header', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"></div>`);
    const el = document.createElement('policy-explainer') as PolicyExplainer;
    el.setAttribute('style', 'display:block;min-height:100vh');
    // What was drawn at the moment the place was given up (the page below moves up then).
    const seen = new Promise<{ events: number; cells: number }>((resolve) => {
      const watch = new MutationObserver(() => {
        if (el.style.minHeight) return;
        watch.disconnect();
        resolve(drawn(el));
      });
      watch.observe(el, { attributes: true, attributeFilter: ['style'] });
    });
    wrapper.append(el);
    expect(await seen).to.deep.equal(whole);
  });

  it('gives its content room inside the dark box it paints on a light page', async () => {
    const el = await explainer('theme="dark"');
    const box = el.getBoundingClientRect();
    const header = el.shadowRoot!.querySelector('header')!.getBoundingClientRect();
    expect(header.left - box.left, 'inset from the box\u2019s edge').to.be.at.least(12);
    expect(header.top - box.top, 'inset above the top rule').to.be.at.least(12);
    expect(getComputedStyle(el).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    // Once, not three times: the timeline and the matrix start where the header does.
    for (const tag of ['policy-timeline', 'stance-matrix']) {
      const part = el.shadowRoot!.querySelector(tag)!;
      await (part as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(Math.round(part.getBoundingClientRect().left), tag).to.equal(Math.round(header.left));
      expect(getComputedStyle(part).paddingLeft, tag).to.equal('0px');
    }
  });
});
