/**
 * Injection: every human text field and every URL of a dataset filled with HTML, script and URL
 * payloads. Nothing executes (a canary global stays unset), no javascript:/data: link is rendered,
 * no injected element appears. Every timeline event and every matrix cell is opened, so the
 * details templates are exercised too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/explainer/define.js';
import type { PolicyExplainer } from '../../src/explainer/policy-explainer.js';
import { bundledDataset } from '../../src/data/load.js';
import type { Dataset } from '../../src/data/types.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Payloads a hostile or careless editor might put in a text field. */
export const TEXT_PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><iframe src="javascript:window.__pwned=1"></iframe>',
  "'; window.__pwned=1; '",
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<style>*{display:none}</style>',
  '\u202Eevil\u202C <b onmouseover="window.__pwned=1">x</b>',
];

/** URLs that pass the schema's http(s) rule (no spaces) but try to break out of an attribute. */
export const URL_PAYLOADS = [
  'https://example.org/"><script>window.__pwned=1</script>',
  "https://example.org/'onmouseover='window.__pwned=1'",
  'https://example.org/?q=<img/src=x/onerror=window.__pwned=1>',
  'https://example.org/#"/onfocus="window.__pwned=1"/autofocus="',
];

/** Replaces every human-text string (and every language variant) with payloads, keeping ids and dates. */
function poison(d: Dataset): Dataset {
  let i = 0;
  const next = () => TEXT_PAYLOADS[i++ % TEXT_PAYLOADS.length];
  const text = (t: unknown) =>
    typeof t === 'string' ? next() : t && typeof t === 'object' ? Object.fromEntries(Object.keys(t).map((k) => [k, next()])) : t;
  const out = structuredClone(d) as any;
  out.title = text(out.title);
  out.summary = text(out.summary);
  for (const n of out.notes ?? []) n.text = text(n.text);
  out.sources.forEach((s: any, j: number) => {
    s.label = text(s.label);
    s.publisher = next();
    s.url = URL_PAYLOADS[j % URL_PAYLOADS.length];
  });
  for (const g of out.groups ?? []) g.label = text(g.label);
  for (const e of out.events) {
    e.title = text(e.title);
    e.summary = text(e.summary);
    for (const n of e.notes ?? []) n.text = text(n.text);
  }
  for (const a of out.actors) {
    a.name = text(a.name);
    a.role = text(a.role);
  }
  for (const q of out.issues) {
    q.label = text(q.label);
    q.description = text(q.description);
  }
  for (const s of out.stances) {
    if (s.quote) s.quote = next();
    if (s.quoteBy) s.quoteBy = text(s.quoteBy);
    s.summary = text(s.summary);
    for (const n of s.notes ?? []) n.text = text(n.text);
  }
  return out;
}

/** Every element in the explainer's shadow trees that no template of ours creates. */
function injected(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (r: ShadowRoot | Element) => {
    for (const el of r.querySelectorAll('*')) {
      if (
        ['SCRIPT', 'IMG', 'IFRAME', 'STYLE', 'OBJECT', 'EMBED'].includes(el.tagName) &&
        !(el.tagName === 'STYLE' && el.parentNode === root)
      )
        found.push(el.tagName);
      for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) found.push(`${el.tagName}[${attr}]`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

function links(root: ShadowRoot): HTMLAnchorElement[] {
  const all: HTMLAnchorElement[] = [];
  const walk = (r: ShadowRoot) => {
    all.push(...r.querySelectorAll('a'));
    r.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
  };
  walk(root);
  return all;
}

describe('injection', () => {
  it(`renders ${TEXT_PAYLOADS.length} text payloads and ${URL_PAYLOADS.length} URL payloads in every field as inert text`, async () => {
    const data = poison(bundledDataset);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1100px"><policy-explainer .data=${data}></policy-explainer></div>`,
    );
    const el = wrapper.querySelector<PolicyExplainer>('policy-explainer')!;
    await waitUntil(
      () =>
        el.shadowRoot?.querySelector('policy-timeline')?.shadowRoot?.querySelector('li.event') &&
        el.shadowRoot?.querySelector('stance-matrix')?.shadowRoot?.querySelector('.cell'),
      `did not render: ${el.shadowRoot?.textContent?.slice(0, 300)}`,
    );
    const timeline = el.shadowRoot!.querySelector('policy-timeline')!;
    const matrix = el.shadowRoot!.querySelector('stance-matrix')!;
    // Open every event's details and every cell's dialog.
    for (const b of timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.event button')) {
      b.click();
      await (timeline as any).updateComplete;
      expect(injected(el.shadowRoot!)).to.deep.equal([]);
    }
    for (const b of matrix.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cell')) {
      b.click();
      await (matrix as any).updateComplete;
      expect(injected(el.shadowRoot!)).to.deep.equal([]);
      matrix.shadowRoot!.querySelector('dialog')?.close();
      await (matrix as any).updateComplete;
    }
    el.shadowRoot!.querySelector('details')!.open = true;
    expect(el.shadowRoot!.textContent).to.contain('<script>window.__pwned=1</script>');
    for (const a of links(el.shadowRoot!)) {
      expect(a.protocol).to.match(/^https?:$/);
      expect(a.rel).to.contain('noopener');
    }
    expect(links(el.shadowRoot!).length).to.be.greaterThan(0);
    expect(window.__pwned).to.equal(undefined);
  });

  it('refuses javascript: and data: source links: the data is invalid and no link is rendered', async () => {
    for (const url of [
      'javascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      ' javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
    ]) {
      const data = structuredClone(bundledDataset) as any;
      data.sources[0].url = url;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:800px"><policy-explainer .data=${data}></policy-explainer></div>`,
      );
      const el = wrapper.querySelector<PolicyExplainer>('policy-explainer')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), `no error for ${url}`);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('/sources/0/url');
      expect(links(el.shadowRoot!)).to.deep.equal([]);
    }
    expect(window.__pwned).to.equal(undefined);
  });

  it('a lang that names an Object.prototype member (constructor, __proto__, toString…) renders the story in English', async () => {
    const title = bundledDataset.title as { en: string };
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf-x']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:800px"><policy-explainer lang=${lang}></policy-explainer></div>`,
      );
      const el = wrapper.querySelector<PolicyExplainer>('policy-explainer')!;
      await waitUntil(() => el.shadowRoot?.querySelector('stance-matrix'), `${lang}: nothing rendered`);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent, lang).to.contain(title.en);
      expect(el.shadowRoot!.querySelector('[part="error"]'), lang).to.equal(null);
    }
  });
});
