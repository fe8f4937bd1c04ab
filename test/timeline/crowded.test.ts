import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/timeline/define.js';
import type { PolicyTimeline } from '../../src/timeline/policy-timeline.js';
import type { Dataset } from '../../src/data/types.js';
import { bundledDataset } from '../../src/data/load.js';
import { timelineDataset } from '../../bench/synthetic.mjs';
import { labelMetrics } from '../helpers/label-metrics.js';
import { overflowingText, overlappingText } from '../helpers/geometry.js';
import { withArabic } from '../helpers/arabic.js';
import { addLanguage } from '../../src/data/i18n.js';
import ar from '../../src/i18n/ar.js';

// Labels stay by their dates on data nobody here wrote: the bundled story, TimelineJS3's own sample
// timelines converted by our command line, and synthetic bursts of news, at every width from 280 to
// 1600 px. Measured from the rendered boxes: the distance along the time axis from each marker to
// its label (median at most 40 px, max 120 px), no overlap, nothing past the edge, no broken word.

const WIDTHS = [280, 320, 375, 480, 600, 768, 1024, 1280, 1600];

async function sample(name: string): Promise<Dataset> {
  const res = await fetch(`/__test/timelinejs/${name}.json`);
  if (!res.ok) throw new Error(`${name}: ${await res.text()}`);
  return res.json();
}

async function render(data: Dataset, width: number, lang?: string): Promise<PolicyTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('policy-timeline') as PolicyTimeline;
  el.data = data;
  if (lang) el.lang = lang;
  wrapper.append(el);
  // Laid out at its own width (the frame is as wide as the wrapper), all updates done.
  // Generous: WebKit on a loaded 2-core machine took over a second for some first layouts.
  await waitUntil(() => el.shadowRoot?.querySelector<SVGElement>('svg.chart')?.getAttribute('width') === String(width), 'never laid out', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

const datasets: [string, () => Promise<Dataset>][] = [
  ['the bundled story', async () => bundledDataset],
  ['TimelineJS3 all-media-types', () => sample('all-media-types')],
  ['TimelineJS3 eras', () => sample('eras')],
  ['TimelineJS3 cosmo-mixed', () => sample('cosmo-mixed')],
  ['40 synthetic events in bursts', async () => timelineDataset(40)],
];

describe('crowded timelines', function () {
  // Each test lays out nine widths; under load WebKit needs more than mocha's 10 s for that.
  this.timeout(60000);

  for (const [name, load] of datasets) {
    it(`keeps every label by its date, whole words and no overlap: ${name}, 280–1600 px`, async () => {
      const data = await load();
      for (const width of WIDTHS) {
        const el = await render(data, width);
        const m = labelMetrics(el);
        expect(m.count, `${width}px: labels`).to.be.greaterThan(0);
        expect(m.median, `${width}px: median offset`).to.be.at.most(40);
        expect(m.max, `${width}px: max offset`).to.be.at.most(120);
        expect(m.midWord, `${width}px: titles broken inside a word`).to.equal(0);
        expect(overlappingText(el), `${width}px`).to.deep.equal([]);
        expect(overflowingText(el), `${width}px`).to.deep.equal([]);
      }
    });
  }

  // Right to left (Arabic): the same geometry, mirrored. The bundled story with its Arabic text; the
  // other samples keep their English titles inside the Arabic interface (Arabic dates, RTL layout).
  describe('right to left', () => {
    before(() => addLanguage('ar', ar));
    const rtlDatasets: [string, () => Promise<Dataset>][] = [
      ['the bundled story in Arabic', async () => withArabic(bundledDataset)],
      ...datasets.slice(1),
    ];
    for (const [name, load] of rtlDatasets) {
      it(`runs right to left, every label by its date, whole words and no overlap: ${name}, 280–1600 px`, async () => {
        const data = await load();
        for (const width of WIDTHS) {
          const el = await render(data, width, 'ar');
          const root = el.shadowRoot!;
          expect(getComputedStyle(root.querySelector('.frame')!).direction, `${width}px`).to.equal('rtl');
          const m = labelMetrics(el);
          expect(m.count, `${width}px: labels`).to.be.greaterThan(0);
          expect(m.median, `${width}px: median offset`).to.be.at.most(40);
          expect(m.max, `${width}px: max offset`).to.be.at.most(120);
          expect(m.midWord, `${width}px: titles broken inside a word`).to.equal(0);
          expect(overlappingText(el), `${width}px`).to.deep.equal([]);
          expect(overflowingText(el), `${width}px`).to.deep.equal([]);
          const markers = [...root.querySelectorAll('circle.marker')].map((c) => c.getBoundingClientRect());
          const frame = root.querySelector('.frame')!;
          if (frame.classList.contains('horizontal')) {
            // Time runs leftwards: the first event's marker is right of the last one's.
            expect(markers[0].left, `${width}px: first marker right of the last`).to.be.greaterThan(markers[markers.length - 1].left);
          } else if (!frame.classList.contains('centred')) {
            // A narrow column: the axis on the right, labels to its left, tick dates to its right.
            const axis = markers[0].left + markers[0].width / 2;
            for (const li of root.querySelectorAll('li.event'))
              expect(li.getBoundingClientRect().right, `${width}px: label left of the axis`).to.be.below(axis);
            for (const tick of root.querySelectorAll('text.tick'))
              expect(tick.getBoundingClientRect().left, `${width}px: tick "${tick.textContent}" right of the axis`).to.be.above(axis);
          }
        }
      });
    }
  });

  it('shows where the scale is stretched, and says so', async () => {
    const el = await render(bundledDataset, 375);
    expect(el.shadowRoot!.querySelectorAll('line.stretch').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('.scale-note')!.textContent).to.contain('larger scale');
  });

  it('uses a wide column: labels on both sides of a centred axis when one row of labels each side cannot hold them', async () => {
    const el = await render(await sample('all-media-types'), 1280);
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(frame.classList.contains('centred')).to.equal(true);
    const boxes = [...el.shadowRoot!.querySelectorAll('li.event')].map((li) => li.getBoundingClientRect());
    const left = el.getBoundingClientRect().left;
    expect(boxes.some((b) => b.right < left + 640)).to.equal(true);
    expect(boxes.some((b) => b.left > left + 640)).to.equal(true);
  });
});
