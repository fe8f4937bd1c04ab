import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutTimeline, mirror, type TimelineItem, type TimelineLayout } from '../../src/timeline/layout.js';
import { estimateWidth } from '../../src/timeline/text.js';
import { bundledDataset } from '../../src/data/load.js';
import { localize } from '../../src/data/i18n.js';

const chicago: TimelineItem[] = bundledDataset.events.map((e) => ({ id: e.id, date: e.date, end: e.end, title: localize(e.title, 'en') }));
const options = { asOf: bundledDataset.asOf, lang: 'en', expectedLabel: 'Expected' };

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair of label boxes, and every label against every tick's text box. */
function collisions(l: TimelineLayout): string[] {
  const boxes: (Rect & { name: string })[] = l.events.map((e) => ({ ...e.label, name: e.id }));
  for (const t of l.ticks) {
    const w = estimateWidth(t.text, 'tick');
    boxes.push(
      l.orientation === 'horizontal'
        ? { x: t.x - w / 2, y: t.y - 12, width: w, height: 14, name: `tick ${t.text}` }
        : { x: l.centred ? t.x - w / 2 : t.x - w, y: t.y - 7, width: w, height: 14, name: `tick ${t.text}` },
    );
  }
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) found.push(`${boxes[i].name} × ${boxes[j].name}`);
  return found;
}

const inside = (l: TimelineLayout) => l.events.every((e) => e.label.x >= 0 && e.label.x + e.label.width <= l.width + 0.5);

