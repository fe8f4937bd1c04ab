// The converters run in readers' browsers (issue 22, item 7): on any input, hostile strings, odd
// types and sizes alike, each gives a result or problems, never an exception, within a time bound.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkDatasetText,
  csvToDataset,
  datasetToCsv,
  identify,
  parseCells,
  timelineJsToDataset,
  type Conversion,
} from '../../src/convert/index.js';
import { htmlToText } from '../../src/convert/html-text.js';
import { readDate } from '../../src/convert/sheet-dates.js';
import { bundledDataset } from '../../src/data/load.js';

/** How long one conversion may take, on this machine's slowest engine, for inputs up to ~500 KB. */
const BOUND_MS = 2000;

/** Pieces hostile text is made of: markup never closed, separators, quotes, formulas, odd characters. */
const TOKENS = [
  '<script',
  '<!--',
  '<a href="',
  '<a ',
  '<',
  '>',
  '</script>',
  '<style>',
  '&amp;',
  '&#x',
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '=HYPERLINK("javascript:alert(1)")',
  "'=",
  'javascript:',
  'http://[',
  'https://',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\u0000',
  '\ufeff',
  '\u202e',
  '\ud800',
  '1/14/2014',
  '10/04/2022',
  'event:',
  'stance:a:b:',
  ' ',
];
/** Hostile text: tokens and plain strings mixed, or one token repeated many times (the quadratic shapes). */
const hostile = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...TOKENS), fc.integer({ min: 1_000, max: 60_000 })).map(([t, k]) => t.repeat(k)),
);
/** Any JSON value, objects that look like TimelineJS3 slides included. */
const slideLike = fc.record(
  {
    start_date: fc.oneof(fc.record({ year: fc.oneof(fc.integer(), hostile, fc.object()), month: fc.anything() }), fc.anything()),
    text: fc.oneof(fc.record({ headline: fc.oneof(hostile, fc.anything()), text: fc.oneof(hostile, fc.anything()) }), fc.anything()),
    media: fc.oneof(fc.record({ url: fc.oneof(hostile, fc.anything()), credit: fc.anything(), link: fc.anything() }), fc.anything()),
    group: fc.anything(),
    unique_id: fc.anything(),
  },
  { requiredKeys: [] },
);
const timelineJson = fc.oneof(
  fc.record({ title: fc.oneof(slideLike, fc.anything()), events: fc.array(slideLike, { maxLength: 20 }) }, { requiredKeys: ['events'] }),
  fc.anything(),
);

function timed<T>(what: string, f: () => T): T {
  const start = performance.now();
  const result = f();
  const ms = performance.now() - start;
  if (ms > BOUND_MS) throw new Error(`${what} took ${Math.round(ms)} ms (bound ${BOUND_MS} ms)`);
  return result;
}

/** A conversion's contract: a valid dataset, or at least one error; problems are values with a message. */
function expectConversion(c: Conversion) {
  expect(c.problems).to.be.an('array');
  for (const p of c.problems) expect(p.message).to.be.a('string');
  if (!c.dataset) expect(c.problems.some((p) => p.severity === 'error')).to.equal(true);
}

const tabs = datasetToCsv(bundledDataset);

describe('converters on hostile input (fuzz)', function () {
  this.timeout(60_000);

  it('htmlToText: text and links, linear', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const r = timed('htmlToText', () => htmlToText(s));
        expect(r.text).to.be.a('string');
        expect(r.text.length).to.be.at.most(s.length);
      }),
      { numRuns: 150 },
    );
  });

  it('timelineJsToDataset: any JSON value, as a file or as text', () => {
    fc.assert(
      fc.property(timelineJson, (value) => {
        expectConversion(
          timed('timelineJsToDataset', () => timelineJsToDataset({ name: 't.json', text: JSON.stringify(value) ?? 'null' })),
        );
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(hostile, (text) => {
        expectConversion(timed('timelineJsToDataset (text)', () => timelineJsToDataset({ name: 't.json', text })));
        expectConversion(
          timed('timelineJsToDataset (CSV)', () => timelineJsToDataset({ name: 't.csv', text: `Year,Headline,Text,Media\n${text}` })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('csvToDataset: a real story with hostile text put into one of its tabs', () => {
    const names = Object.keys(tabs);
    fc.assert(
      fc.property(fc.constantFrom(...names), hostile, fc.nat(), (tab, text, at) => {
        const original = tabs[tab];
        const cut = at % (original.length + 1);
        const files = names.map((name) => ({
          name,
          text: name === tab ? original.slice(0, cut) + text + original.slice(cut) : tabs[name],
        }));
        expectConversion(timed('csvToDataset', () => csvToDataset(files, { today: '2025-01-01' })));
      }),
      { numRuns: 120 },
    );
  });

  it('checkDatasetText, identify, parseCells and readDate: any text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const report = timed('checkDatasetText', () => checkDatasetText({ name: 'story.json', text }));
        expect(report.ok).to.be.a('boolean');
        expect(timed('identify', () => identify({ name: 'x', text })).kind).to.be.a('string');
        expect(timed('parseCells', () => parseCells(text))).to.be.an('array');
        const date = timed('readDate', () => readDate(text.slice(0, 200)));
        expect(date).to.be.an('object');
      }),
      { numRuns: 150 },
    );
  });
});
