import { expect } from '@open-wc/testing';
import { drawCard, type CardSize } from '../../src/studio/social.js';
import { bundledDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';
import { layoutTimeline } from '../../src/timeline/layout.js';

/** The texts a card draws, in order: what a reader of the image sees. */
function cardTexts(d: Dataset, size: CardSize, view: 'timeline' | 'matrix' = 'timeline'): string[] {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const texts: string[] = [];
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    texts.push(text);
    fillText(text, x, y, maxWidth);
  };
  drawCard(canvas, d, { view, size, theme: 'light', lang: 'en', sourceLine: 'Sources: The Paper', more: (n) => `+ ${n} more` });
  return texts;
}

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
});
