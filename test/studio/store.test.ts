import { expect } from '@open-wc/testing';
import { createStore, errorsOf, initialState, shownDataset } from '../../src/studio/store.js';
import { stateWith } from '../helpers/studio-state.js';
import { EXAMPLE_TABS } from '../../src/studio/example.js';

describe('studio store', () => {
  it('merges each change and tells every subscriber at once, until it stops listening', () => {
    const store = createStore(initialState('en', '/dist/'));
    const seen: string[] = [];
    const stop = store.subscribe((s) => seen.push(s.lang));
    store.set({ lang: 'es' });
    expect(seen).to.deep.equal(['es']);
    expect(store.get().home).to.equal('/dist/');
    stop();
    store.set({ lang: 'en' });
    expect(seen).to.deep.equal(['es']);
    expect(store.get().lang).to.equal('en');
  });

  it('shows a dataset only while there is no error', () => {
    const ok = stateWith();
    expect(errorsOf(ok)).to.deep.equal([]);
    expect(shownDataset(ok)?.id).to.equal('riverside-bike-lanes');
    const bad = stateWith({ 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', '2023-02-30') });
    expect(errorsOf(bad)).to.have.length(1);
    expect(shownDataset(bad)).to.equal(undefined);
  });
});
