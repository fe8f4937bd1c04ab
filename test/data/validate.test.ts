import { expect } from '@open-wc/testing';
import { validate } from '../../src/data/validate.js';
import { bundledDataset } from '../../src/data/load.js';
import minimalDataset from '../fixtures/minimal-dataset.json' with { type: 'json' };

/** A small valid dataset (test/fixtures/minimal-dataset.json, shared with the corpus generator) each test breaks in one way. */
function minimal() {
  return structuredClone(minimalDataset) as Record<string, any>;
}

/** A problem as these tests check it: where, and its English words (its code and values are checked below, and in test/problems/). */
interface Problem {
  path: string;
  message: string;
}

function problems(input: unknown): Problem[] {
  const r = validate(input);
  return r.ok ? [] : r.problems.map(({ path, message }) => ({ path, message }));
}

describe('validate', () => {
  it('accepts the bundled Chicago dataset', () => {
    expect(problems(bundledDataset)).to.deep.equal([]);
  });

  it('accepts a minimal dataset and returns it', () => {
    const d = minimal();
    const r = validate(d);
    expect(r.ok).to.equal(true);
    expect(r.ok && r.dataset).to.equal(d);
  });

  it('names a missing field by its path and says what it should be', () => {
    const d = minimal();
    delete d.events[1].title;
    const [p] = problems(d);
    expect(p.path).to.equal('/events/1/title');
    expect(p.message).to.match(/is missing: it should be a short text/);
  });

  // One defect, one problem, said in full: [the test's name, the defect, the problem].
  // prettier-ignore
  const single: [string, (d: Record<string, any>) => unknown, Problem][] = [
    ['reports a wrong type with what it got', (d) => (d.events[0].sources = 'paper'), { path: '/events/0/sources', message: 'must be an array (got "paper")' }],
    ['lists the allowed values of an enum', (d) => (d.stances[0].position = 'maybe'), { path: '/stances/0/position', message: 'must be one of "support", "oppose", "mixed", "unknown" (got "maybe")' }],
    ['rejects a date that does not exist', (d) => (d.stances[0].date = '2021-02-30'), { path: '/stances/0/date', message: '"2021-02-30" is not a date that exists' }],
    ['rejects an end that is not after the date', (d) => (d.events[1].end = '2021'), { path: '/events/1/end', message: "must be later than the event's date (2022-08); got 2021" }],
    ['rejects duplicate ids and says where the first one is', (d) => (d.events[1].id = 'start'), { path: '/events/1/id', message: 'repeats the id "start" of /events/0; ids must be unique' }],
    ['requires a source for every stated position', (d) => delete d.stances[0].sources, { path: '/stances/0/sources', message: 'is missing: a stance with position "support" needs at least one source' }],
  ];
  for (const [name, edit, problem] of single) {
    it(name, () => {
      const d = minimal();
      edit(d);
      expect(problems(d)).to.deep.equal([problem]);
    });
  }

  it('rejects a badly written date with the accepted shapes', () => {
    const d = minimal();
    d.asOf = '12/10/2024';
    expect(problems(d)[0].message).to.contain('a year "1985", a month "2022-08" or a day "2017-01-25"');
  });

  it('rejects references that do not resolve', () => {
    const d = minimal();
    d.events[0].actors = ['bob'];
    d.stances[0].issue = 'nope';
    const ps = problems(d);
    expect(ps.map((p) => p.path)).to.deep.equal(['/events/0/actors/0', '/stances/0/issue']);
    expect(ps[0].message).to.equal('refers to actor "bob", which is not in /actors');
  });

  it('allows quotes only on own-words stances', () => {
    const d = minimal();
    d.stances[0].basis = 'reported';
    expect(problems(d)[0].path).to.equal('/stances/0/quote');
    expect(problems(d)[0].message).to.contain('own-words');
  });

  it('requires English in every language object', () => {
    const d = minimal();
    d.title = { es: 'Solo español' };
    expect(problems(d)[0].path).to.equal('/title/en');
  });

  it('rejects unknown fields, including __proto__, without polluting prototypes', () => {
    const d = JSON.parse(JSON.stringify(minimal()).replace(/^\{/, '{"__proto__": {"polluted": true},'));
    const ps = problems(d);
    expect(ps.some((p) => p.path === '/__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports non-object input instead of throwing', () => {
    for (const input of [null, 42, 'text', [], undefined]) {
      expect(problems(input)[0].path).to.equal('');
    }
  });

  it('stops at a hundred problems and does not walk an oversized array', () => {
    const d = minimal();
    d.events = Array.from({ length: 50_000 }, () => ({}));
    expect(problems(d)).to.deep.equal([{ path: '/events', message: 'has 50000 items, at most 10000 are allowed' }]);
    d.events = Array.from({ length: 500 }, () => ({}));
    expect(problems(d)).to.have.length(100);
  });

  it('refuses links that are not http(s)', () => {
    const d = minimal();
    d.sources[0].url = 'javascript:alert(1)';
    expect(problems(d)[0].path).to.equal('/sources/0/url');
  });

  describe('archived copies', () => {
    it('accepts an http(s) archived copy, with or without the original URL', () => {
      const d = minimal();
      d.sources[0].archived = 'https://web.archive.org/web/20241210000000/https://example.org/story';
      d.sources.push({ id: 'gone', label: 'A page that is gone', archived: 'http://archive.today/abcde' });
      d.stances[0].sources.push('gone');
      expect(problems(d)).to.deep.equal([]);
    });

    // The same rule as url: nothing but http(s), whatever the case or the padding.
    for (const archived of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//web.archive.org/web/2024/https://example.org/story',
      'web.archive.org/web/2024/https://example.org/story',
      'https://web.archive.org/web/2024/ https://example.org/story',
      '',
    ]) {
      it(`refuses the archived copy ${JSON.stringify(archived)}`, () => {
        const d = minimal();
        d.sources[0].archived = archived;
        const got = archived.length > 40 ? `a string of ${archived.length} characters` : JSON.stringify(archived);
        const message = `must be a web address starting with http:// or https:// (got ${got})`;
        expect(problems(d)).to.deep.equal([{ path: '/sources/0/archived', message }]);
      });
    }
  });

  describe('quoteSource', () => {
    const withRadio = () => {
      const d = minimal();
      d.sources.push({ id: 'radio', label: 'The Radio', url: 'https://radio.example/interview' });
      d.stances[0].sources = ['paper', 'radio'];
      return d;
    };

    it("accepts the id of one of the stance's sources", () => {
      const d = withRadio();
      d.stances[0].quoteSource = 'radio';
      expect(problems(d)).to.deep.equal([]);
    });

    // prettier-ignore
    const cases: [string, (d: Record<string, any>) => unknown, Problem][] = [
      ['refuses a source that does not exist', (d) => (d.stances[0].quoteSource = 'tv'), { path: '/stances/0/quoteSource', message: 'refers to source "tv", which is not in /sources' }],
      ['refuses a source the stance does not cite', (d) => ((d.stances[0].sources = ['paper']), (d.stances[0].quoteSource = 'radio')), { path: '/stances/0/quoteSource', message: 'is "radio", which is not among this stance\'s sources; list it in sources too' }],
      ['refuses a quoteSource without a quote', (d) => Object.assign(d.stances[0], { basis: 'action', quote: undefined, quoteSource: 'paper' }), { path: '/stances/0/quoteSource', message: 'only makes sense with a quote' }],
      ['refuses an id that is not an id', (d) => (d.stances[0].quoteSource = 'The Radio'), { path: '/stances/0/quoteSource', message: 'must be an id: lowercase letters, digits and dashes, such as "lopez" or "vote-2025" (got "The Radio")' }],
    ];
    for (const [name, edit, problem] of cases) {
      it(name, () => {
        const d = withRadio();
        edit(d);
        expect(problems(JSON.parse(JSON.stringify(d)))).to.deep.equal([problem]);
      });
    }
  });

  it('escapes JSON pointer characters in paths', () => {
    const d = minimal();
    d.title = { en: 'x', 'a/b': 'y' };
    expect(problems(d).map((p) => p.path)).to.include('/title/a~1b');
  });

  it('reports every problem in one pass: shape, values and references together (issue 24)', () => {
    const d = structuredClone(bundledDataset) as unknown as Record<string, any>;
    d.events[0].date = '2021-02-30';
    d.events[1].kind = 'party';
    d.stances[0].actor = 'mayr';
    const r = validate(d);
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.problems.map((p) => p.path)).to.deep.equal(['/events/0/date', '/events/1/kind', '/stances/0/actor']);
  });

  it('checks references on input of the wrong shape without throwing', () => {
    for (const bad of [
      { events: 5, actors: 'x', stances: [1, 'x', null, { sources: 5, quoteSource: 'a', quote: 'q', basis: 'own-words' }] },
      { events: [{ sources: 'x', actors: 3, end: 4 }] },
    ])
      expect(validate(bad).ok).to.equal(false);
  });

  it('says how to stop a spreadsheet reformatting dates (10/04/2022), after the problem itself', () => {
    const d = structuredClone(bundledDataset) as unknown as Record<string, any>;
    d.events[0].date = '10/04/2022';
    const r = validate(d);
    expect(!r.ok && r.problems[0].message).to.match(
      /^must be a date at its precision.*; a spreadsheet reformatted it: format the date column as plain text/,
    );
  });
});
