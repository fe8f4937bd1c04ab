import { expect } from '@open-wc/testing';
import { checkDatasetText, csvToDataset, datasetToCsv, timelineJsToDataset, type Problem, type TextFile } from '../../src/convert/index.js';
import { binaryProblem, sizeProblem } from '../../src/convert/intake.js';
import { toSpanish, translateProblem } from '../../src/convert/messages-es.js';
import { scanJson } from '../../src/convert/json-locate.js';
import { bundledDataset } from '../../src/data/load.js';

/**
 * The Spanish table (src/convert/messages-es.ts) knows every message the converters and the
 * validator write: the whole bad-input corpus, JSON syntax errors, and a broken spreadsheet and
 * TimelineJS file for each message the conversions have. A message it misses fails here.
 */

const fixture = async (path: string) => (await fetch(path)).text();
const untranslated = (problems: Problem[]) => problems.map((p) => p.message).filter((m) => toSpanish(m) === undefined);

describe('messages in Spanish', () => {
  it('translates a message with its values kept, and its place words', () => {
    expect(toSpanish('"2021-02-30" is not a date that exists')).to.equal('"2021-02-30" no es una fecha que exista');
    expect(toSpanish('refers to source "tribune", which is not in sources.csv')).to.equal(
      'se refiere a la fuente "tribune", que no está en sources.csv',
    );
    expect(toSpanish('repeats the id "a" of events.csv row 2; ids must be unique')).to.equal(
      'repite el id "a" de events.csv fila 2; los id deben ser únicos',
    );
    expect(toSpanish('must be a web address starting with http:// or https:// (got "ftp://x")')).to.equal(
      'debe ser una dirección web que empiece por http:// o https:// (se recibió "ftp://x")',
    );
    expect(translateProblem({ severity: 'error', message: 'no such message', origin: 'dataset' })).to.deep.equal({
      severity: 'error',
      message: 'no such message',
      origin: 'datos',
    });
  });

  it('knows every problem of the bad-input corpus', async () => {
    const manifest = JSON.parse(await fixture('/test/fixtures/invalid/expected.json')) as { files: string[] };
    const missing: string[] = [];
    for (const name of manifest.files) {
      const report = checkDatasetText({ name, text: await fixture(`/test/fixtures/invalid/${name}`) });
      const messages = [...(report.ok ? [] : report.problems), ...report.warnings].map((p) => p.message);
      missing.push(...messages.filter((m) => toSpanish(m) === undefined).map((m) => `${name}: ${m}`));
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
      .map((s) => `not valid JSON: ${(s as { error: { message: string } }).error.message}`)
      .filter((m) => toSpanish(m) === undefined || / expected | unexpected /.test(toSpanish(m)!));
    expect(missing).to.deep.equal([]);
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
        { names: { title: 'the Title field', asOf: 'the “As of” field' } },
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

  it('translates the hint for a date a spreadsheet reformatted, with the problem before it', () => {
    const es = toSpanish(
      'must be a date at its precision: a year "1985", a month "2022-08" or a day "2017-01-25" (got "10/04/2022"); a spreadsheet reformatted it: format the date column as plain text and type dates as YYYY-MM-DD',
    );
    expect(es).to.match(/^debe ser .*10\/04\/2022.*; una hoja de cálculo la reformateó: .*AAAA-MM-DD$/);
  });
});
