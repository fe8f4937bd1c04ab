import { expect } from '@open-wc/testing';
import { dodge } from '../../src/timeline/dodge.js';

describe('dodge', () => {
  it('leaves boxes that do not collide where they want to be', () => {
    expect(
      dodge(
        [
          { ideal: 0, size: 10 },
          { ideal: 50, size: 10 },
        ],
        5,
      ),
    ).to.deep.equal([0, 50]);
  });

  it('spreads colliding boxes around the mean of their wishes', () => {
    expect(
      dodge(
        [
          { ideal: 100, size: 20 },
          { ideal: 100, size: 20 },
        ],
        0,
      ),
    ).to.deep.equal([90, 110]);
  });

  it('keeps boxes inside the bounds', () => {
    const starts = dodge(
      [
        { ideal: -30, size: 20 },
        { ideal: 95, size: 20 },
      ],
      4,
      0,
      100,
    );
    expect(starts).to.deep.equal([0, 80]);
  });
});
