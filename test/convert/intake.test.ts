import { expect } from '@open-wc/testing';
import { CSV_TABS } from '../helpers/csv-tabs.js';
import { csvParseRows, tsvFormatRows } from 'd3-dsv';
import { timelineJsCsvToDataset } from '../../src/convert/from-timelinejs.js';
import {
  binaryProblem,
  csvToDataset,
  datasetToCsv,
  formatProblem,
  identify,
  MAX_FILE_BYTES,
  sizeProblem,
  templateTabs,
  timelineJsToDataset,
} from '../../src/convert/index.js';
import { bundledDataset } from '../../src/data/load.js';

const tabs = () => Object.entries(datasetToCsv(bundledDataset)).map(([name, text]) => ({ name, text }));
/** A tab as a spreadsheet puts it on the clipboard: tab-separated, quoted where a cell has a tab, quote or line break. */
const tsv = (csv: string) => tsvFormatRows(csvParseRows(csv));

describe('identify', () => {
  it('names a tab by its file name, else by its header row; JSON by its keys; TimelineJS by its template header', () => {
    expect(identify({ name: 'Story - actors.csv', text: 'whatever' })).to.deep.equal({ kind: 'table', table: 'actors' });
    expect(identify({ name: 'pasted', text: 'actor\tissue\tposition\tbasis\tdate\n' })).to.deep.equal({ kind: 'table', table: 'stances' });
    expect(identify({ name: 'pasted', text: 'id\tlabel_en\n' })).to.deep.equal({ kind: 'table', table: 'groups' });
    expect(identify({ name: 'pasted', text: 'id\tlabel_en\tdescription_en\n' })).to.deep.equal({ kind: 'table', table: 'issues' });
    expect(identify({ name: 'x.json', text: '{ "asOf": "2024", "events": [] }' })).to.deep.equal({ kind: 'dataset' });
    expect(identify({ name: 'x.json', text: '{ "events": [{ "start_date": {} }] }' })).to.deep.equal({ kind: 'timelinejs' });
    expect(identify({ name: 'sheet.csv', text: 'Year,Month,Day,Time,Headline,Text\n' })).to.deep.equal({ kind: 'timelinejs' });
    expect(identify({ name: 'budget.csv', text: 'a,b\n1,2\n' })).to.deep.equal({ kind: 'unknown' });
  });

  it('a tab pasted from a spreadsheet (tab-separated) reads as its CSV does', () => {
    const pasted = tabs().map((f) => ({ ...f, text: tsv(f.text) }));
    expect(pasted[0].text).to.contain('\t');
    expect(csvToDataset(pasted).dataset).to.deep.equal(bundledDataset);
  });
});

describe('files refused before reading', () => {
  it('a file over the limit is refused by its size alone', () => {
    expect(sizeProblem('big.csv', MAX_FILE_BYTES)).to.equal(undefined);
    expect(formatProblem(sizeProblem('big.csv', 50 * 1024 * 1024)!)).to.match(/^big\.csv: is 50\.0 MB, more than the 5\.0 MB/);
  });

  it('a workbook, an image, UTF-16 text and NUL bytes are named as what they are', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    expect(binaryProblem('story.xlsx', bytes(0x50, 0x4b, 0x03, 0x04))!.message).to.match(/workbook .*export each tab as CSV/);
    expect(binaryProblem('photo.png', bytes(0x89, 0x50, 0x4e, 0x47))!.message).to.match(/is an image \(PNG\)/);
    expect(binaryProblem('u.txt', bytes(0xff, 0xfe, 0x41, 0))!.message).to.match(/UTF-16/);
    expect(binaryProblem('x.bin', bytes(0x41, 0, 0x42))!.message).to.match(/NUL bytes/);
    expect(binaryProblem('ok.csv', new TextEncoder().encode('id,date\n'))).to.equal(undefined);
  });
});

describe('hostile cells', () => {
  it('a formula cell and HTML in a cell are warnings with their cell, and stay plain text', () => {
    const files = tabs().map((f) =>
      f.name === 'events.csv'
        ? {
            ...f,
            text: f.text
              .replace(/\r\n([^,]+),/, '\r\n$1,')
              .replace(/(\r\n(?:[^,\r\n]*,){4})[^,\r\n]*/, '$1"=HYPERLINK(""http://x.example"",""click"")"'),
          }
        : f.name === 'actors.csv'
          ? { ...f, text: f.text.replace(/(\r\n[^,]*,)[^,\r\n]*/, '$1<b>Donald</b> <img src=x onerror=alert(1)>') }
          : f,
    );
    const { dataset, problems } = csvToDataset(files);
    expect(problems.map(formatProblem)).to.deep.equal([
      "events.csv row 2, column title_en (E): starts like a spreadsheet formula: kept as plain text, never run (the CSV written from it guards it with ')",
      'actors.csv row 2, column name_en (B): contains HTML: shown as plain text, tags and all; write the text without tags',
    ]);
    expect(dataset!.events[0].title).to.deep.include({ en: '=HYPERLINK("http://x.example","click")' });
    expect(datasetToCsv(dataset!)['events.csv']).to.contain(`"'=HYPERLINK(`);
  });
});

