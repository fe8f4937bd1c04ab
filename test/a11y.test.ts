/**
 * Accessibility gate: axe-core on each element, in both themes and both languages, in every
 * engine the suite runs in (WCAG 2.2 AA rules, colour contrast included).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/explainer/define.js';

const ready = (el: Element): boolean => {
  if (el.tagName === 'POLICY-EXPLAINER')
    return [...el.shadowRoot!.querySelectorAll('policy-timeline, stance-matrix')].every(ready) && !!el.shadowRoot!.querySelector('article');
  return !!el.shadowRoot?.querySelector('li.event, .cell');
};

for (const tag of ['policy-timeline', 'stance-matrix', 'policy-explainer']) {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'es']) {
      it(`<${tag}> passes axe-core, ${theme}, ${lang}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
        const el = document.createElement(tag);
        el.setAttribute('theme', theme);
        el.setAttribute('lang', lang);
        wrapper.append(el);
        await waitUntil(() => ready(el), `<${tag}> did not render`);
        await expect(el).to.be.accessible();
      });
    }
  }
}
