/**
 * Every dataset of the bad-input corpus (test/fixtures/invalid/) loaded by a real element through
 * `src`: the widget shows a readable error with the first problem's JSON path (or the JSON syntax
 * error), offers a retry, and the page sees no error.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/explainer/define.js';

interface Expectation {
  kind: 'json' | 'invalid';
  path?: string;
}
const FOLDER = '/test/fixtures/invalid/';
const manifest = (await (await fetch(`${FOLDER}expected.json`)).json()) as { files: string[] } & Record<string, Expectation>;

describe('the bad-input corpus, rendered', () => {
  it(`shows a readable error for each of the ${manifest.files.length} broken datasets, never a page error`, async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    // Ten at a time: fast, and still many elements fetching and failing at once.
    for (let i = 0; i < manifest.files.length; i += 10) {
      const batch = manifest.files.slice(i, i + 10);
      const elements = batch.map((name) => {
        const el = document.createElement('policy-explainer');
        el.setAttribute('src', FOLDER + name);
        return el;
      });
      host.replaceChildren(...elements);
      await waitUntil(
        () => elements.every((el) => el.shadowRoot?.querySelector('[part="error"]')),
        `no error state in ${batch.join(', ')}`,
        {
          timeout: 8000,
        },
      );
      batch.forEach((name, k) => {
        const error = elements[k].shadowRoot!.querySelector('[part="error"]')!;
        const expected = manifest[name];
        expect(error.getAttribute('role'), name).to.equal('alert');
        expect(error.querySelector('[part="retry"]'), name).to.exist;
        if (expected.kind === 'invalid') expect(error.querySelector('code')?.textContent, name).to.equal(expected.path || '/');
        else expect(error.textContent, name).to.contain('is not valid JSON');
      });
    }
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
