import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { EXAMPLE_TABS } from '../../src/studio/example.js';
import { previewView, wirePreview } from '../../src/studio/preview-view.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio preview view', () => {
  it('while there is an error: no explainer, and a note saying when it comes', () => {
    render(previewView(stateWith({ 'events.csv': EXAMPLE_TABS['events.csv'].replace('2023-11-14', 'soon') })), box);
    expect(box.querySelector('policy-explainer')).to.equal(null);
    expect(textOf(box)).to.equal('The preview appears once the data has no errors.');
  });

  it('the explainer with the data, at the chosen width, theme, language and view; the same element as options change', () => {
    const state = stateWith();
    render(previewView(state), box);
    const el = box.querySelector('policy-explainer') as HTMLElement & { data?: unknown };
    expect(el.data).to.equal(state.result.dataset);
    expect(box.querySelector('#frame')!.className).to.equal('frame light w375');
    render(previewView({ ...state, view: { width: 1280, theme: 'dark', lang: 'es', view: 'matrix' } }), box);
    expect(box.querySelector('policy-explainer')).to.equal(el);
    expect(['lang', 'theme', 'view'].map((a) => el.getAttribute(a))).to.deep.equal(['es', 'dark', 'matrix']);
    expect(box.querySelector('#frame')!.className).to.equal('frame dark w1280');
    expect(textOf(box.querySelector('#preview-note'))).to.equal('As readers see it in a 1280 px column.');
  });

  it('the options form’s radios set the preview', () => {
    const form = document.createElement('form');
    form.innerHTML = `<input type="radio" name="width" value="375"><input type="radio" name="width" value="1280">
      <input type="radio" name="theme" value="dark" checked><input type="radio" name="view" value="timeline" checked>`;
    box.append(form);
    const { actions, calls } = recordingActions();
    wirePreview(form, actions);
    form.querySelector<HTMLInputElement>('[value="1280"]')!.click();
    expect(calls).to.deep.equal([['setView', [{ width: 1280, theme: 'dark', lang: 'en', view: 'timeline' }]]]);
  });
});
