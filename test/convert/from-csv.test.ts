import { expect } from '@open-wc/testing';
import { csvToDataset, datasetToCsv, formatProblem, type TextFile } from '../../src/convert/index.js';
import { bundledDataset } from '../../src/data/load.js';

/** The bundled story as the tabs `to-csv` writes, as a file picker would hand them over. */
const tabs = (): TextFile[] => Object.entries(datasetToCsv(bundledDataset)).map(([name, text]) => ({ name, text }));
const replace = (files: TextFile[], name: string, edit: (text: string) => string) =>
  files.map((f) => (f.name === name ? { ...f, text: edit(f.text) } : f));

describe('csvToDataset', () => {
  it('reads back what datasetToCsv wrote: the same dataset, and nothing to say', () => {
    const result = csvToDataset(tabs());
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset).to.deep.equal(bundledDataset);
  });

  it('reads a spreadsheet export name ("Story - events.csv") and a byte order mark', () => {
    const files = tabs().map((f) => ({ name: `exports/Story - ${f.name}`, text: `\ufeff${f.text}` }));
    expect(csvToDataset(files).dataset).to.deep.equal(bundledDataset);
  });

  it('names a bad cell by file, row, column letter and name, with its value and the dataset path', () => {
    const files = replace(tabs(), 'stances.csv', (t) => t.replace(/\r\n(([^,\r\n]*,){4})[^,\r\n]*/, '\r\n$12021-02-30'));
    const { dataset, problems } = csvToDataset(files);
    expect(dataset).to.equal(undefined);
    expect(problems).to.have.length(1);
    const [p] = problems;
    expect(p).to.include({
      severity: 'error',
      file: 'stances.csv',
      row: 2,
      column: 'E',
      header: 'date',
      value: '2021-02-30',
      path: '/stances/0/date',
    });
    expect(formatProblem(p)).to.match(/^stances\.csv row 2, column date \(E\): .* \[\/stances\/0\/date\]$/);
  });

  it('reads a quote inside a cell as part of its text, as spreadsheets write it and d3-dsv reads it', () => {
    // And text after a closing quote stays in its cell, as Excel reads it: the columns after it do not move.
    const files = replace(tabs(), 'actors.csv', (t) =>
      t.replace(',President-elect,', ',President-elect (6\'3" tall),').replace(',City police,', ',"City" police,'),
    );
    const { dataset, problems } = csvToDataset(files);
    expect(problems.map(formatProblem)).to.deep.equal([]);
    expect(dataset?.actors.find((a) => a.id === 'trump')?.role).to.deep.equal({
      en: 'President-elect (6\'3" tall)',
      es: 'Presidente electo',
    });
    expect(dataset?.actors.find((a) => a.id === 'cpd')).to.deep.include({
      role: { en: 'City police', es: 'Policía municipal' },
      group: 'police',
    });
  });

  it('names the row and cell where a quote opens and is never closed, whatever quotes come before it', () => {
    // Row 2 has a bare quote, which is text; rows 5-10 have quoted cells; row 11's role opens a quote that nothing closes.
    const files = replace(tabs(), 'actors.csv', (t) =>
      t.replace(',President-elect,', ',2" taller,').replace(',City police,', ',"City police,'),
    );
    const problems = csvToDataset(files).problems.map(formatProblem);
    expect(problems).to.include(
      'actors.csv row 11, column D: has a quote (") that is never closed: everything after it was read as one cell',
    );
    expect(problems.filter((p) => p.includes('never closed'))).to.have.length(1);
  });

  it('reads hostile quoting in one pass: megabytes of quotes take a moment, not minutes', () => {
    const header = 'id,name_en,role_en,group\r\n';
    const started = performance.now();
    for (const body of ['"'.repeat(2_000_000), '""'.repeat(1_000_000), 'a"'.repeat(1_000_000), '"a"b,'.repeat(400_000)]) {
      csvToDataset([...tabs().filter((f) => f.name !== 'actors.csv'), { name: 'actors.csv', text: header + body }]);
    }
    expect(performance.now() - started).to.be.below(3000);
  });

  it('collects every problem of every file before giving up', () => {
    const files = tabs()
      .filter((f) => f.name !== 'issues.csv')
      .map((f) => (f.name === 'actors.csv' ? { ...f, text: f.text.replace(/^id,/, 'id,nickname,') } : f));
    const problems = csvToDataset([...files, { name: 'budget.csv', text: 'a,b\r\n' }]).problems.map(formatProblem);
    expect(problems).to.deep.equal([
      'budget.csv: is not one of the tabs this command reads; name it events.csv, actors.csv, issues.csv, stances.csv, sources.csv, groups.csv, dataset.csv, notes.csv',
      'issues.csv: is missing: a dataset needs events.csv, actors.csv, issues.csv and stances.csv',
      problems[2],
    ]);
    expect(problems[2]).to.match(/^actors\.csv column B: "nickname" is not a column of actors\.csv/);
  });

  it('says what it made up as warnings, and still gives the dataset', () => {
    const files = tabs().filter((f) => f.name !== 'dataset.csv' && f.name !== 'sources.csv');
    const { dataset, problems } = csvToDataset(files, { story: { title: 'A story', asOf: '2024-12-10' }, today: '2025-01-02' });
    expect(problems.map((p) => p.severity)).to.deep.equal(['warning', 'warning']);
    expect(problems[0].message).to.equal('no id given: using "a-story" (from the title)');
    expect(problems[1].message).to.match(/^no sources\.csv: made 18 placeholder sources/);
    expect(dataset).to.include({ id: 'a-story', title: 'A story', asOf: '2024-12-10', updated: '2025-01-02' });
  });

  it('names the story fields in messages as the caller lets a person give them', () => {
    const files = tabs().filter((f) => f.name !== 'dataset.csv');
    const messages = csvToDataset(files, { names: { title: 'the Title box', asOf: 'the "As of" box' } }).problems.map(formatProblem);
    expect(messages).to.deep.equal([
      'dataset: has no title: give a dataset.csv with title_en (and title_es…) or the Title box "…"',
      'dataset: has no "as of" date: give a dataset.csv with asOf or the "As of" box YYYY-MM-DD (the date the facts are current to)',
    ]);
  });
});
