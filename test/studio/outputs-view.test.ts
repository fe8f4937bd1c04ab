import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import { outputsView } from '../../src/studio/outputs-view.js';
import { initialState } from '../../src/studio/store.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio outputs view (step 4)', () => {
  it('before any data: what to do first, and a button that starts the example; nothing like an error', () => {
    const { actions, calls } = recordingActions();
    render(outputsView(initialState('en', '/'), actions), box);
    expect(box.querySelector('.blocked, .bad')).to.equal(null);
    expect(textOf(box)).to.match(/^Your embed code, data files and images will appear here\. First bring your data in step 1/);
    box.querySelector('button')!.click();
    expect(calls[0][0]).to.equal('startFrom');
    expect(Object.keys(calls[0][1][0] as object)).to.include('events.csv');
  });

  it('with errors: how many, and the way to them', () => {
    render(
      outputsView(stateWith({ 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', 'soon') }), recordingActions().actions),
      box,
    );
    expect(textOf(box)).to.equal('Fix the error in step 2 first; then your embed code, data files and images appear here. Go to step 2');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('#check-heading');
    expect(box.querySelector('#out')).to.equal(null);
  });

  it('with a valid story: the data to download, the links check, the embed code and the images', () => {
    const downloads = {
      json: { name: 'riverside-bike-lanes.json', url: 'blob:json', label: 'riverside-bike-lanes.json' },
      tabs: [{ name: 'riverside-bike-lanes - events.csv', url: 'blob:events', label: 'events.csv' }],
    };
    render(outputsView({ ...stateWith(), downloads }, recordingActions().actions), box);
    expect([...box.querySelectorAll('#out h3')].map(textOf)).to.deep.equal([
      'The data',
      'Check the sources’ links',
      'Embed code',
      'Images for social cards and newsletters',
    ]);
    expect([...box.querySelectorAll('#data-links a')].map((a) => [textOf(a), (a as HTMLAnchorElement).download])).to.deep.equal([
      ['Dataset (JSON): riverside-bike-lanes.json', 'riverside-bike-lanes.json'],
      ['events.csv', 'riverside-bike-lanes - events.csv'],
    ]);
  });
});
