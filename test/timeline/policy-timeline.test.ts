import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/timeline/define.js';
import type { PolicyTimeline } from '../../src/timeline/policy-timeline.js';
import { bundledDataset } from '../../src/data/load.js';
import { overflowingText, overlappingText } from '../helpers/geometry.js';

async function timelineAt(width: number, attrs = ''): Promise<PolicyTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<policy-timeline ${attrs}></policy-timeline>`;
  const el = wrapper.querySelector('policy-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('li.event'), 'timeline never rendered its events');
  return el;
}

const labels = (el: PolicyTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.event button')];

/** A timeline in 'Story Sans', which is not installed: its labels are first measured in the serif fallback. */
async function inStorySans(): Promise<PolicyTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"></div>`);
  const el = document.createElement('policy-timeline') as PolicyTimeline;
  el.style.setProperty('--pe-font', "'Story Sans', serif");
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('li.event'), 'timeline never rendered its events');
  return el;
}

/** Where the layout put each label, and how big it made it. */
const labelBoxes = (el: PolicyTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.event')].map((li) => li.style.cssText);

/** A FontFaceSetLoadEvent's shape (WebKit has no constructor for it, and fires plain Events). */
const fontLoaded = (family: string) =>
  document.fonts.dispatchEvent(Object.assign(new Event('loadingdone'), { fontfaces: [new FontFace(family, 'url(data:,x)')] }));

describe('<policy-timeline>', () => {
  it('is accessible (axe-core), light and dark', async () => {
    const el = await timelineAt(1024);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    labels(el)[2].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('lists the six milestones as an ordered list, in date order, with their dates', async () => {
    const el = await timelineAt(1280);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Timeline');
    const text = labels(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    const order = ['Mar 7, 1985', 'Jan 25, 2017', 'Apr 30, 2020', 'Jan 27, 2021', 'Aug 31, 2022', 'Expected · Jan 15, 2025'];
    const positions = order.map((d) => text.findIndex((t) => t.startsWith(d)));
    expect(
      positions.every((p) => p >= 0),
      text.join(' | '),
    ).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
  });

  it('marks the upcoming vote as expected in words, not colour alone', async () => {
    const el = await timelineAt(1280);
    const vote = labels(el).find((b) => b.textContent!.includes('Jan 15, 2025'))!;
    expect(vote.textContent).to.contain('Expected');
    expect(el.shadowRoot!.querySelector('circle.marker.expected')).to.exist;
    expect(el.shadowRoot!.querySelector('line.axis.expected')).to.exist;
  });

  it('draws the arrivals as a span and the 1985 → 2006 gap as an axis break', async () => {
    const el = await timelineAt(1280);
    expect(el.shadowRoot!.querySelectorAll('line.span')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('g.break')).to.have.length(1);
  });

  for (const width of [280, 320, 375, 768, 1280, 1600]) {
    it(`has no overlapping text and nothing past its edge at ${width} px`, async () => {
      const el = await timelineAt(width);
      expect(overlappingText(el)).to.deep.equal([]);
      expect(overflowingText(el)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  it('is horizontal when wide and vertical when narrow, following its own width', async () => {
    const el = await timelineAt(1280);
    const first = labels(el)[0].getBoundingClientRect();
    const second = labels(el)[1].getBoundingClientRect();
    expect(second.left).to.be.greaterThan(first.left);
    el.parentElement!.style.width = '320px';
    await waitUntil(
      () => labels(el)[1].getBoundingClientRect().top > labels(el)[0].getBoundingClientRect().bottom,
      'did not turn vertical',
    );
    expect(el.orientation).to.equal('auto');
  });

  it('lays out once, again when its own font finishes loading, and not for other fonts', async () => {
    const el = await inStorySans();
    const boxes = () => labelBoxes(el);
    const measured = boxes();
    // What a web font's arrival does to the glyphs: other widths (here, monospace's). Only a layout
    // that measures again can show it, so the boxes tell when the timeline laid out again.
    el.style.setProperty('--pe-font', "'Story Sans', monospace");
    await document.fonts.ready;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(boxes(), 'laid out again although no font loaded').to.deep.equal(measured);
    fontLoaded('Page Icons');
    await el.updateComplete;
    expect(boxes(), 'another font on the page moved the labels').to.deep.equal(measured);
    fontLoaded('Story Sans');
    await el.updateComplete;
    expect(boxes(), 'the labels\u2019 own font loaded, yet they kept the old widths').to.not.deep.equal(measured);
    el.remove();
    document.fonts.dispatchEvent(new Event('loadingdone'));
    expect(el.isUpdatePending, 'a removed timeline still listens to font loads').to.equal(false);
  });

  it('lays out again when put back on the page after web fonts loaded while it was away', async () => {
    const el = await inStorySans();
    const wrapper = el.parentElement!;
    const measured = labelBoxes(el);
    // Taken off the page (a single-page app's route change); its font arrives meanwhile, which
    // here changes the glyphs from serif to monospace's.
    el.remove();
    el.style.setProperty('--pe-font', "'Story Sans', monospace");
    fontLoaded('Story Sans');
    wrapper.append(el);
    await el.updateComplete;
    expect(labelBoxes(el), 'it kept the widths measured before its font loaded').to.not.deep.equal(measured);
  });

  it('renders once a hidden container becomes visible', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div hidden><policy-timeline></policy-timeline></div>`);
    const el = wrapper.querySelector('policy-timeline')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li.event')).to.equal(null);
    wrapper.hidden = false;
    await waitUntil(() => el.shadowRoot!.querySelector('li.event'), 'did not render after becoming visible');
    expect(labels(el)).to.have.length(bundledDataset.events.length);
  });

  it('opens details on click, reflects `selected` and fires pe-event-select', async () => {
    const el = await timelineAt(1280);
    const button = labels(el)[1];
    setTimeout(() => button.click());
    const ev = await oneEvent(el, 'pe-event-select');
    expect(ev.detail.id).to.equal(bundledDataset.events[1].id);
    expect(ev.detail.event).to.equal(bundledDataset.events[1]);
    expect(ev.bubbles && ev.composed).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal(bundledDataset.events[1].id);
    const details = el.shadowRoot!.querySelector('#details')!;
    expect(details.textContent).to.contain('City Council');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows sources as safe links and the clarification note on the 2020 ruling', async () => {
    const el = await timelineAt(1280);
    const id = bundledDataset.events.find((e) => e.date === '2020-04-30')!.id;
    el.selected = id;
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('#details')!;
    expect(details.querySelector('.note')!.textContent).to.match(/Clarification/);
    expect(details.textContent).to.contain('Supreme Court');
    // The 2020 ruling's sources have no url; the first event citing one with a url shows the links.
    const urls = new Map(bundledDataset.sources.filter((s) => s.url).map((s) => [s.id, s.url]));
    const cited = bundledDataset.events.find((e) => e.sources.some((s) => urls.has(s)))!;
    el.selected = cited.id;
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#details a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(cited.sources.filter((s) => urls.has(s)).map((s) => urls.get(s)));
    for (const a of links) {
      expect(a.protocol).to.match(/^https?:$/);
      expect(a.rel).to.contain('noopener');
    }
  });

  it('has one tab stop and moves with arrows, Home and End; Enter opens, Escape closes and returns focus', async () => {
    const el = await timelineAt(1280);
    const buttons = labels(el);
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[buttons.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(bundledDataset.events[1].id);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected, 'details follow focus').to.equal(bundledDataset.events[2].id);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    await waitUntil(() => el.shadowRoot!.activeElement === labels(el)[2], 'focus did not return to the event');
    expect(labels(el).filter((b) => b.tabIndex === 0)).to.deep.equal([labels(el)[2]]);
  });

  it('shows Spanish month names under lang="es", and follows an ancestor\u2019s lang', async () => {
    const el = await timelineAt(1280, 'lang="es"');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('25 ene 2017');
    expect(text).to.contain('Previsto');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es" style="width:900px"><policy-timeline></policy-timeline></div>`);
    const inherited = wrapper.querySelector('policy-timeline')!;
    await waitUntil(() => inherited.shadowRoot?.querySelector('li.event'));
    expect(inherited.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Cronología');
  });

  it('follows the page\u2019s own lang when it changes after the first render', async () => {
    const el = await timelineAt(1280);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Timeline');
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es';
      await waitUntil(() => el.shadowRoot!.querySelector('ol')?.getAttribute('aria-label') === 'Cronología', 'never switched to Spanish');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('follows an ancestor\u2019s lang when it changes (a site that switches the language of one section)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<section lang="en" style="width:900px">
        <div><policy-timeline></policy-timeline></div>
      </section>`,
    );
    const el = wrapper.querySelector('policy-timeline')!;
    await waitUntil(() => el.shadowRoot?.querySelector('ol')?.getAttribute('aria-label') === 'Timeline', 'never rendered');
    wrapper.lang = 'es';
    await waitUntil(() => el.shadowRoot!.querySelector('ol')?.getAttribute('aria-label') === 'Cronología', 'never switched to Spanish');
  });

  it('renders identical text under two time zones', async function () {
    const read = async () => {
      const el = await timelineAt(1280);
      return labels(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    };
    // WebKit's WebDriver cannot change the time zone: there the suite's pinned TZ is the only one.
    if (!(await executeServerCommand('emulate-timezone', { timezone: 'Pacific/Honolulu' }))) this.skip();
    expect(new Date(2017, 0, 1).getTimezoneOffset()).to.equal(600);
    const west = await read();
    await executeServerCommand('emulate-timezone', { timezone: 'Asia/Tokyo' });
    expect(new Date(2017, 0, 1).getTimezoneOffset()).to.equal(-540);
    const east = await read();
    await executeServerCommand('emulate-timezone', { timezone: 'America/Chicago' });
    expect(new Date(2017, 0, 1).getTimezoneOffset()).to.equal(360);
    expect(west).to.deep.equal(east);
    expect(west[0]).to.contain('Mar 7, 1985');
  });

  it('windows the events with from and to', async () => {
    const el = await timelineAt(900, 'from="2017" to="2021"');
    expect(labels(el).map((b) => b.textContent!.match(/\d{4}/)![0])).to.deep.equal(['2017', '2020', '2021']);
  });

  it('groups a dense dataset into cluster labels; opening one zooms in, Escape zooms out', async () => {
    const dense = structuredClone(bundledDataset);
    dense.events = Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(1990, 0, 1 + i * 17)).toISOString().slice(0, 10),
      title: `Event ${i}`,
      kind: 'event' as const,
      sources: [dense.sources[0].id],
    })) as unknown as typeof dense.events;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:400px"><policy-timeline .data=${dense}></policy-timeline></div>`);
    const el = wrapper.querySelector('policy-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('li.event.cluster'), 'no cluster labels');
    expect(labels(el).length).to.be.at.most(40);
    expect(overlappingText(el)).to.deep.equal([]);
    const cluster = el.shadowRoot!.querySelector<HTMLButtonElement>('li.event.cluster button')!;
    // Its name is its visible text (date, "N events") plus "Show them": axe's label-content-name-mismatch passes.
    expect(cluster.hasAttribute('aria-label')).to.equal(false);
    expect(cluster.textContent!.replace(/\s+/g, ' ').trim()).to.match(/\d+ events Show them$/);
    await expect(el).to.be.accessible();
    const count = Number(cluster.textContent!.match(/(\d+) events/)![1]);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="zoom-out"]'), 'did not zoom in');
    await el.updateComplete;
    const inside = labels(el).reduce((sum, b) => sum + Number(b.textContent!.match(/(\d+) events/)?.[1] ?? 1), 0);
    expect(inside).to.equal(count);
    expect(el.shadowRoot!.activeElement).to.equal(labels(el)[0]);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="zoom-out"]'), 'did not zoom out');
    expect(el.shadowRoot!.querySelector('li.event.cluster')).to.exist;
  });

  it('emphasises the events of the highlighted actor', async () => {
    const el = await timelineAt(1280, 'highlight="johnson"');
    const marked = [...el.shadowRoot!.querySelectorAll('li.event.highlighted')].map((li) => li.textContent);
    expect(marked.length).to.be.greaterThan(0);
    expect(marked.join(' ')).to.contain('Johnson');
  });
});
