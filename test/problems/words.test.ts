import { expect } from '@open-wc/testing';
import schema from '../../data/schema.json' with { type: 'json' };
import { checkDatasetText, csvToDataset, datasetToCsv, timelineJsToDataset, type Problem, type TextFile } from '../../src/convert/index.js';
import { binaryProblem, sizeProblem } from '../../src/convert/intake.js';
import { error, formatProblemIn, messageOf, problem } from '../../src/convert/problems.js';
import { scanJson } from '../../src/convert/json-locate.js';
import { bundledDataset } from '../../src/data/load.js';
import { validate } from '../../src/data/validate.js';
import { PROBLEM_WORDS, type ProblemLang } from '../../src/problems/words.js';
import { SCHEMA_ES } from '../../src/problems/es.js';
import type { Reason } from '../../src/problems/codes.js';

/**
 * One table of words per language, keyed by code (src/problems/en.ts, es.ts): every code has words
 * in every language, and no problem the converters and the validator give — the whole bad-input
 * corpus, JSON syntax errors, a broken spreadsheet and TimelineJS file for each code the
 * conversions have, a sheet that cannot be read — comes out in Spanish with English left in it.
 */

const fixture = async (path: string) => (await fetch(path)).text();
const LANGS = Object.keys(PROBLEM_WORDS) as ProblemLang[];

/** English words that no Spanish sentence has; quoted values (cells, ids, headlines) are the producer's and are left out. */
const ENGLISH = /\b(the|is|are|must|should|with|not|and|has|have|of|expected|unexpected|missing|dropped|skipped|give|file|column|row)\b/i;
const english = (text: string) => ENGLISH.test(text.replace(/--[a-z-]+|"(?:[^"\\]|\\.)*"|'[^']*'|\([^)]*https?:[^)]*\)/g, ''));

/** The problems whose Spanish still reads as English, with their English beside them. */
const untranslated = (problems: Array<Reason & { file?: string }>) =>
  problems.map((p) => messageOf(p, 'es')).filter((es, i) => english(es) || es === messageOf(problems[i], 'en'));

