import { expect } from '@open-wc/testing';
import { widestWord, wrapText } from '../../src/timeline/wrap.js';
import { estimateWidth } from '../../src/timeline/text.js';

describe('wrapText', () => {
  it('breaks at spaces and never exceeds the width', () => {
    const lines = wrapText('Council removes the carve-outs, 41–8', 120, 'title', estimateWidth);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 'title')).to.be.at.most(120);
    expect(lines.join(' ')).to.equal('Council removes the carve-outs, 41–8');
  });

  it('breaks only between words when every word fits the line', () => {
    const title = 'Wars of the Byzantine Empire against the Persian-Avar-Slav siege of Constantinople';
    const width = widestWord(title, 'title', estimateWidth);
    const lines = wrapText(title, width, 'title', estimateWidth);
    expect(lines.length).to.be.greaterThan(2);
    // Joined back with spaces (and hyphen breaks closed up), the lines give the title: no word was cut.
    expect(lines.join(' ').replace(/- /g, '-')).to.equal(title);
  });

  it('breaks a compound after a hyphen rather than inside a word', () => {
    const lines = wrapText('The Persian-Avar-Slav siege', estimateWidth('The Persian-Avar-', 'title'), 'title', estimateWidth);
    expect(lines[0]).to.equal('The Persian-Avar-');
    expect(lines.join(' ').replace(/- /g, '-')).to.equal('The Persian-Avar-Slav siege');
  });

  it('cuts a word wider than the whole line, and marks every cut with a hyphen', () => {
    const word = 'Supercalifragilisticexpialidocious';
    const lines = wrapText(word, 60, 'title', estimateWidth);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-'), line).to.equal(true);
    expect(lines.map((l, i) => (i < lines.length - 1 ? l.slice(0, -1) : l)).join('')).to.equal(word);
    for (const line of lines) expect(estimateWidth(line, 'title')).to.be.at.most(60);
  });

  it('measures the widest word, counting a compound by its hyphenated parts', () => {
    expect(widestWord('a Constantinople b', 'title', estimateWidth)).to.equal(estimateWidth('Constantinople', 'title'));
    expect(widestWord('Persian-Avar-Slav', 'title', estimateWidth)).to.equal(estimateWidth('Persian-', 'title'));
  });
});
