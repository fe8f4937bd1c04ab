/**
 * A hostile host page (test/e2e/pages/hostile.css): every inherited property changed with
 * !important and bare element selectors restyled. The widget keeps a readable, non-overlapping
 * layout, because its shadow tree resets what it inherits.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from '../helpers/page.js';
import { overflowingText, overlappingText } from '../helpers/geometry.js';

const open = (width: number) => openPage('hostile.html', width);

for (const width of [360, 1100]) {
  describe(`on a hostile page at ${width} px`, () => {
    it('keeps its own fonts, colours and layout, with no overlapping text', async () => {
      const win = await open(width);
      const el = win.document.querySelector('policy-explainer')!;
      const tl = () => el.shadowRoot?.querySelector('policy-timeline');
      const mx = () => el.shadowRoot?.querySelector('stance-matrix');
      await waitUntil(() => tl()?.shadowRoot?.querySelector('li.event') && mx()?.shadowRoot?.querySelector('.cell'), 'did not render');
      const title = tl()!.shadowRoot!.querySelector('.title')!;
      const style = win.getComputedStyle(title);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(style.fontStyle).to.equal('normal');
      // Label lines are nowrap by design (layout wraps them); the frame around them must stay normal.
      expect(win.getComputedStyle(tl()!.shadowRoot!.querySelector('.frame')!).whiteSpace).to.equal('normal');
      expect(win.getComputedStyle(tl()!.shadowRoot!.querySelector('svg')!).display).to.not.equal('none');
      expect(win.getComputedStyle(mx()!.shadowRoot!.querySelector('.cell')!).borderTopWidth).to.not.equal('10px');
      // The page's stylesheet can change the widths after the first render; the elements re-lay
      // out on the ResizeObserver's next frame. Wait for that, then every text box must be clear.
      const clear = () => [tl()!, mx()!].every((part) => overlappingText(part).length === 0 && overflowingText(part).length === 0);
      await waitUntil(clear, 'the layout did not settle', { timeout: 5000 }).catch(() => undefined);
      for (const part of [tl()!, mx()!]) {
        expect(overlappingText(part), part.tagName).to.deep.equal([]);
        expect(overflowingText(part), part.tagName).to.deep.equal([]);
      }
      expect(win.__errors).to.deep.equal([]);
    });
  });
}
