import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { snippetsView } from '../../src/studio/snippets-view.js';
import { container, HOME, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio snippets view', () => {
  it('writes the snippets for the studio’s own folder, and says which need the JSON file’s address until it is given', () => {
    const state = stateWith();
    const { actions, calls } = recordingActions();
    render(snippetsView(state, state.result.dataset!, actions), box);
    expect(box.querySelector<HTMLTextAreaElement>('#snippet-inline')!.value).to.contain(`<script src="${HOME}policy-explainer.js" defer>`);
    expect([...box.querySelectorAll('.warn')].map((w) => w.closest('.snippet')!.querySelector('textarea')!.id)).to.deep.equal([
      'snippet-src',
      'snippet-iframe',
    ]);
    const host = box.querySelector<HTMLInputElement>('#host-url')!;
    expect(host.value).to.equal('');
    host.value = 'https://news.example/story.json';
    host.dispatchEvent(new Event('input'));
    expect(calls).to.deep.equal([['setSnippet', [{ hostUrl: 'https://news.example/story.json' }]]]);
    render(snippetsView({ ...state, snippet: { ...state.snippet, hostUrl: host.value } }, state.result.dataset!, actions), box);
    expect(box.querySelectorAll('.warn')).to.have.length(0);
    expect(box.querySelector<HTMLTextAreaElement>('#snippet-src')!.value).to.contain('src="https://news.example/story.json"');
  });

  it('Copy asks for the snippet’s text, and the answer shows beside the button that was used', () => {
    const state = stateWith();
    const { actions, calls } = recordingActions();
    render(snippetsView(state, state.result.dataset!, actions), box);
    box.querySelector<HTMLButtonElement>('.snippet button')!.click();
    expect(calls[0][0]).to.equal('copy');
    expect(calls[0][1].slice(0, 2)).to.deep.equal(['inline', box.querySelector<HTMLTextAreaElement>('#snippet-inline')!.value]);
    render(snippetsView({ ...state, copied: { kind: 'iframe', ok: true } }, state.result.dataset!, actions), box);
    expect([...box.querySelectorAll('.copied')].map(textOf)).to.deep.equal(['', '', 'Copied to the clipboard.']);
  });
});
