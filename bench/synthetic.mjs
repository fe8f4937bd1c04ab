// Synthetic datasets for the scale benchmarks, valid against data/schema.json (and the checks a
// schema cannot express). Deterministic: the same size gives the same dataset on every run.
//   node bench/synthetic.mjs      validates every benchmark size with dist/esm's validate()
//
// Timelines: `n` events over 1985–2024 (like the Chicago story), 60 % spread evenly at random and
// 40 % in three dense stretches (news comes in bursts), day/month/year precision, some spans, a few
// expected events after asOf, titles of 3–10 words, short summaries. Matrices: `actors` actors in
// 8 groups × `issues` questions, 0–3 stances per cell (some cells have a history), every basis.

export const EVENT_SIZES = [10, 100, 1000, 10000];
export const ACTOR_SIZES = [10, 100, 500];
export const ISSUES = 5;

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council vote ordinance mayor police federal court ruling grants city order amendment hearing ' +
  'committee alderman sanctuary welcoming immigrants agents detainers budget lawsuit appeal ' +
  'memo statement protest rally shelter arrivals buses funding report audit review policy ' +
  'carve-outs enforcement deportation administration governor state county judge injunction'
).split(' ');

const pad = (n, w = 2) => String(n).padStart(w, '0');
const day = (t) => new Date(t).toISOString().slice(0, 10);

