/**
 * One-dimensional label placement: boxes that want to sit at `ideal` positions along a line are
 * moved the least total distance so that none overlap (pool-adjacent-violators: overlapping boxes
 * merge into a block centred on the mean of their wishes), then kept inside [min, max].
 * Pure, O(n) after sorting. The horizontal timeline uses it to bring each row of labels back
 * inside the width (place.ts); the vertical one stacks its labels on the stretched axis instead.
 */
export interface Wish {
  /** Where the box's start would ideally be. */
  ideal: number;
  /** The box's extent along the line. */
  size: number;
}

interface Block {
  first: number;
  last: number;
  /** Sum over members of (ideal − offset within the block): the block's best start is this / count. */
  sum: number;
  count: number;
  size: number;
  start: number;
}

/**
 * Returns each box's start, in input order (the input must already be sorted by `ideal`).
 * With `max` finite and the boxes too long to fit, the start of the line wins and boxes run past `max`.
 */
export function dodge(wishes: readonly Wish[], gap: number, min = -Infinity, max = Infinity): number[] {
  const blocks: Block[] = [];
  for (let i = 0; i < wishes.length; i++) {
    const w = wishes[i];
    let block: Block = { first: i, last: i, sum: w.ideal, count: 1, size: w.size, start: w.ideal };
    for (;;) {
      block.start = Math.max(Math.min(block.sum / block.count, max - block.size), min);
      const prev = blocks[blocks.length - 1];
      if (!prev || prev.start + prev.size + gap <= block.start) break;
      // Merge: the members of `block` now sit after prev's, shifted by prev.size + gap.
      blocks.pop();
      const shift = prev.size + gap;
      block = {
        first: prev.first,
        last: block.last,
        sum: prev.sum + block.sum - shift * block.count,
        count: prev.count + block.count,
        size: shift + block.size,
        start: 0,
      };
    }
    blocks.push(block);
  }
  const starts = new Array<number>(wishes.length);
  for (const b of blocks) {
    let at = b.start;
    for (let i = b.first; i <= b.last; i++) {
      starts[i] = at;
      at += wishes[i].size + gap;
    }
  }
  return starts;
}