describe('problem words', () => {
  it('every language has words for every code, and for places', () => {
    const codes = Object.keys(PROBLEM_WORDS.en.codes).sort();
    expect(codes.length).to.be.greaterThan(100);
    for (const lang of LANGS) {
      expect(Object.keys(PROBLEM_WORDS[lang].codes).sort(), lang).to.deep.equal(codes);
      for (const code of codes)
        expect(PROBLEM_WORDS[lang].codes[code as keyof typeof PROBLEM_WORDS.en.codes], `${lang} ${code}`).to.be.a('function');
    }
  });

  it('the English words are the message every problem carries', () => {
    const r = validate({ ...bundledDataset, events: [{ ...bundledDataset.events[0], date: '2021-02-30' }, {}] });
    expect(r.ok).to.equal(false);
    for (const p of r.ok ? [] : r.problems) expect(messageOf(p, 'en')).to.equal(p.message);
  });

  it('writes a sentence in Spanish with its values kept, and its place in Spanish', () => {
    const es = (p: Problem) => formatProblemIn('es')(p);
    expect(messageOf({ code: 'date-impossible', params: { got: { text: '2021-02-30' } } }, 'es')).to.equal(
      '"2021-02-30" no es una fecha que exista',
    );
    expect(
      es(
        error(
          'unknown-ref',
          { kind: 'source', id: 'tribune', list: { file: 'sources.csv' } },
          { file: 'stances.csv', row: 3, column: 'F', header: 'sources' },
        ),
      ),
    ).to.equal('stances.csv fila 3, columna sources (F): se refiere a la fuente "tribune", que no está en sources.csv');
    expect(messageOf({ code: 'duplicate-id', params: { id: 'a', first: { file: 'events.csv', row: 2 } } }, 'es')).to.equal(
      'repite el id "a" de events.csv fila 2; los id deben ser únicos',
    );
    expect(messageOf({ code: 'pattern', params: { expected: { schema: '/$defs/Url' }, got: { text: 'ftp://x' } } }, 'es')).to.equal(
      'debe ser una dirección web que empiece por http:// o https:// (se recibió "ftp://x")',
    );
    expect(es(error('csv-no-title', { field: '--title' }, { made: { made: 'dataset' }, origin: 'dataset' }))).to.equal(
      'datos: no tiene título: dé un dataset.csv con title_en (y title_es…) o --title "…"',
    );
    // A live sheet's tables are tabs, in either language.
    const tab = error('note-event-unknown', { on: 'event:x', id: 'x' }, { file: 'notes', row: 2, tabs: true });
    expect(tab.message).to.equal('"event:x": there is no event with id "x" in the "events" tab');
    expect(messageOf(tab, 'es')).to.equal('"event:x": no hay ningún hecho con id "x" en la pestaña "events"');
  });

  it('writes words given as they are, in every language', () => {
    const p = problem('error', 'as-given', { text: 'texto del estudio' });
    for (const lang of LANGS) expect(messageOf(p, lang)).to.equal('texto del estudio');
  });

  it('has Spanish for every description in data/schema.json, by its location, and for nothing else', () => {
    const found: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (typeof n.description === 'string') found.push(at);
      for (const [k, v] of Object.entries(n)) if (k !== 'enum' && k !== 'description') walk(v, `${at}/${k}`);
    };
    walk(schema, '');
    expect(found.length).to.be.greaterThan(15);
    expect(Object.keys(SCHEMA_ES).sort()).to.deep.equal(found.sort());
    for (const at of found) expect(english(SCHEMA_ES[at]), at).to.equal(false);
  });

  it('knows every problem of the bad-input corpus', async () => {
    const manifest = JSON.parse(await fixture('/test/fixtures/invalid/expected.json')) as { files: string[] };
    const missing: string[] = [];
    for (const name of manifest.files) {
      const report = checkDatasetText({ name, text: await fixture(`/test/fixtures/invalid/${name}`) });
      const located = [...(report.ok ? [] : report.problems), ...report.warnings];
      missing.push(...untranslated(located).map((m) => `${name}: ${m}`));
    }
    expect(missing).to.deep.equal([]);
  });

  it('knows every JSON syntax error', () => {
    const texts = [
      '{\n  "a": 1,\n}',
      '[1, 2,]',
      '{\n  // note\n  "a": 1\n}',
      "{'a': 1}",
      '{a: 1}',
      '{"a": NaN}',
      '{}\n{}',
      '{"a": [1, 2',
      '{"a": "abc',
      '{"a": "ab\ncd"}',
      '{"a": "x\ty"}',
      '{"a": "\\q"}',
      '{"a": "\\u12"}',
      '{"a": 01}',
      '[1x]',
      '{"a" 1}',
      '{"a": 1 "b": 2}',
      ' \n ',
      'policy',
      '{"a" : }',
      '{"a": tru}',
      '{"\\',
      '[',
      '-',
    ];
    const missing = texts
      .map((t) => scanJson(t))
      .filter((s) => !s.ok)
      .map((s) => ({ code: 'json-invalid', params: { error: (s as Extract<typeof s, { ok: false }>).error.reason } }) as Reason);
    expect(missing.length).to.equal(texts.length);
    expect(untranslated(missing)).to.deep.equal([]);
  });

  it('knows every problem of a broken spreadsheet', () => {
    const tabs = Object.entries(datasetToCsv(bundledDataset)).map(([name, text]) => ({ name, text }));
    const edit = (name: string, f: (t: string) => string): TextFile[] => tabs.map((t) => (t.name === name ? { ...t, text: f(t.text) } : t));
    const runs: TextFile[][] = [
      [
        ...tabs.filter((t) => t.name !== 'issues.csv' && t.name !== 'sources.csv' && t.name !== 'dataset.csv'),
        { name: 'budget.csv', text: 'a\n' },
        { name: 'x - events.csv', text: 'id\n' },
      ],
      edit('actors.csv', (t) => t.replace(/^id,/, 'id,nickname,name,name_en,').replace(/\r\n/, ',,,,extra\r\n')),
      edit('events.csv', (t) => t.replace(/^id,date/, 'ident,date').replace(/\r\n/, '\r\n"unclosed')),
      edit('events.csv', () => ''),
      edit('dataset.csv', (t) => `${t}${t.split('\r\n')[1]}\r\n`),
      edit(
        'notes.csv',
        (t) => `${t}nowhere,clarification,2024,x,y\r\nevent:nope,clarification,2024,x,y\r\nstance:a:b:2020,clarification,2024,x,y\r\n`,
      ),
      edit('events.csv', (t) => t.replace(/\r\n([^,]+),/, '\r\n=1+2,').replace(/(\r\n[^\r\n]*?),policy,/, '$1,<b>policy</b>,')),
      edit('stances.csv', (t) => t.replace(/(\r\n(?:[^,\r\n]*,){4})[^,\r\n]*/, '$12021-02-30')),
    ];
    const problems = runs.flatMap((files) => csvToDataset(files).problems);
    problems.push(
      ...csvToDataset(
        tabs.filter((t) => t.name !== 'dataset.csv' && t.name !== 'sources.csv'),
        { names: { title: 'el campo Título', asOf: 'el campo «Fecha de los datos»' } },
      ).problems,
    );
    expect(problems.length).to.be.greaterThan(12);
    expect(untranslated(problems)).to.deep.equal([]);
  });

  it('knows every problem of a TimelineJS file, JSON or template, and of a refused file', () => {
    const tl = (timeline: unknown) => timelineJsToDataset({ name: 't.json', text: JSON.stringify(timeline) }).problems;
    const problems = [
      ...tl({ timeline: {} }),
      ...tl({ asOf: '2024' }),
      ...tl({ title: {} }),
      ...tl({ events: [1, { text: { headline: 'x' } }] }),
      ...tl({
        title: { media: { url: 'x' } },
        eras: [{}],
        events: [
          { start_date: { year: 'circa' }, text: { headline: 'a' } },
          { start_date: { year: 20000 }, text: { headline: 'b' } },
          { start_date: { year: 2020, month: 2, day: 30 }, text: { headline: 'c' } },
          {
            start_date: { year: 2020, hour: 3 },
            end_date: { year: 'x' },
            text: { headline: 'd' },
            group: 'g',
            display_date: 'x',
            background: { color: 'red' },
          },
          {
            start_date: { year: 2021 },
            end_date: { year: 2020 },
            text: { headline: 'x'.repeat(400), text: `<p>${'y '.repeat(3000)}<a href="https://e.org">l</a></p>` },
          },
          { start_date: { year: 2022 }, text: { text: 'No headline here. More.' }, media: { url: 'https://e.org/v', credit: 'E' } },
        ],
      }),
      ...timelineJsToDataset({ name: 'old.csv', text: 'Start Date,Headline\n2000,x\n' }).problems,
      ...timelineJsToDataset({ name: 'x.csv', text: 'Year,Headline,Text,Nope,Type\n,T,,,title\n,U,,,title\n,,,,\n2000,,,,\n1,A,,,\n' })
        .problems,
      ...timelineJsToDataset({ name: 'x.csv', text: 'a,b\n' }).problems,
      sizeProblem('a.csv', 6e7)!,
      ...[
        [0x50, 0x4b, 3, 4],
        [0xd0, 0xcf, 0x11, 0xe0],
        [0x25, 0x50, 0x44, 0x46],
        [0x89, 0x50, 0x4e, 0x47],
        [0xff, 0xd8, 0xff],
        [0x47, 0x49, 0x46, 0x38],
        [0x1f, 0x8b],
        [0xff, 0xfe],
        [0x41, 0],
      ].map((b) => binaryProblem('f', new Uint8Array(b))!),
    ];
    expect(problems.length).to.be.greaterThan(25);
    expect(untranslated(problems)).to.deep.equal([]);
  });

  it('writes the hint for a date a spreadsheet reformatted after the problem it follows', () => {
    const r = validate({ ...bundledDataset, asOf: '10/04/2022' });
    const p = r.ok ? undefined : r.problems[0];
    expect(p?.code).to.equal('date-reformatted');
    expect(p?.message).to.match(/^must be a date at its precision: .*\(got "10\/04\/2022"\); a spreadsheet reformatted it: /);
    expect(messageOf(p!, 'es')).to.match(/^debe ser .*10\/04\/2022.*; una hoja de cálculo la reformateó: .*AAAA-MM-DD$/);
  });

  it('knows every way a sheet cannot be read', () => {
    const where = { tab: 'events' };
    const problems = [
      error('sheet-link', { why: 'neither', where: 'link' }),
      error('sheet-link', { why: { scheme: 'ftp:' } }),
      error('sheet-link', { why: 'empty', where: 'link' }),
      error('sheet-timeout', { where: 'sheet', seconds: 15 }),
      error('sheet-aborted', { where }),
      error('sheet-unreachable', { where, detail: 'Failed to fetch', google: 'share' }),
      error('sheet-throttled', { where }),
      error('sheet-server', { where, status: 503 }),
      error('sheet-http', { where: 'csv-file', status: 410, statusText: 'Gone' }),
      error('sheet-not-shared', {}),
      error('sheet-not-published', {}),
      error('sheet-web-page', { where: 'published-page' }),
      error('sheet-too-large', { where, max: 1000, bytes: 5000 }),
      error('sheet-too-many-rows', { where, count: 50000, max: 10000 }),
      error('sheet-not-timeline', { where: 'sheet', csvFile: true }),
      error('sheet-tabs-missing', { where: 'sheet', tabs: ['issues', 'stances'] }),
      error('sheet-read-failed', { where: 'sheet', detail: 'x' }),
      error('sheet-data', { format: 'story' }),
      error('date-read', { date: '2014-01-14', more: 2 }),
      error('date-ambiguous', { readings: ['2022-10-04', '2022-04-10'] }),
      error('csv-skipped', { tabs: ['events'] }),
    ];
    expect(untranslated(problems)).to.deep.equal([]);
    expect(messageOf(problems[19], 'es')).to.match(/^es el 4 de octubre de 2022 o el 10 de abril de 2022: /);
  });
});