describe('TimelineJS3 template as CSV', () => {
  const sheet = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ',,,,,,,,,Bike <i>lanes</i>,How a plan became a vote.,,,,,title,,',
    '1998,,,,,,,,,Plan adopted,<p>The council adopts the plan.</p>,https://example.org/plan,The Ledger,The plan,,,Council,',
    ',,,,,,,,,No year here,,,,,,,,',
    '2019,6,,,2021,3,,,,Pilot lanes,,,,,,,,',
    '2024,2,1,3:30 PM,,,,,,Mayor endorses,,,,,,,,',
    '2000,,,,2010,,,,,The 2000s,,,,,,era,,',
  ].join('\r\n');

  it('reads the template as TimelineJS does: title row, era row, dates at their precision, warnings by row', () => {
    const { dataset, problems } = timelineJsToDataset(
      { name: 'Bike lanes - Sheet1.csv', text: sheet },
      { asOf: '2024-12-01', today: '2025-01-02' },
    );
    expect(dataset).to.include({ title: 'Bike lanes', summary: 'How a plan became a vote.', asOf: '2024-12-01' });
    expect(dataset!.events.map((e) => [e.date, e.end, e.title])).to.deep.equal([
      ['1998', undefined, 'Plan adopted'],
      ['2019-06', '2021-03', 'Pilot lanes'],
      ['2024-02-01', undefined, 'Mayor endorses'],
    ]);
    expect(dataset!.sources[0]).to.deep.include({ label: 'The Ledger: The plan', url: 'https://example.org/plan' });
    const lines = problems.map(formatProblem);
    expect(lines).to.include('Bike lanes - Sheet1.csv row 4, column Year (A): has no year: skipped (every slide but the title needs one)');
    expect(lines).to.include('time of day dropped on 1 date: dates are days at most');
    expect(lines).to.include('1 era dropped: a span can be an event with an end date');
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
  });

  it('timelineJsCsvToDataset, what a live sheet reads it with, gives what timelineJsToDataset gives', () => {
    const file = { name: 'Bike lanes - Sheet1.csv', text: sheet };
    const options = { asOf: '2024-12-01', today: '2025-01-02' };
    expect(timelineJsCsvToDataset(file, options)).to.deep.equal(timelineJsToDataset(file, options));
    const notTemplate = { name: 'timeline.csv', text: 'Start Date,End Date,Headline,Text\n2000,,A,\n' };
    expect(timelineJsCsvToDataset(notTemplate)).to.deep.equal(timelineJsToDataset(notTemplate));
  });

  it('the same slides as JSON and as the template give the same dataset', () => {
    const json = {
      title: { text: { headline: 'Bike <i>lanes</i>', text: 'How a plan became a vote.' } },
      events: [
        {
          start_date: { year: 1998 },
          text: { headline: 'Plan adopted', text: '<p>The council adopts the plan.</p>' },
          media: { url: 'https://example.org/plan', credit: 'The Ledger', caption: 'The plan' },
          group: 'Council',
        },
        { start_date: { year: 2019, month: 6 }, end_date: { year: 2021, month: 3 }, text: { headline: 'Pilot lanes' } },
        { start_date: { year: 2024, month: 2, day: 1, hour: 15, minute: 30 }, text: { headline: 'Mayor endorses' } },
      ],
      eras: [{ start_date: { year: 2000 }, end_date: { year: 2010 }, text: { headline: 'The 2000s' } }],
    };
    const options = { asOf: '2024-12-01', today: '2025-01-02' };
    const fromJson = timelineJsToDataset({ name: 'bike.json', text: JSON.stringify(json) }, options);
    const fromCsv = timelineJsToDataset({ name: 'bike.csv', text: sheet }, options);
    expect(fromCsv.dataset).to.deep.equal(fromJson.dataset);
  });

  it('a v1 template and a sheet without the template header are errors that say so', () => {
    expect(
      formatProblem(timelineJsToDataset({ name: 'old.csv', text: 'Start Date,End Date,Headline,Text\n2000,,A,\n' }).problems[0]),
    ).to.match(/^old\.csv: is TimelineJS’s old \(version 1\) template/);
    expect(formatProblem(timelineJsToDataset({ name: 'x.csv', text: 'a,b\n1,2\n' }).problems[0])).to.match(
      /^x\.csv: is not TimelineJS’s template/,
    );
  });
});

describe('templateTabs', () => {
  it('gives every tab with its header row only, which reads back as missing rows, not unknown columns', () => {
    const t = templateTabs();
    expect(Object.keys(t)).to.deep.equal(CSV_TABS);
    expect(t['events.csv']).to.equal('id,date,end,kind,title_en,title_es,summary_en,summary_es,actors,sources\r\n');
    const problems = csvToDataset(Object.entries(t).map(([name, text]) => ({ name, text }))).problems.map(formatProblem);
    expect(problems.join('\n')).to.not.match(/is not a column/);
  });
});
