import { expect } from '@open-wc/testing';
import { error, given } from '../../src/convert/problems.js';
import { render } from 'lit';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import { placeText, problemsView, problemText, sheetDate, statusView } from '../../src/studio/problems-view.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

const broken = (date: string) => ({ 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', date) });
let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio problems view', () => {
  it('names each problem by tab, row and column in plain words, with the pointer and value only in its details', () => {
    const { actions } = recordingActions();
    render(
      problemsView(stateWith({ 'stances.csv': EXAMPLE_TABS['stances.csv'].replace('mayor,parking,mixed', 'mayr,parking,mixed') }), actions),
      box,
    );
    const items = [...box.querySelectorAll('.problems.errors li.problem')];
    expect(items).to.have.length(1);
    expect(textOf(items[0].querySelector('.what'))).to.match(/^stances tab, row 3, column actor \(A\): refers to actor "mayr"/);
    expect(textOf(box.querySelector('h3'))).to.equal('Errors (1)');
    const details = items[0].querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('dl'))).to.equal('Value: mayr In the dataset (JSON pointer): /stances/1/actor File: stances.csv');
    // The pointer is nowhere else.
    expect(textOf(items[0].querySelector('.what'))).to.not.contain('/stances/1');
  });

  it('a field beside a cell’s problem holds the cell, and submitting it asks for the fix', () => {
    const { actions, calls } = recordingActions();
    const state = stateWith(broken('2023-02-30'));
    render(problemsView(state, actions), box);
    const input = box.querySelector<HTMLInputElement>('form.fix input')!;
    expect(input.value).to.equal('2023-02-30');
    expect(input.getAttribute('aria-describedby')).to.equal('errors-0-where');
    expect(box.querySelector('#errors-0-where')!.textContent).to.equal('events tab, row 4, column date (B)');
    input.value = '2023-02-28';
    box.querySelector<HTMLButtonElement>('form.fix button')!.click();
    expect(calls.map(([name]) => name)).to.deep.equal(['fixCell']);
    const [problem, value] = calls[0][1] as [{ row: number; column: string }, string];
    expect([problem.row, problem.column, value]).to.deep.equal([4, 'B', '2023-02-28']);
  });

  it('a reformatted date gets the plain-text hint once, on its own line, with the dates it can be', () => {
    render(problemsView(stateWith(broken('10/04/2022')), recordingActions().actions), box);
    const item = box.querySelector('li.problem')!;
    expect(textOf(item.querySelector('.todo'))).to.contain('format the date column as plain text');
    expect(textOf(item.querySelector('.todo'))).to.contain('2022-10-04 if the month comes first, 2022-04-10 if the day does');
    expect(textOf(item).match(/plain text/g)).to.have.length(1);
    expect(sheetDate(given('error', '', { value: '25/12/2024' }))).to.deep.equal({
      monthFirst: undefined,
      dayFirst: '2024-12-25',
    });
    expect(sheetDate(given('error', '', { value: '1/2/24' }))).to.deep.equal({});
    expect(sheetDate(given('error', '', { value: '2024-12-25' }))).to.equal(undefined);
  });

  it('speaks Spanish, the problems through problemText', () => {
    render(problemsView(stateWith(broken('10/04/2022'), 'es'), recordingActions().actions), box);
    expect(textOf(box.querySelector('.where'))).to.equal('pestaña events, fila 4, columna date (B)');
    expect(textOf(box.querySelector('.todo'))).to.contain('dé a la columna de fechas formato de texto sin formato');
    expect(box.querySelector('.message')!.getAttribute('lang')).to.equal('es');
    expect(problemText(error('date-impossible', { got: { text: 'x' } }), 'es')).to.equal('"x" no es una fecha que exista');
  });

  it('shows a hostile value as text', () => {
    const state = stateWith(broken('<img src=x onerror=alert(1)>'));
    render(problemsView(state, recordingActions().actions), box);
    expect(box.querySelectorAll('img')).to.have.length(0);
    expect(box.querySelector<HTMLInputElement>('form.fix input')!.value).to.equal('<img src=x onerror=alert(1)>');
    expect(textOf(box.querySelector('details dl'))).to.contain('<img src=x onerror=alert(1)>');
  });

  it('names a place without a file by its origin, and a JSON file by line and column', () => {
    const state = stateWith();
    expect(placeText(given('error', '', { origin: 'the Title field' }), state)).to.equal('the Title field');
    expect(placeText(given('error', '', { file: 'story.json', position: { line: 6, column: 32 } }), state)).to.equal(
      'story.json, line 6, column 32',
    );
  });

  it('the status says what to do first, what is wrong, or what is ready', () => {
    render(statusView({ ...stateWith(), inputs: [], result: { problems: [] } }), box);
    expect(textOf(box)).to.equal('Bring a file, paste a tab, or start from an example.');
    expect(box.querySelector('#status')!.className).to.equal('status ');
    render(statusView(stateWith(broken('2023-02-30'))), box);
    expect(textOf(box)).to.equal('1 error to fix before anything can be exported.');
    expect(box.querySelector('#status')!.classList.contains('bad')).to.equal(true);
    render(statusView(stateWith()), box);
    expect(textOf(box)).to.match(/^Ready: 4 events/);
    render(statusView({ ...stateWith(), busy: 'reading' }), box);
    expect(textOf(box)).to.equal('Reading…');
  });
});
