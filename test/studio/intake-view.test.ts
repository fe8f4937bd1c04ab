import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { sizeProblem } from '../../src/convert/intake.js';
import { blankView, inputsView } from '../../src/studio/intake-view.js';
import { initialState } from '../../src/studio/store.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio intake view', () => {
  it('says nothing has been brought yet', () => {
    render(inputsView(initialState('en', '/'), recordingActions().actions), box);
    expect(textOf(box)).to.equal('Nothing yet.');
  });

  it('lists each tab brought, what it is, and a button that removes it', () => {
    const { actions, calls } = recordingActions();
    const state = stateWith();
    render(inputsView({ ...state, refused: [{ name: 'story.xlsx', problem: sizeProblem('story.xlsx', 9e9)! }] }, actions), box);
    const items = [...box.querySelectorAll('li')].map(textOf);
    expect(items[0]).to.equal('dataset.csv tab dataset ×');
    expect(items.at(-1)).to.equal('story.xlsx not read');
    const remove = box.querySelector<HTMLButtonElement>('button.remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove dataset.csv');
    remove.click();
    expect(calls[0][0]).to.equal('remove');
    expect((calls[0][1][0] as { name: string }).name).to.equal('dataset.csv');
  });

  it('the blank template tabs appear once asked for, a link each', () => {
    render(blankView(initialState('en', '/')), box);
    expect(box.querySelector<HTMLElement>('#blank')!.hidden).to.equal(true);
    const blank = [{ name: 'events.csv', url: 'blob:x', label: 'events.csv' }];
    render(blankView({ ...initialState('en', '/'), blank }), box);
    expect(box.querySelector<HTMLElement>('#blank')!.hidden).to.equal(false);
    expect(box.querySelector('a')!.download).to.equal('events.csv');
    expect(textOf(box)).to.match(/^Open each in your spreadsheet/);
  });
});