function words(r, min, max) {
  const n = min + Math.floor(r() * (max - min + 1));
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

const base = (id, title) => ({
  id,
  title,
  summary: 'A synthetic dataset for the policy-explainer benchmarks.',
  asOf: '2024-12-10',
  updated: '2024-12-10',
  sources: [
    { id: 'src-a', label: 'Synthetic source A', url: 'https://example.org/a', publisher: 'Example News', date: '2024-12' },
    { id: 'src-b', label: { en: 'Synthetic source B', es: 'Fuente sintética B' }, date: '2024' },
  ],
});

/** A timeline dataset of `n` events (few actors, one question, no stances). */
export function timelineDataset(n) {
  const r = rng(n * 7919 + 1);
  const from = Date.UTC(1985, 0, 1);
  const to = Date.UTC(2024, 11, 10);
  const bursts = [
    [Date.UTC(2006, 2, 1), 120],
    [Date.UTC(2017, 0, 10), 200],
    [Date.UTC(2022, 7, 20), 500],
  ].map(([t, days]) => [t, days * 864e5]);
  const actors = ['mayor', 'council', 'police', 'federal'];
  const kinds = ['policy', 'ruling', 'vote', 'statement', 'event'];
  const events = [];
  for (let i = 0; i < n; i++) {
    let t;
    if (r() < 0.4) {
      const [start, span] = bursts[Math.floor(r() * bursts.length)];
      t = start + r() * span;
    } else t = from + r() * (to - from);
    const d = new Date(t);
    const p = r();
    // Mostly day precision; some month; a few years.
    let date = p < 0.8 ? day(t) : p < 0.95 ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` : String(d.getUTCFullYear());
    const e = {
      id: `e-${pad(i, 5)}`,
      date,
      title: r() < 0.3 ? { en: words(r, 3, 10), es: words(r, 3, 10) } : words(r, 3, 10),
      summary: words(r, 12, 30) + '.',
      kind: kinds[Math.floor(r() * kinds.length)],
      actors: actors.filter(() => r() < 0.3),
      sources: [r() < 0.5 ? 'src-a' : 'src-b'],
    };
    if (date.length === 10 && r() < 0.03) e.end = day(t + (30 + r() * 400) * 864e5);
    events.push(e);
  }
  // A few expected events after asOf, as in the real story.
  const expected = Math.max(1, Math.round(n / 200));
  for (let i = 0; i < expected && events.length > 1; i++) events[events.length - 1 - i].date = day(Date.UTC(2025, 0, 15) + i * 7 * 864e5);
  for (const e of events) if (e.end && e.end <= e.date) delete e.end;
  return {
    ...base(`synthetic-events-${n}`, `Synthetic timeline, ${n} events`),
    groups: [
      { id: 'city', label: 'City' },
      { id: 'federal', label: 'Federal government' },
    ],
    events,
    actors: actors.map((id) => ({
      id,
      name: id[0].toUpperCase() + id.slice(1),
      role: 'Actor',
      group: id === 'federal' ? 'federal' : 'city',
    })),
    issues: [{ id: 'q1', label: 'Keep the ordinance?' }],
    stances: [],
  };
}

/** A matrix dataset: `nActors` actors × `nIssues` questions, with stances and histories. */
export function matrixDataset(nActors, nIssues = ISSUES) {
  const r = rng(nActors * 104729 + nIssues);
  const groups = Array.from({ length: 8 }, (_, i) => ({ id: `g${i + 1}`, label: { en: `Group ${i + 1}`, es: `Grupo ${i + 1}` } }));
  const actors = Array.from({ length: nActors }, (_, i) => ({
    id: `a-${pad(i, 4)}`,
    name: `${words(r, 1, 1)} ${words(r, 1, 1)} ${i}`,
    role: r() < 0.5 ? 'Alderperson' : { en: 'Official', es: 'Funcionario' },
    group: groups[Math.floor((i * groups.length) / nActors)].id,
  }));
  const issues = Array.from({ length: nIssues }, (_, i) => ({
    id: `q${i + 1}`,
    label: { en: `Question ${i + 1}: ${words(r, 3, 6)}?`, es: `Pregunta ${i + 1}` },
    description: words(r, 10, 20) + '.',
  }));
  const positions = ['support', 'oppose', 'mixed', 'unknown'];
  const bases = ['own-words', 'action', 'reported'];
  const stances = [];
  for (const a of actors) {
    for (const q of issues) {
      const count = Math.floor(r() * 4); // 0–3 stances: 0 is "no stated position"
      const years = new Set();
      for (let k = 0; k < count; k++) {
        let y;
        do y = 2012 + Math.floor(r() * 13);
        while (years.has(y));
        years.add(y);
        const position = positions[Math.floor(r() * positions.length)];
        const basis = bases[Math.floor(r() * bases.length)];
        const s = { actor: a.id, issue: q.id, position, basis, date: `${y}-${pad(1 + Math.floor(r() * 12))}` };
        if (basis === 'own-words') s.quote = `${words(r, 6, 16)}.`;
        s.summary = { en: `${words(r, 8, 20)}.`, es: `${words(r, 8, 20)}.` };
        if (position !== 'unknown' || r() < 0.5) s.sources = [r() < 0.5 ? 'src-a' : 'src-b'];
        stances.push(s);
      }
    }
  }
  return {
    ...base(`synthetic-actors-${nActors}`, `Synthetic matrix, ${nActors} actors × ${nIssues} questions`),
    groups,
    events: [{ id: 'e-1', date: '2021-01-27', title: 'An event', kind: 'vote', sources: ['src-a'] }],
    actors,
    issues,
    stances,
  };
}

// Run as a script (not when a browser test imports the generators).
if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  const { ESM, ensureBuilt } = await import('./lib.mjs');
  ensureBuilt({ esm: true });
  const { validate } = await import(`${ESM}/data/validate.js`);
  let bad = 0;
  const check = (label, d) => {
    const v = validate(d);
    const size = JSON.stringify(d).length;
    console.log(
      `${label}: ${
        v.ok
          ? 'valid'
          : `INVALID: ${v.problems
              .slice(0, 5)
              .map((p) => `${p.path} ${p.message}`)
              .join('; ')}`
      } (${size.toLocaleString('en-US')} B of JSON)`,
    );
    if (!v.ok) bad++;
  };
  for (const n of EVENT_SIZES) check(`${n} events`, timelineDataset(n));
  for (const n of ACTOR_SIZES) check(`${n} actors × ${ISSUES} issues`, matrixDataset(n));
  process.exit(bad ? 1 : 0);
}
