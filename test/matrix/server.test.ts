/**
 * The matrix's server template (src/matrix/server.ts, serverPositions): both of the live element's
 * layouts, chosen by a container query at the live element's own threshold, with nothing to click.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { serverPositions } from '../../src/matrix/server.js';
import { buildMatrix } from '../../src/matrix/model.js';
import { COMPACT_BELOW } from '../../src/matrix/stance-matrix.js';
import newcomer from '../fixtures/newcomer-story.json' with { type: 'json' };
import type { Dataset } from '../../src/data/types.js';

const d = newcomer as unknown as Dataset;

function rendered(): HTMLElement {
  const div = document.createElement('div');
  render(serverPositions(buildMatrix(d, { lang: 'en' }), 'en'), div);
  return div;
}

describe('serverPositions', () => {
  it('writes the compact table (with the key above it) and the full table', () => {
    const div = rendered();
    const compact = div.querySelector('.narrow table.compact')!;
    const full = div.querySelector('.wide table:not(.compact)')!;
    expect(compact).to.exist;
    expect(full).to.exist;
    expect(div.querySelectorAll('.narrow .key li')).to.have.length(d.issues.length);
    // Compact heads: the short label, else the question's number; the full question for screen readers.
    expect([...compact.querySelectorAll('thead th [aria-hidden]')].map((s) => s.textContent)).to.deep.equal(['Lane', '2', '3']);
    expect([...full.querySelectorAll('thead th')].slice(1).map((s) => s.textContent!.trim())).to.deep.equal(d.issues.map((i) => i.label));
  });

  it('switches layout where the live element does (COMPACT_BELOW)', () => {
    const css = rendered().querySelector('style')!.textContent!;
    expect(css).to.include(`@container (width < ${COMPACT_BELOW}px)`);
    expect(css).to.include(`@container (width >= ${COMPACT_BELOW}px)`);
  });

  it('has nothing to click: no button, no link-less control', () => {
    const div = rendered();
    expect(div.querySelectorAll('button, [tabindex], [role="button"]')).to.have.length(0);
    expect(div.querySelectorAll('.cell')).to.have.length(2 * d.actors.length * d.issues.length);
  });

  it('says each position, how we know it and when, as the live cell does', () => {
    const cell = rendered().querySelector('.wide .cell.support')!;
    expect(cell.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Supports Own words · Oct 2023');
  });
});
