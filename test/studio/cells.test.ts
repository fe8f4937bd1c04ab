import { expect } from '@open-wc/testing';
import { given } from '../../src/convert/problems.js';
import { parseCells } from '../../src/convert/csv-read.js';
import { cellInput, cellText, columnIndex, setCell } from '../../src/studio/cells.js';
import { addInput } from '../../src/studio/intake.js';

describe('studio cells', () => {
  it('reads column letters as a spreadsheet does', () => {
    expect(['A', 'B', 'Z', 'AA', 'AB', 'ab'].map(columnIndex)).to.deep.equal([0, 1, 25, 26, 27, 27]);
  });

  it('changes one cell and keeps every other as it reads (quotes, commas, line breaks in cells)', () => {
    const text = 'id,title,date\r\na,"Hello, world",10/04/2022\r\nb,"Two\nlines","say ""hi"""\r\n';
    const fixed = setCell(text, 2, 'C', '2022-10-04');
    expect(parseCells(fixed)).to.deep.equal([
      ['id', 'title', 'date'],
      ['a', 'Hello, world', '2022-10-04'],
      ['b', 'Two\nlines', 'say "hi"'],
    ]);
    expect(cellText(fixed, 2, 'C')).to.equal('2022-10-04');
    expect(cellText(text, 3, 'C')).to.equal('say "hi"');
  });

  it('a pasted tab (tab-separated, with a byte order mark) is written back as CSV with the same cells', () => {
    const text = '\uFEFFid\tlabel_en\nnetwork\tBuild it, all?\n';
    const fixed = setCell(text, 2, 'B', 'Build it?');
    expect(parseCells(fixed)).to.deep.equal([
      ['id', 'label_en'],
      ['network', 'Build it?'],
    ]);
  });

  it('a cell beyond the row’s end is added, the cells between left empty', () => {
    expect(parseCells(setCell('a,b\n1\n', 2, 'C', 'x'))).to.deep.equal([
      ['a', 'b'],
      ['1', '', 'x'],
    ]);
  });

  it('only a CSV tab’s cell can be changed in place, not a JSON file’s', () => {
    const inputs = addInput(addInput([], { name: 'events.csv', text: 'id,date\na,1\n' }), { name: 'notes.csv', text: 'x\n' });
    const at = given('error', '', { file: 'events.csv', row: 2, column: 'B' });
    expect(cellInput(inputs, at)?.name).to.equal('events.csv');
    expect(cellInput(inputs, { ...at, column: undefined })).to.equal(undefined);
    const json = addInput([], { name: 'story.json', text: '{"id":"x","events":[]}' });
    expect(cellInput(json, { ...at, file: 'story.json' })).to.equal(undefined);
  });
});