describe('layoutTimeline', () => {
  it('puts the Chicago milestones in date order', () => {
    const l = layoutTimeline(chicago, { ...options, width: 1280 });
    const dates = l.events.map((e) => e.date);
    expect(dates.slice(0, 3)).to.deep.equal(['1985-03-07', '2006-03-29', '2012-09']);
    expect(l.events.map((e) => e.index)).to.deep.equal(l.events.map((_, i) => i));
    for (let i = 1; i < l.events.length; i++) expect(l.events[i].x).to.be.at.least(l.events[i - 1].x);
  });

  it('is horizontal when wide and vertical when narrow', () => {
    expect(layoutTimeline(chicago, { ...options, width: 1280 }).orientation).to.equal('horizontal');
    expect(layoutTimeline(chicago, { ...options, width: 320 }).orientation).to.equal('vertical');
    expect(layoutTimeline(chicago, { ...options, width: 1280, orientation: 'vertical' }).orientation).to.equal('vertical');
  });

  it('shows a year-only date as the year alone, and marks events after asOf as expected', () => {
    const l = layoutTimeline([...chicago, { id: 'y', date: '1990', title: 'A year' }], { ...options, width: 1280 });
    expect(l.events.find((e) => e.id === 'y')!.dateText).to.equal('1990');
    const vote = l.events.find((e) => e.date === '2025-01-15')!;
    expect(vote.expected).to.equal(true);
    expect(vote.dateText).to.equal('Expected · Jan 15, 2025');
    expect(l.axis.some((a) => a.expected)).to.equal(true);
  });

  for (const [orientation, width] of [
    ['horizontal', 1000],
    ['vertical', 320],
  ] as const) {
    it(`draws a span up to asOf, not beyond, ${orientation}`, () => {
      const l = layoutTimeline(
        [
          { id: 'a', date: '2020', title: 'Start' },
          { id: 's', date: '2022-08-31', end: '2030', title: 'Span' },
          // An expected event: the axis turns dashed at asOf (2024-12-10), which gives asOf's place.
          { id: 'v', date: '2026-03', title: 'Vote' },
        ],
        { ...options, width, orientation },
      );
      expect(l.orientation).to.equal(orientation);
      const along = orientation === 'horizontal' ? (['x1', 'x2'] as const) : (['y1', 'y2'] as const);
      const expectedPart = l.axis.filter((a) => a.expected);
      expect(expectedPart, 'one dashed part of the axis, from asOf on').to.have.length(1);
      const asOfAt = expectedPart[0][along[0]];
      const s = l.events.find((e) => e.id === 's')!;
      const v = l.events.find((e) => e.id === 'v')!;
      expect(v.expected).to.equal(true);
      expect(asOfAt).to.be.below(orientation === 'horizontal' ? v.x : v.y);
      // The span starts at its marker and stops at asOf, although it runs to 2030.
      expect(s.span![along[0]]).to.equal(orientation === 'horizontal' ? s.x : s.y);
      expect(s.span![along[1]]).to.be.closeTo(asOfAt, 0.001);
    });
  }

  it('draws an axis break for the 1985 → 2006 stretch', () => {
    const l = layoutTimeline(chicago, { ...options, width: 1280 });
    expect(l.breaks).to.have.length(1);
    expect(l.breaks[0].x).to.be.greaterThan(l.events[0].x).and.lessThan(l.events[1].x);
  });

  it('has no overlapping labels and no label outside the width, from 280 to 1600 px', () => {
    for (let width = 280; width <= 1600; width += 8) {
      const l = layoutTimeline(chicago, { ...options, width });
      expect(collisions(l), `at ${width}px`).to.deep.equal([]);
      expect(inside(l), `inside at ${width}px`).to.equal(true);
    }
  });

  it('windows the events to from/to', () => {
    const l = layoutTimeline(chicago, { ...options, width: 800, from: '2017', to: '2022' });
    expect(l.events.map((e) => e.date)).to.deep.equal(['2017-01-25', '2020-04-30', '2021-01-27', '2022-08-31']);
  });

  it('groups dense stretches into cluster labels that account for every event, with no overlap', () => {
    const many: TimelineItem[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2000, 0, 1 + Math.floor((i * i) % 9000))).toISOString().slice(0, 10),
      title: `Event number ${i}`,
    }));
    for (const width of [320, 800, 1280]) {
      const l = layoutTimeline(many, { ...options, width });
      expect(l.events.length, `${width}px`).to.be.at.most(40);
      const covered = l.events.reduce((sum, e) => sum + (e.cluster?.count ?? 1), 0);
      expect(covered).to.equal(2000);
      expect(collisions(l)).to.deep.equal([]);
      const cluster = l.events.find((e) => e.cluster)!;
      expect(cluster.title).to.match(/^\d+ events$/);
      // Zooming into a cluster's period shows its events (or finer clusters of them).
      const zoomed = layoutTimeline(many, { ...options, width, from: cluster.cluster!.from, to: cluster.cluster!.to });
      expect(zoomed.events.reduce((sum, e) => sum + (e.cluster?.count ?? 1), 0)).to.equal(cluster.cluster!.count);
    }
  });

  it('does not cluster a timeline whose labels fit', () => {
    expect(layoutTimeline(chicago, { ...options, width: 320 }).events.some((e) => e.cluster)).to.equal(false);
  });

  it('keeps events that only overlap the window on the chart, at its edge', () => {
    for (const [from, to] of [
      ['2023', undefined],
      ['2021', '2023'],
    ]) {
      const l = layoutTimeline(chicago, { ...options, width: 900, from, to });
      for (const e of l.events) {
        expect(e.x, `${e.id} from=${from}`).to.be.within(0, 900);
        if (e.span) expect(e.span.x2).to.be.within(0, 900);
      }
    }
  });

  it('treats a month-precision asOf as the whole month: events in it are not expected', () => {
    const l = layoutTimeline(
      [
        { id: 'a', date: '2024-12-05', title: 'In December' },
        { id: 'b', date: '2025-01-02', title: 'Later' },
      ],
      {
        ...options,
        asOf: '2024-12',
        width: 800,
      },
    );
    expect(l.events.map((e) => e.expected)).to.deep.equal([false, true]);
  });

  it('returns an empty layout for no events', () => {
    expect(layoutTimeline([], { ...options, width: 500 }).events).to.deep.equal([]);
  });

  it('never overlaps labels for random events at random widths (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => new Date(Date.UTC(1970, 0, 1 + n)).toISOString().slice(0, 10));
    const precise = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
    const item = fc.record({ date: precise, title: fc.string({ minLength: 1, maxLength: 60 }).map((s) => s.trim() || 'x') });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 280, max: 1600 }),
        fc.constantFrom('auto', 'vertical', 'horizontal'),
        (items, width, orientation) => {
          const l = layoutTimeline(
            items.map((it, i) => ({ ...it, id: `e${i}` })),
            { ...options, width, orientation: orientation as 'auto' },
          );
          const covered = l.events.reduce((sum, e) => sum + (e.cluster?.count ?? 1), 0);
          return collisions(l).length === 0 && inside(l) && covered === items.length;
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('right to left', () => {
    const near = (a: unknown, b: unknown): void => {
      if (typeof a === 'number') expect(a).to.be.closeTo(b as number, 1e-9);
      else if (a && typeof a === 'object') for (const k of Object.keys(a)) near((a as never)[k], (b as never)[k]);
      else expect(a).to.equal(b);
    };

    it('mirrors every x across the width and keeps every y, size, text and side', () => {
      for (const width of [320, 700, 1280]) {
        const ltr = layoutTimeline(chicago, { ...options, width });
        const rtl = layoutTimeline(chicago, { ...options, width, rtl: true });
        expect(rtl.orientation).to.equal(ltr.orientation);
        rtl.events.forEach((e, i) => {
          const l = ltr.events[i];
          expect(e.x).to.equal(width - l.x);
          expect(e.y).to.equal(l.y);
          expect(e.label.x + e.label.width).to.be.closeTo(width - l.label.x, 1e-9);
          expect([e.label.y, e.label.width, e.label.height, e.label.side, e.label.titleLines]).to.deep.equal([
            l.label.y,
            l.label.width,
            l.label.height,
            l.label.side,
            l.label.titleLines,
          ]);
          expect([e.connector.x1, e.connector.x2]).to.deep.equal([width - l.connector.x1, width - l.connector.x2]);
        });
        expect(rtl.ticks.map((t) => [t.x, t.y, t.text])).to.deep.equal(ltr.ticks.map((t) => [width - t.x, t.y, t.text]));
        expect(rtl.axis.map((a) => [a.x1, a.x2])).to.deep.equal(ltr.axis.map((a) => [width - a.x1, width - a.x2]));
        expect(rtl.breaks.map((b) => b.x)).to.deep.equal(ltr.breaks.map((b) => width - b.x));
        expect(rtl.stretches.map((b) => b.x1)).to.deep.equal(ltr.stretches.map((b) => width - b.x1));
        expect(inside(rtl), `${width}px: labels inside`).to.equal(true);
      }
    });

    it('runs time from the right: later events sit further left on a horizontal axis', () => {
      const l = layoutTimeline(chicago, { ...options, width: 1280, rtl: true });
      expect(l.orientation).to.equal('horizontal');
      for (let i = 1; i < l.events.length; i++) expect(l.events[i].x).to.be.at.most(l.events[i - 1].x);
    });

    it('mirroring twice gives the layout back', () => {
      const l = layoutTimeline(chicago, { ...options, width: 480 });
      near(mirror(mirror(l)), l);
    });
  });
});
