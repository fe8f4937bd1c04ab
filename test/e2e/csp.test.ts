/**
 * Strict Content-Security-Policy: the built bundle renders everything under
 *   default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:;
 *   require-trusted-types-for 'script'; trusted-types lit-html
 * (sent by the test server for /test/e2e/pages/csp*), with no securitypolicyviolation event.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../helpers/page.js';
import ar from '../../src/i18n/ar.js';

type PageWindow = Window & typeof globalThis & { __errors: string[]; __violations: string[] };

const open = (page: string) => openPage<PageWindow>(page);

describe('under a strict Content-Security-Policy', () => {
  it('the page really is served with the policy', async () => {
    const res = await fetch('/test/e2e/pages/csp.html');
    expect(res.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('every element renders fully, opens its details, and no policy is violated', async () => {
    const win = await open('csp.html');
    const doc = win.document;
    const inner = (el: Element, sel: string) => el.shadowRoot?.querySelector(sel);
    const done = () =>
      ['bundled', 'fetched'].every((id) => {
        const ex = doc.getElementById(id)!;
        const tl = inner(ex, 'policy-timeline');
        const mx = inner(ex, 'stance-matrix');
        return tl && mx && inner(tl, 'li.event') && inner(mx, '.cell');
      }) &&
      inner(doc.getElementById('timeline')!, 'li.event') &&
      inner(doc.getElementById('matrix')!, '.cell');
    await waitUntil(done, 'not everything rendered under the CSP', { timeout: 8000 });
    // Styles applied (adoptedStyleSheets are allowed by style-src 'self'; inline <style> would not be).
    const matrix = doc.getElementById('matrix')!;
    expect(win.getComputedStyle(inner(matrix, 'tbody tr:not(.group)')!).display).to.equal('grid');
    // Inline positions are set through the CSSOM, which the policy allows.
    const label = inner(doc.getElementById('timeline')!, 'li.event') as HTMLElement;
    expect(win.getComputedStyle(label).position).to.equal('absolute');
    (inner(matrix, '.cell') as HTMLButtonElement).click();
    await waitUntil(() => (inner(matrix, 'dialog') as HTMLDialogElement | null)?.open, 'the dialog did not open');
    (inner(doc.getElementById('timeline')!, 'li.event button') as HTMLButtonElement).click();
    await waitUntil(() => inner(doc.getElementById('timeline')!, '#details'), 'the details did not open');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('the README\u2019s snippet for a strict policy', () => {
  it('keeps the explainer\u2019s place from the page\u2019s stylesheet: no violation, no layout shift', async () => {
    const win = await open('csp-snippet.html');
    const el = win.document.querySelector('policy-explainer')!;
    const matrix = () => el.shadowRoot?.querySelector('stance-matrix')?.shadowRoot?.querySelector('.cell');
    await waitUntil(matrix, 'the explainer did not render', { timeout: 8000 });
    expect(win.__violations).to.deep.equal([]);
    expect((win as unknown as { __cls: number }).__cls).to.equal(0);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('dist/embed.html under the strict policy', () => {
  type EmbedWindow = Window & typeof globalThis;
  const rendered = (win: Window, words: string) => {
    const el = win.document.querySelector('policy-explainer');
    const matrix = el?.shadowRoot?.querySelector('stance-matrix');
    return !!matrix?.shadowRoot?.querySelector('.cell') && el!.shadowRoot!.textContent!.includes(words);
  };

  it('with its language loader’s hash allowed (README): Arabic from lang/ar.js, right to left, no violation', async () => {
    const res = await fetch('/dist/embed.html?csp=hash');
    expect(res.headers.get('content-security-policy')).to.match(/script-src 'self' 'sha256-[\w+/=]+'/);
    const win = await openPage<EmbedWindow>('/dist/embed.html?lang=ar&csp=hash');
    const violations: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    await waitUntil(() => rendered(win, ar.whoStandsWhere), 'Arabic never arrived under the policy', { timeout: 8000 });
    expect(win.getComputedStyle(win.document.querySelector('policy-explainer')!.shadowRoot!.querySelector('article')!).direction).to.equal(
      'rtl',
    );
    expect(win.document.documentElement.dir).to.equal('rtl');
    expect(violations).to.deep.equal([]);
  });

  it('without the hash: the page\u2019s loader is blocked, and the explainer loads its language itself (a module import needs no inline script)', async () => {
    const win = await openPage<EmbedWindow>('/dist/embed.html?lang=ar&csp=strict');
    await waitUntil(() => rendered(win, ar.whoStandsWhere), 'the explainer did not render under the policy', { timeout: 8000 });
    // The page's own direction is the loader's (blocked); the explainer lays itself out right to left.
    expect(win.document.documentElement.dir).to.equal('');
  });
});
