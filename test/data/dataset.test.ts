import { expect } from '@open-wc/testing';
import { bundledDataset as d } from '../../src/data/load.js';
import { validate } from '../../src/data/validate.js';
import { compareDates } from '../../src/data/dates.js';

describe('the bundled Chicago dataset', () => {
  it('validates', () => {
    expect(validate(d)).to.deep.include({ ok: true });
  });

  it('has the six milestones, with the council vote after asOf (expected)', () => {
    const dates = d.events.map((e) => e.date);
    for (const date of ['1985-03-07', '2017-01-25', '2020-04-30', '2021-01-27', '2022-08-31', '2025-01-15']) expect(dates).to.include(date);
    expect(d.asOf.startsWith('2024-12')).to.equal(true);
    expect(compareDates('2025-01-15', d.asOf)).to.be.greaterThan(0);
    expect(d.events.find((e) => e.date === '2022-08-31')!.end, 'arrivals are a span').to.be.a('string');
  });

  it('states the 2020 ruling accurately, with a visible clarification', () => {
    const ruling = d.events.find((e) => e.date === '2020-04-30')!;
    const title = JSON.stringify(ruling.title);
    expect(title).to.not.match(/Supreme Court/);
    expect(ruling.notes?.[0].kind).to.equal('clarification');
    expect(JSON.stringify(ruling.notes)).to.contain('Supreme Court');
  });

  it('names every actor of the article', () => {
    const names = d.actors.map((a) => JSON.stringify(a.name)).join(' ');
    for (const name of ['Trump', 'Homan', 'Johnson', 'Lopez', 'Tabares', 'Vasquez', 'Sigcho-Lopez', 'Napolitano', 'Police', 'Lightfoot'])
      expect(names).to.contain(name);
  });

  it('has a stance for every actor on every question', () => {
    for (const a of d.actors)
      for (const i of d.issues)
        expect(
          d.stances.some((s) => s.actor === a.id && s.issue === i.id),
          `${a.id} × ${i.id}`,
        ).to.equal(true);
  });

  it('gives every actor at least one sourced stance', () => {
    for (const a of d.actors)
      expect(
        d.stances.some((s) => s.actor === a.id && s.sources?.length),
        a.id,
      ).to.equal(true);
  });

  it('attributes every quote: own words of a known actor, dated and sourced', () => {
    const quoted = d.stances.filter((s) => s.quote);
    expect(quoted.length).to.be.at.least(5);
    for (const s of quoted) {
      expect(s.basis).to.equal('own-words');
      expect(d.actors.some((a) => a.id === s.actor)).to.equal(true);
      expect(s.sources?.length).to.be.greaterThan(0);
    }
  });

  it('cites a source for every event', () => {
    for (const e of d.events) expect(e.sources.length, e.id).to.be.greaterThan(0);
  });

  it('keeps history where the record has it (the 2021 vote, then the 2024 amendment)', () => {
    const lopez = d.stances.filter((s) => s.actor === 'r-lopez' && s.issue === 'carve-outs').map((s) => s.date);
    expect(lopez).to.include('2021-01-27');
    expect(lopez.length).to.be.at.least(2);
  });

  it('has Spanish for every text field given per language', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'en' in v && !('es' in v)) missing.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}/${k}`);
    };
    walk(d, '');
    expect(missing).to.deep.equal([]);
  });
});
