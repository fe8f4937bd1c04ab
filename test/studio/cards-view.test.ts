import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { cardsView } from '../../src/studio/cards-view.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio cards view', () => {
  it('a button per view and size; the source line from the data until the producer edits it', () => {
    const state = stateWith();
    const { actions, calls } = recordingActions();
    render(cardsView(state, state.result.dataset!, actions), box);
    expect([...box.querySelectorAll('[data-card]')].map(textOf)).to.deep.equal([
      'Timeline, 1200 × 675',
      'Timeline, 1080 × 1080',
      'Matrix, 1200 × 675',
      'Matrix, 1080 × 1080',
    ]);
    const line = box.querySelector<HTMLInputElement>('#source-line')!;
    expect(line.value).to.match(/^Sources: The Riverside Ledger \(example\)/);
    render(cardsView({ ...state, sourceLine: 'Source: our newsroom' }, state.result.dataset!, actions), box);
    expect(line.value).to.equal('Source: our newsroom');
    box.querySelector<HTMLButtonElement>('[data-card="matrix-1080x1080"]')!.click();
    expect(calls[0][0]).to.equal('makeImage');
    expect(calls[0][1]).to.deep.equal(['matrix', 'Matrix', { width: 1080, height: 1080 }]);
  });

  it('the image made, with its description and a link to download it', () => {
    const state = stateWith();
    const image = { name: 'x-timeline.png', url: 'data:image/png;base64,', alt: 'Timeline of “x”', width: 1200, height: 675 };
    render(cardsView({ ...state, image }, state.result.dataset!, recordingActions().actions), box);
    const img = box.querySelector('#image-out img') as HTMLImageElement;
    expect([img.alt, img.width, img.height]).to.deep.equal(['Timeline of “x”', 300, 169]);
    expect(textOf(box.querySelector('#image-out a'))).to.equal('Download x-timeline.png');
  });
});
