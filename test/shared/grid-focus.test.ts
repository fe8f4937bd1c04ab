import { expect } from '@open-wc/testing';
import { moveFocus } from '../../src/shared/grid-focus.js';

describe('moveFocus (the arrow-key model of the matrix and the timeline)', () => {
  const grid = (key: string, at: [number, number], { ctrl = false, rtl = false } = {}) => moveFocus(key, ctrl, at, 4, 3, rtl);

  it('moves one cell in a grid, and stays inside it', () => {
    expect(grid('ArrowRight', [1, 1])).to.deep.equal([1, 2]);
    expect(grid('ArrowLeft', [1, 1])).to.deep.equal([1, 0]);
    expect(grid('ArrowDown', [1, 1])).to.deep.equal([2, 1]);
    expect(grid('ArrowUp', [1, 1])).to.deep.equal([0, 1]);
    expect(grid('ArrowRight', [1, 2])).to.deep.equal([1, 2]);
    expect(grid('ArrowUp', [0, 0])).to.deep.equal([0, 0]);
    expect(grid('ArrowDown', [3, 0])).to.deep.equal([3, 0]);
  });

  it('reads a right-to-left grid from the right: ← is the next column', () => {
    expect(grid('ArrowLeft', [1, 1], { rtl: true })).to.deep.equal([1, 2]);
    expect(grid('ArrowRight', [1, 1], { rtl: true })).to.deep.equal([1, 0]);
    expect(grid('ArrowDown', [1, 1], { rtl: true })).to.deep.equal([2, 1]);
  });

  it('goes to the row\u2019s ends with Home and End, and the grid\u2019s with Ctrl', () => {
    expect(grid('Home', [2, 2])).to.deep.equal([2, 0]);
    expect(grid('End', [2, 0])).to.deep.equal([2, 2]);
    expect(grid('Home', [2, 2], { ctrl: true })).to.deep.equal([0, 0]);
    expect(grid('End', [0, 0], { ctrl: true })).to.deep.equal([3, 2]);
  });

  it('steps through a one-column list with every arrow (a timeline), Home and End at its ends', () => {
    const list = (key: string, at: number, rtl = false) => moveFocus(key, false, [at, 0], 6, 1, rtl)?.[0];
    expect([list('ArrowRight', 2), list('ArrowDown', 2), list('ArrowLeft', 2), list('ArrowUp', 2)]).to.deep.equal([3, 3, 1, 1]);
    expect([list('ArrowLeft', 2, true), list('ArrowRight', 2, true)]).to.deep.equal([3, 1]);
    expect([list('Home', 4), list('End', 1), list('ArrowLeft', 0), list('ArrowRight', 5)]).to.deep.equal([0, 5, 0, 5]);
  });

  it('leaves every other key to the page', () => {
    for (const key of ['Enter', ' ', 'Tab', 'PageDown', 'a']) expect(grid(key, [1, 1]), key).to.equal(undefined);
  });
});
