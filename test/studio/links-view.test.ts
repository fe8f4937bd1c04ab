import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { LinkReport } from '../../src/convert/check-links.js';
import { linksView } from '../../src/studio/links-view.js';
import { container, recordingActions, stateWith, textOf } from '../helpers/studio-state.js';

let box: HTMLElement;
beforeEach(() => (box = container()));
afterEach(() => box.remove());

describe('studio links view', () => {
  it('checks nothing until asked; then each source, its links and how they answered', () => {
    const { actions, calls } = recordingActions();
    render(linksView(stateWith(), actions), box);
    expect(textOf(box.querySelector('#links-report'))).to.equal('');
    box.querySelector<HTMLButtonElement>('#check-links')!.click();
    expect(calls.map(([name]) => name)).to.deep.equal(['checkSourceLinks']);
    render(linksView({ ...stateWith(), links: 'checking' }, actions), box);
    expect(textOf(box.querySelector('#links-report'))).to.equal('Checking…');
    const report: LinkReport = {
      sources: [
        { id: 'a', label: 'A story', url: { url: 'https://x.example/a', status: 'ok', httpStatus: 200 } },
        {
          id: 'b',
          label: 'B story',
          url: { url: 'https://x.example/b', status: 'gone', httpStatus: 404 },
          archived: { url: 'https://archive.example/b', status: 'ok' },
        },
      ],
      withoutLinks: [],
      counts: { ok: 2, redirected: 0, gone: 1, 'http-error': 0, unreachable: 0, timeout: 0, cors: 0 },
      ok: false,
    };
    render(linksView({ ...stateWith(), links: report }, actions), box);
    expect(textOf(box.querySelector('#links-report > p'))).to.equal('3 links checked; 1 gone.');
    expect(
      [...box.querySelectorAll('#links-report > ul > li')].map((li) => [
        [...li.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
        ...[...li.querySelectorAll('li')].map(textOf),
      ]),
    ).to.deep.equal([
      ['a (A story)', 'url: ok — https://x.example/a'],
      ['b (B story)', 'url: gone (404) — https://x.example/b', 'archived copy: ok — https://archive.example/b'],
    ]);
  });
});
