import { expect } from '@open-wc/testing';
import { OnDemand } from '../../src/modules/on-demand.js';

/**
 * An on-demand module as the features see it: asked for once per page, never fetched and logged
 * again after a failure by what merely needs it (a hover, a deep link, an opened cell), but tried
 * again by a retry button (`load()`).
 */
describe('OnDemand', () => {
  /** An OnDemand whose importer fails `failures` times, then succeeds; it counts the imports. */
  function module(failures: number) {
    const calls = { imports: 0 };
    const m = new OnDemand('modules/test.js', () =>
      ++calls.imports <= failures ? Promise.reject(new Error('404')) : Promise.resolve({ ok: true }),
    );
    return { m, calls };
  }

  let error: typeof console.error;
  let logged: unknown[][];
  beforeEach(() => {
    error = console.error;
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args);
  });
  afterEach(() => (console.error = error));

  it('need() starts one load for every feature that needs it, and nothing once it is here', async () => {
    const { m, calls } = module(0);
    const a = m.need();
    const b = m.need();
    expect(a).to.equal(b);
    expect(await a).to.deep.equal({ ok: true });
    expect(m.value).to.deep.equal({ ok: true });
    expect(m.need()).to.equal(undefined);
    expect(calls.imports).to.equal(1);
  });

  it('need() asks no more after a failure, logged once; load() (a retry) tries again', async () => {
    const { m, calls } = module(1);
    expect(await m.need()).to.equal(undefined);
    expect(m.failed).to.be.instanceOf(Error);
    expect(logged).to.have.length(1);
    expect(String(logged[0][0])).to.contain('modules/test.js could not be loaded');
    // A hover, a deep link, a cell: nothing fetched, nothing logged again.
    expect(m.need()).to.equal(undefined);
    expect(m.need()).to.equal(undefined);
    expect(calls.imports).to.equal(1);
    expect(logged).to.have.length(1);
    // The retry button.
    expect(await m.load()).to.deep.equal({ ok: true });
    expect(calls.imports).to.equal(2);
    expect(m.need()).to.equal(undefined);
  });
});
