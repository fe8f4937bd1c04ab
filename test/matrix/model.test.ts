import { expect } from '@open-wc/testing';
import { buildMatrix, parseIdList, stanceAsOf } from '../../src/matrix/model.js';
import { bundledDataset as d } from '../../src/data/load.js';
import type { Stance } from '../../src/data/types.js';

const cell = (m: ReturnType<typeof buildMatrix>, actor: string, issue: string) =>
  m.groups
    .flatMap((g) => g.rows)
    .find((r) => r.actor.id === actor)!
    .cells.find((c) => c.issue.id === issue)!;

describe('buildMatrix', () => {
  it('has every actor and every question of the bundled data', () => {
    const m = buildMatrix(d, { lang: 'en' });
    expect(m.issues.map((i) => i.id)).to.deep.equal(d.issues.map((i) => i.id));
    expect(m.groups.flatMap((g) => g.rows.map((r) => r.actor.id)).sort()).to.deep.equal(d.actors.map((a) => a.id).sort());
  });

  it('groups actors in the order of the dataset\u2019s groups, with their labels', () => {
    const m = buildMatrix(d, { lang: 'es' });
    expect(m.groups.map((g) => g.id)).to.deep.equal(['federal', 'mayor', 'council', 'police']);
    expect(m.groups[0].label).to.equal('Gobierno federal');
  });

  it('shows the latest stance on or before the date, with earlier ones as history', () => {
    const now = cell(buildMatrix(d, { lang: 'en' }), 'r-lopez', 'carve-outs');
    expect(now.stance!.date).to.equal('2024-12');
    expect(now.history.map((s) => s.date)).to.deep.equal(['2021-01-27']);
    const then = cell(buildMatrix(d, { lang: 'en', asOf: '2021-06' }), 'r-lopez', 'carve-outs');
    expect(then.stance!.date).to.equal('2021-01-27');
    expect(then.history).to.deep.equal([]);
  });

  it('reads "unknown" where nothing was said by that date', () => {
    const before = cell(buildMatrix(d, { lang: 'en', asOf: '2020' }), 'johnson', 'sanctuary');
    expect(before.stance).to.equal(null);
    expect(before.position).to.equal('unknown');
  });

  it('filters and orders actors and questions by id lists, ignoring unknown ids', () => {
    const m = buildMatrix(d, { lang: 'en', actors: ['johnson', 'nobody', 'trump'], issues: ['sanctuary'] });
    expect(m.groups.flatMap((g) => g.rows.map((r) => r.actor.id))).to.deep.equal(['johnson', 'trump']);
    expect(m.issues.map((i) => i.id)).to.deep.equal(['sanctuary']);
  });

  it('sorts actors by name within a group on request', () => {
    const m = buildMatrix(d, { lang: 'en', sort: 'name' });
    const council = m.groups.find((g) => g.id === 'council')!.rows.map((r) => String(r.actor.name));
    expect(council).to.deep.equal([...council].sort((a, b) => a.localeCompare(b)));
  });
});

describe('stanceAsOf', () => {
  const s = (date: string): Stance => ({ actor: 'a', issue: 'i', position: 'support', basis: 'action', date, sources: ['x'] });
  it('reads a year or month as-of date as the whole period', () => {
    expect(stanceAsOf([s('2024-12-05')], '2024-12').stance?.date).to.equal('2024-12-05');
    expect(stanceAsOf([s('2024-12-05')], '2024').stance?.date).to.equal('2024-12-05');
    expect(stanceAsOf([s('2025-01-01')], '2024').stance).to.equal(null);
  });

  it('counts a month-precision stance from the first of its month', () => {
    expect(stanceAsOf([s('2024-12')], '2024-12-10').stance?.date).to.equal('2024-12');
    expect(stanceAsOf([s('2024-12')], '2024-11-30').stance).to.equal(null);
  });
});

describe('parseIdList', () => {
  it('splits a comma list and drops blanks', () => {
    expect(parseIdList(' trump, ,johnson ')).to.deep.equal(['trump', 'johnson']);
    expect(parseIdList('')).to.equal(undefined);
    expect(parseIdList(null)).to.equal(undefined);
  });
});
