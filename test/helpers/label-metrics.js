// How far each timeline label sits from its marker, and whether any word was broken, measured
// from the rendered boxes (not from the layout's own numbers). Plain JavaScript, so the browser
// tests import it and `bench/geometry.mjs` loads the same file into its pages.

/** Whether `lines`, rejoined at spaces (or after a hyphen the text has), give back `text` exactly. */
export function wrapsBetweenWords(lines, text) {
  const original = text.replace(/\s+/g, ' ').trim();
  let sofar = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    if (original.startsWith(`${sofar} ${line}`)) sofar = `${sofar} ${line}`;
    else if (/-$/.test(sofar) && original.startsWith(sofar + line)) sofar += line;
    else return false;
  }
  return sofar === original;
}

/**
 * Per label of a rendered <policy-timeline>: the distance in px along the time axis between the
 * marker's centre and the label's box (0 when the label spans the marker's position), and how
 * many titles are broken inside a word.
 */
export function labelMetrics(timeline) {
  const root = timeline.shadowRoot;
  const vertical = root.querySelector('.frame').classList.contains('vertical');
  const markers = [...root.querySelectorAll('circle.marker')].map((c) => c.getBoundingClientRect());
  const labels = [...root.querySelectorAll('li.event')];
  const offsets = labels.map((li, i) => {
    const box = li.getBoundingClientRect();
    const m = markers[i];
    const at = vertical ? m.top + m.height / 2 : m.left + m.width / 2;
    const [lo, hi] = vertical ? [box.top, box.bottom] : [box.left, box.right];
    return Math.max(0, lo - at, at - hi);
  });
  const lang = timeline.language;
  const events = new Map((timeline.shown?.events ?? []).map((e) => [e.id, e]));
  let midWord = 0;
  for (const li of labels) {
    const event = events.get(li.querySelector('button').dataset.id);
    if (!event) continue; // a cluster label ("12 events")
    const t = event.title;
    const title = typeof t === 'string' ? t : (t[lang] ?? t[lang.split('-')[0]] ?? t.en ?? Object.values(t)[0]);
    // Title lines: each `.title .line`, and on an inline label the title's start on the date's line.
    const lines = [...li.querySelectorAll('.title .line, .mixed > .title')].map((l) => l.textContent.trim()).filter(Boolean);
    if (!wrapsBetweenWords(lines, title)) midWord++;
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    count: n,
    offsets,
    median: n ? (sorted[(n - 1) >> 1] + sorted[n >> 1]) / 2 : 0,
    max: n ? sorted[n - 1] : 0,
    midWord,
    vertical,
  };
}
