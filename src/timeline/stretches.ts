import { STRETCH_MARK } from './geometry.js';

/**
 * Where the axis is stretched, to shade it: crowded time drawn at a larger scale than the rest.
 * `knots` map each marker's proportional position to where it is drawn (px along the axis, in
 * order, one knot per date). Pure.
 *
 * The scale to compare with is the median gap's (the lower of the two middle ones: with as many
 * crowded gaps as quiet ones, the quiet ones'): the proportional scale where most gaps kept it,
 * and when crowding pushed every gap alike, that one scale, so nothing is shaded.
 *
 * A stretch is a run of at least two gaps drawn at STRETCH_MARK times that scale or more: three
 * events or more, crowded. One gap pushed open is a label making room for the next, which their
 * dates say; shaded, it called a newcomer's five events over five years "crowded" at 375 px.
 */
export function markStretches(knots: readonly (readonly number[])[]): [number, number][] {
  // Each gap: [its proportional length (never 0: a date has one knot), its drawn length, where it starts].
  const gaps = knots.slice(1).map(([b, p], k) => [b - knots[k][0], p - knots[k][1], knots[k][1]]);
  const scales = gaps.map(([time, drawn]) => drawn / time).sort((x, y) => x - y);
  // Never below 1, the proportional scale: markers are only ever pushed apart.
  const typical = scales[(scales.length - 1) >> 1];
  const stretches: [number, number][] = [];
  let start = 0;
  let end = 0;
  let run = 0;
  // The empty gap last ends any run.
  for (const [time, drawn, from] of [...gaps, []])
    if (drawn > STRETCH_MARK * typical * time + 1) {
      if (!run++) start = from;
      end = from + drawn;
    } else {
      if (run > 1) stretches.push([start, end]);
      run = 0;
    }
  return stretches;
}
