/**
 * The arrow-key model both views share (WAI-ARIA's grid and its one-column case): where an arrow,
 * Home or End moves the one tab stop in a grid of `rows` × `cols`, or undefined for any other key.
 * In one column (the timeline's labels), every arrow steps through the list, as a reader of a time
 * line expects. Right to left, → goes back a column (or a step). Ctrl+Home and Ctrl+End also go to
 * the first or last row of a grid. Always inside the grid. Pure: the elements keep their own state.
 */
export function moveFocus(
  key: string,
  ctrl: boolean,
  [row, col]: readonly [number, number],
  rows: number,
  cols: number,
  rtl: boolean,
): [number, number] | undefined {
  const across = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  const step = (across && (rtl ? -across : across)) || (key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0);
  const list = cols < 2;
  if (step) {
    if (list || !across) row += step;
    else col += step;
  } else if (key === 'Home' || key === 'End') {
    const end = key === 'End';
    if (list || ctrl) row = end ? rows - 1 : 0;
    col = end ? cols - 1 : 0;
  } else return undefined;
  return [Math.min(rows - 1, Math.max(0, row)), Math.min(cols - 1, Math.max(0, col))];
}
