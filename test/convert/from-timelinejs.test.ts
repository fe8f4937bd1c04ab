import { expect } from '@open-wc/testing';
import { formatProblem, timelineJsToDataset } from '../../src/convert/index.js';
import { maxLengthOf } from '../../src/convert/schema-facts.js';

const file = (timeline: unknown, name = 'timeline.json') => ({ name, text: JSON.stringify(timeline) });
const slide = (year: number, headline: string, more: object = {}) => ({ start_date: { year }, text: { headline }, ...more });

describe('timelineJsToDataset', () => {
  it('converts the events, and lists what it dropped or made up as warnings', () => {
    const { dataset, problems } = timelineJsToDataset(
      file({
        title: { text: { headline: 'Bike <i>lanes</i>' } },
        events: [
          slide(1998, 'Plan adopted', { start_date: { year: 1998, month: 5 }, group: 'Council' }),
          slide(2024, 'Vote', { media: { url: 'https://example.org/vote', credit: 'The Ledger' } }),
        ],
      }),
      { asOf: '2024-12-01', today: '2025-01-02' },
    );
    expect(dataset).to.include({ id: 'bike-lanes', title: 'Bike lanes', asOf: '2024-12-01', updated: '2025-01-02' });
    expect(dataset!.events.map((e) => [e.id, e.date, e.sources[0]])).to.deep.equal([
      ['plan-adopted', '1998-05', 'source-needed'],
      ['vote', '2024', 'source-the-ledger'],
    ]);
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
    expect(problems.map((p) => p.message)).to.include('TimelineJS groups dropped (Council): policy-explainer groups actors, not events');
  });

  it('shortens a headline to the length the schema allows, and says so', () => {
    const max = maxLengthOf('Event', 'title');
    const { dataset, problems } = timelineJsToDataset(file({ events: [slide(2020, 'word '.repeat(max))] }), { asOf: '2024-12-01' });
    expect(dataset!.events[0].title).to.have.length.at.most(max);
    expect(problems.map((p) => p.message)).to.include(`"${'word '.repeat(10).trim()}…": headline shortened to ${max} characters`);
  });

  it('a file that is not JSON is an error with its line and column', () => {
    const { dataset, problems } = timelineJsToDataset({ name: 'broken.json', text: '{\n  "events": [1,]\n}' });
    expect(dataset).to.equal(undefined);
    expect(problems.map(formatProblem)).to.deep.equal(["broken.json:2:15: not valid JSON: a comma after the last item (remove this ',')"]);
  });

  it('a TimelineJS2 file, or a dataset, is named as what it is', () => {
    expect(timelineJsToDataset(file({ timeline: {} }, 'old.json')).problems.map(formatProblem)[0]).to.match(
      /^old\.json: looks like a TimelineJS2 file/,
    );
    expect(timelineJsToDataset(file({ asOf: '2024' }, 'story.json')).problems.map(formatProblem)[0]).to.match(
      /^story\.json: is already a policy-explainer dataset/,
    );
  });
});

describe('timelineJsToDataset on hostile files (issue 22: total and linear)', () => {
  it('10,000 slides that share a headline get ids in linear time', () => {
    const start = performance.now();
    const events = Array.from({ length: 10_000 }, () => slide(2000, 'Same headline'));
    const { dataset } = timelineJsToDataset(file({ events }), { asOf: '2024-12-01' });
    expect(performance.now() - start, 'milliseconds').to.be.below(5000);
    const ids = dataset!.events.map((e) => e.id);
    expect(new Set(ids).size).to.equal(10_000);
    expect(ids.slice(0, 3)).to.deep.equal(['same-headline', 'same-headline-2', 'same-headline-3']);
  });

  it('a media URL that looks like a link but is none is dropped with a warning, not a crash', () => {
    const { dataset, problems } = timelineJsToDataset(
      file({ events: [slide(2020, 'Vote', { media: { url: 'http://[x', credit: 'The Ledger' } })] }),
      { asOf: '2024-12-01' },
    );
    expect(dataset!.sources.find((s) => s.label === 'The Ledger')).to.not.have.property('url');
    expect(problems.map((p) => p.message)).to.include('"Vote": media link "http://[x" is not a valid web address: dropped');
  });

  it('a field that holds an object such as {"toString":0} is named, not a crash', () => {
    const { dataset, problems } = timelineJsToDataset(
      file({
        title: { text: { headline: { toString: 0 } } },
        events: [
          slide(2020, 'Vote', { group: { toString: 0 }, unique_id: [1], media: { url: { toString: 0 }, credit: { valueOf: 0 } } }),
          { start_date: { year: 2021 }, text: { headline: { toString: 0 }, text: 'Body text.' } },
        ],
      }),
      { asOf: '2024-12-01' },
    );
    expect(dataset!.events.map((e) => e.title)).to.deep.equal(['Vote', 'Body text']);
    const messages = problems.map((p) => p.message);
    expect(messages).to.include('"Vote": group is an object, not text: ignored');
    expect(messages).to.include('"Vote": unique_id is a list, not text: ignored');
    expect(messages).to.include('"Vote": media.url is an object, not text: ignored');
    expect(messages).to.include('event 2: text.headline is an object, not text: ignored');
  });
});
