import { expect } from '@open-wc/testing';
import { drawCard, matrixCardLayout, type CardSize } from '../../src/studio/social.js';
import { bundledDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { localize } from '../../src/data/i18n.js';
import { layoutTimeline } from '../../src/timeline/layout.js';

/** The texts a card draws, in order, with the font each is drawn in: what a reader of the image sees. */
function cardDraws(d: Dataset, size: CardSize, view: 'timeline' | 'matrix' = 'timeline'): { text: string; font: string; y: number }[] {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const draws: { text: string; font: string; y: number }[] = [];
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    draws.push({ text, font: ctx.font, y });
    fillText(text, x, y, maxWidth);
  };
  drawCard(canvas, d, { view, size, theme: 'light', lang: 'en', sourceLine: 'Sources: The Paper', more: (n) => `+ ${n} more` });
  return draws;
}

const cardTexts = (d: Dataset, size: CardSize, view: 'timeline' | 'matrix' = 'timeline') => cardDraws(d, size, view).map((t) => t.text);

describe('social cards', () => {
  // Facts current to December 2024: an event on December 15 has happened; one in January is expected.
  const story: Dataset = {
    ...bundledDataset,
    asOf: '2024-12',
    events: [
      { id: 'hearing', date: '2024-12-15', title: 'Hearing', kind: 'event', actors: [], sources: ['article'] },
      { id: 'vote', date: '2025-01', title: 'Vote', kind: 'vote', actors: [], sources: ['article'] },
    ],
  };

  it('call an event expected exactly when the timeline does, also with a month-precision asOf', () => {
    const items = story.events.map((e) => ({ id: e.id, date: e.date, title: e.title as string }));
    const timeline = layoutTimeline(items, { width: 800, asOf: story.asOf, lang: 'en', expectedLabel: 'Expected' });
    expect(timeline.events.map((e) => [e.id, e.expected])).to.deep.equal([
      ['hearing', false],
      ['vote', true],
    ]);
    // A square card writes "date · Expected" beside an expected event.
    const square = cardTexts(story, { width: 1080, height: 1080 });
    expect(square).to.include('December 15, 2024');
    expect(square).to.include('January 2025 · Expected');
    expect(square.filter((t) => t.includes('Expected'))).to.have.length(1);
    // A wide card writes "Expected" under the title of each expected event.
    const wide = cardTexts(story, { width: 1200, height: 675 });
    expect(wide.filter((t) => t === 'Expected')).to.have.length(1);
  });

  it('keys only the positions the matrix card shows', () => {
    // Every stance "supports": no "Opposes" or "Mixed" in the key, and the cells without one are "No stated position".
    const all = { ...bundledDataset, stances: bundledDataset.stances.map((x) => ({ ...x, position: 'support' as const })) };
    const texts = cardTexts(all, { width: 1080, height: 1080 }, 'matrix');
    expect(texts).to.include('Supports');
    expect(texts).to.not.include('Opposes');
    expect(texts).to.not.include('Mixed');
  });

  describe('the matrix card', () => {
    /** A stand-in for the canvas: every character 0.6 em wide. */
    const measure = (text: string, size: number) => text.length * size * 0.6;
    const square = { left: 54, right: 1026, top: 200, bottom: 952 };
    const names = ['Ann Lee', 'Department of Transportation', 'Councilmember Maria Oyelaran-Whitfield'];

    it('draws every actor’s name at one size, each whole on one line or two', () => {
      const l = matrixCardLayout(square, names, 3, measure);
      expect(l.names).to.have.length(3);
      for (const lines of l.names) {
        expect(lines.length).to.be.within(1, 2);
        for (const line of lines) expect(measure(line, l.nameSize)).to.be.at.most(l.nameWidth - 12);
        expect(lines.join(' ')).to.not.include('…');
      }
      expect(l.names.map((lines) => lines.join(' '))).to.deep.equal(names);
    });

    it('gives a few rows the room they have, and centres the table between the head and the foot', () => {
      const l = matrixCardLayout(square, names, 3, measure);
      expect(l.rowHeight).to.be.above(64);
      const bottom = l.keyY + 8;
      const above = l.top - square.top;
      const below = square.bottom - bottom;
      expect(Math.abs(above - below), `${above} px above, ${below} px below`).to.be.below(1);
      // The table and its key take most of the room, not a third of it.
      expect((bottom - l.top) / (square.bottom - square.top)).to.be.above(0.6);
    });

    it('fits many rows in the room, the rest as "+ n more"', () => {
      const many = Array.from({ length: 40 }, (_, i) => `Actor ${i + 1}`);
      const l = matrixCardLayout(square, many, 3, measure);
      expect(l.shown).to.be.below(40);
      // Less than a row left over, split above and below.
      expect(l.top - square.top).to.be.below(l.rowHeight / 2);
      expect(l.keyY + 8).to.be.at.most(square.bottom + 0.5);
    });

    it('on the bundled story’s square card, draws all ten names in the same font', () => {
      const draws = cardDraws(bundledDataset, { width: 1080, height: 1080 }, 'matrix');
      const actorNames = bundledDataset.actors.map((a) => localize(a.name, 'en'));
      // A name on two lines is drawn as two texts, each a part of the name.
      const drawnNames = draws.filter((t) =>
        actorNames.some((n) => n === t.text || n.startsWith(`${t.text} `) || n.endsWith(` ${t.text}`)),
      );
      expect(drawnNames.length).to.be.at.least(actorNames.length);
      expect(new Set(drawnNames.map((t) => t.font)).size, drawnNames.map((t) => `${t.text}: ${t.font}`).join('; ')).to.equal(1);
    });
  });
});
