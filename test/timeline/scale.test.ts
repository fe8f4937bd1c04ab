import { expect } from '@open-wc/testing';
import { timeScale } from '../../src/timeline/scale.js';

describe('timeScale', () => {
  it('compresses a long empty stretch behind a break and keeps the rest proportional', () => {
    const dates = ['1985-03-07', '2006-03-29', '2012-09-01', '2017-01-25', '2024-12-10'].map((d) => new Date(d));
    const { scale, breaks } = timeScale(dates, [0, 1000]);
    expect(breaks).to.have.length(1);
    expect(breaks[0].from.getUTCFullYear()).to.equal(1986);
    // Proportional after the break: 2012→2017 is ~4.4 years, 2017→2024 ~7.9 years.
    const a = scale(dates[3]) - scale(dates[2]);
    const b = scale(dates[4]) - scale(dates[3]);
    expect(b / a).to.be.closeTo(7.88 / 4.4, 0.05);
  });

  it('does not break a timeline without long gaps', () => {
    const dates = ['2020', '2021', '2022', '2023'].map((d) => new Date(d));
    expect(timeScale(dates, [0, 100]).breaks).to.have.length(0);
  });
});
