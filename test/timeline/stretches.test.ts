import { expect } from '@open-wc/testing';
import { markStretches } from '../../src/timeline/stretches.js';
import { layoutTimeline, type TimelineItem } from '../../src/timeline/layout.js';
import { bundledDataset } from '../../src/data/load.js';
import { localize } from '../../src/data/i18n.js';
import newcomer from '../fixtures/newcomer-story.json' with { type: 'json' };

const options = { asOf: '2024-12-10', lang: 'en', expectedLabel: 'Expected' };
const story = (dates: string[]): TimelineItem[] =>
  dates.map((date, i) => ({ id: `e${i}`, date, title: `Event number ${i + 1} happens in the city` }));

describe('markStretches', () => {
  it('marks a run of gaps drawn at 1.5× the story’s scale or more as one stretch', () => {
    // [proportional px, drawn px]: three events crowd into 10 px of time, drawn over 100 px.
    expect(
      markStretches([
        [0, 0],
        [100, 100],
        [105, 150],
        [110, 200],
        [210, 300],
      ]),
    ).to.deep.equal([[100, 200]]);
  });

  it('does not mark one gap pushed open: a label making room for the next is not a crowd', () => {
    expect(
      markStretches([
        [0, 0],
        [100, 100],
        [110, 160],
        [210, 260],
      ]),
    ).to.deep.equal([]);
  });

  it('compares with the median gap’s scale: the quiet ones’ when half the gaps are crowded', () => {
    // Two long quiet gaps, two short crowded ones: the lower of the two middle scales is a quiet one.
    expect(
      markStretches([
        [0, 0],
        [100, 100],
        [200, 200],
        [205, 250],
        [210, 300],
      ]),
    ).to.deep.equal([[200, 300]]);
  });

  it('marks nothing when crowding pushed every gap alike (the whole axis is at one scale)', () => {
    expect(
      markStretches([
        [0, 0],
        [10, 50],
        [20, 100],
        [30, 150],
        [40, 200],
      ]),
    ).to.deep.equal([]);
  });

  it('marks nothing on an axis of one marker or none', () => {
    expect(markStretches([])).to.deep.equal([]);
    expect(markStretches([[5, 5]])).to.deep.equal([]);
    expect(
      markStretches([
        [0, 0],
        [1, 50],
      ]),
    ).to.deep.equal([]);
  });
});

describe('stretched shading in the layout', () => {
  const fiveOverFive: [string, TimelineItem[]][] = [
    ['the newcomer fixture', newcomer.events.map((e) => ({ id: e.id, date: e.date, title: e.title }))],
    ['one event a year, one gap of eight months', story(['2020-02-10', '2021-05', '2022-11-03', '2023-07', '2024-12-01'])],
    ['two events two months apart', story(['2020-01', '2021-06', '2023-03', '2023-05', '2024-11'])],
    ['two events a month apart', story(['2020-01-05', '2020-02-01', '2022-05-01', '2024-06-01', '2024-12-01'])],
  ];
  // 343 px: the timeline inside an explainer on a 375 px phone; 375: alone, full width.
  for (const width of [343, 375])
    for (const [name, items] of fiveOverFive)
      it(`shades nothing in five events over five years at ${width} px: ${name}`, () => {
        expect(layoutTimeline(items, { ...options, width }).stretches).to.deep.equal([]);
      });

  it('shades three events in three months after years of quiet', () => {
    const l = layoutTimeline(story(['2020-03', '2022-06', '2024-09', '2024-10', '2024-11-12']), { ...options, width: 343 });
    expect(l.stretches).to.have.length(1);
    const [s] = l.stretches;
    expect([s.y1, s.y2]).to.deep.equal([l.events[2].y, l.events[4].y]);
  });

  it('shades the bundled story’s crowded weeks at 375 px (Nov 2024 – Jan 2025), not its quiet years', () => {
    const items = bundledDataset.events.map((e) => ({ id: e.id, date: e.date, end: e.end, title: localize(e.title, 'en') }));
    const l = layoutTimeline(items, { ...options, asOf: bundledDataset.asOf, width: 343 });
    const shaded = l.events.filter((e) => l.stretches.some((s) => e.y >= s.y1 && e.y <= s.y2)).map((e) => e.date);
    expect(shaded).to.deep.equal(['2024-11-12', '2024-12', '2024-12-09', '2025-01-15']);
  });
});
