import { expect } from '@open-wc/testing';
import { calendarTicks } from '../../src/timeline/ticks.js';

describe('calendarTicks', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it('steps through years a reader counts in (1, 2, 5, 10…) for long spans', () => {
    const ticks = calendarTicks(d('2006-03-29'), d('2025-01-15'), 5).map((t) => t.getUTCFullYear());
    expect(ticks).to.deep.equal([2010, 2015, 2020, 2025]);
  });

  it('falls back to month boundaries for spans shorter than the tick count in years', () => {
    const ticks = calendarTicks(d('2024-01-15'), d('2024-12-20'), 4).map((t) => t.toISOString().slice(0, 7));
    expect(ticks).to.deep.equal(['2024-04', '2024-07', '2024-10']);
  });

  it('never returns more than about `count` ticks', () => {
    for (const count of [1, 3, 8]) expect(calendarTicks(d('1900-01-01'), d('2020-01-01'), count).length).to.be.at.most(count + 1);
  });
});
