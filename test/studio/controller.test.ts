import { expect } from '@open-wc/testing';
import { buildStory } from '../../src/studio/build.js';
import { createActions, type Reader } from '../../src/studio/controller.js';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import type { ConvertReply, ConvertRequest } from '../../src/studio/protocol.js';
import { createStore, errorsOf, initialState } from '../../src/studio/store.js';

/** A reader that converts as the worker does, and answers when the test says (answers can cross). */
function reader() {
  const asked: ConvertRequest[] = [];
  let listener: (e: MessageEvent<ConvertReply>) => void = () => {};
  const r: Reader & { answer(request?: ConvertRequest): void; asked: ConvertRequest[] } = {
    asked,
    postMessage: (request) => void asked.push(request),
    addEventListener: (_type, fn) => void (listener = fn),
    answer(request = asked[asked.length - 1]) {
      const result = buildStory(request.inputs, request.story, request.lang, request.unknown, '2025-01-01');
      listener(new MessageEvent('message', { data: { id: request.id, result } }));
    },
  };
  return r;
}

function studio() {
  const store = createStore(initialState('en', '/dist/'));
  const r = reader();
  const actions = createActions(store, r, { fetch: () => Promise.reject(new Error('no request')), chicago: async () => undefined });
  return { store, r, actions };
}

const where = (p: { file?: string; row?: number; column?: string }) => `${p.file} ${p.row}${p.column}`;

describe('studio controller', () => {
  it('fixes a cell in its tab and checks again: the problem goes, the rest of the tab stays', () => {
    const { store, r, actions } = studio();
    actions.startFrom({ ...EXAMPLE_TABS, 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', '10/04/2022') });
    expect(store.get().busy).to.equal('reading');
    r.answer();
    const [problem] = errorsOf(store.get());
    expect(where(problem)).to.equal('events.csv 4B');
    actions.fixCell(problem, '2022-04-10');
    r.answer();
    expect(errorsOf(store.get())).to.deep.equal([]);
    expect(store.get().result.dataset!.events.find((e) => e.id === 'hearing')!.date).to.equal('2022-04-10');
    expect(store.get().result.dataset!.events).to.have.length(4);
    expect(store.get().busy).to.equal(undefined);
  });

  it('only the latest answer counts', () => {
    const { store, r, actions } = studio();
    actions.startFrom({ ...EXAMPLE_TABS, 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', '2023-02-30') });
    const first = r.asked[0];
    actions.startFrom(EXAMPLE_TABS);
    r.answer();
    r.answer(first);
    expect(errorsOf(store.get())).to.deep.equal([]);
  });

  it('refuses pasted text over the size limit before reading it, and says why with the other problems', () => {
    const { store, r, actions } = studio();
    actions.addPasted('x'.repeat(6 * 1024 * 1024));
    r.answer();
    expect(store.get().refused.map((x) => x.name)).to.deep.equal(['pasted']);
    expect(errorsOf(store.get())[0].message).to.match(/more than the 5\.0 MB/);
  });

  it('valid data gets its dataset JSON to download; data with an error gets none', async () => {
    const { store, r, actions } = studio();
    actions.startFrom(EXAMPLE_TABS);
    r.answer();
    const json = store.get().downloads!.json;
    expect(json.name).to.equal('riverside-bike-lanes.json');
    expect(JSON.parse(await (await fetch(json.url)).text())).to.deep.equal(store.get().result.dataset);
    actions.startFrom({ ...EXAMPLE_TABS, 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', '2023-02-30') });
    r.answer();
    expect(store.get().downloads).to.equal(undefined);
  });
});
