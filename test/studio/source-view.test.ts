import { expect } from '@open-wc/testing';
import { given } from '../../src/convert/problems.js';
import { render } from 'lit';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import { addInput } from '../../src/studio/intake.js';
import { sourceView } from '../../src/studio/source-view.js';
import { errorsOf } from '../../src/studio/store.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio source view', () => {
  it('is hidden and empty until a problem’s row is asked for', () => {
    render(sourceView(stateWith(), recordingActions().actions), box);
    expect(box.querySelector<HTMLElement>('#source')!.hidden).to.equal(true);
    expect(textOf(box)).to.equal('');
  });

  it('shows the header row and the rows around the problem’s row as a spreadsheet does, its cell marked', () => {
    const state = stateWith({ 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', '2023-02-30') });
    const [problem] = errorsOf(state);
    const { actions, calls } = recordingActions();
    render(sourceView({ ...state, source: { problem, back: 'errors-0' } }, actions), box);
    expect(box.querySelector<HTMLElement>('#source')!.hidden).to.equal(false);
    expect(textOf(box.querySelector('h3'))).to.equal('events tab, row 4');
    expect([...box.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['', ...'ABCDEFGHIJ']);
    expect([...box.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect([...box.querySelectorAll('tbody tr:first-child th:not([scope])')].map((th) => th.textContent)).to.deep.equal(
      'id date end kind title_en title_es summary_en summary_es actors sources'.split(' '),
    );
    expect(box.querySelector('tr[aria-current="true"] th')!.textContent).to.equal('4');
    expect([...box.querySelectorAll('.hit')].map((c) => c.textContent)).to.deep.equal(['2023-02-30']);
    box.querySelector<HTMLButtonElement>('button.back')!.click();
    expect(calls.map(([name]) => name)).to.deep.equal(['hideSource']);
  });

  it('shows a JSON file’s lines around the problem’s line', () => {
    const text = '{\n  "id": "x",\n  "events": [\n    { "date": "2024", }\n  ]\n}';
    const state = { ...stateWith(), inputs: addInput([], { name: 'story.json', text }) };
    const problem = given('error', '', { file: 'story.json', position: { line: 4, column: 22 } });
    render(sourceView({ ...state, source: { problem, back: 'errors-0' } }, recordingActions().actions), box);
    expect(textOf(box.querySelector('h3'))).to.equal('story.json, line 4');
    expect(textOf(box.querySelector('tr[aria-current="true"]'))).to.equal('4 { "date": "2024", }');
    expect([...box.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
  });
});
