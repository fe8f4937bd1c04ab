import { expect } from '@open-wc/testing';
import { checkLinks, describeStatus, type LinkCheck } from '../../src/convert/check-links.js';

/** A dataset of sources alone: what checkLinks reads. */
const sources = (...list: Array<{ id: string; url?: string; archived?: string }>) => ({
  sources: list.map((s) => ({ label: `Source ${s.id}`, ...s })),
});

describe('checkLinks in the browser', () => {
  const here = location.origin;

  it("checks this page's own origin with the browser's fetch: ok and gone", async () => {
    const report = await checkLinks(
      sources(
        { id: 'fixture', url: `${here}/test/fixtures/minimal-dataset.json` },
        { id: 'missing', url: `${here}/test/fixtures/no-such-file.json` },
      ),
      { fetch: globalThis.fetch.bind(globalThis), browser: true, timeoutMs: 5000 },
    );
    expect(report.sources.map((s) => [s.id, s.url?.status, s.url?.httpStatus])).to.deep.equal([
      ['fixture', 'ok', 200],
      ['missing', 'gone', 404],
    ]);
    expect(report.ok).to.equal(false);
  });

  it('reports a site that does not let the page read its answer as CORS, never as broken', async () => {
    // Another origin that answers without Access-Control-Allow-Origin (or nothing at all): fetch throws a TypeError.
    const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const report = await checkLinks(
      sources({ id: 'elsewhere', url: 'https://news.example/story', archived: 'https://web.archive.org/web/2024/x' }),
      {
        fetch: refused,
        browser: true,
      },
    );
    const { url, archived } = report.sources[0];
    expect(url).to.include({ status: 'cors', detail: 'could not check from the browser (CORS)' });
    expect(archived?.status).to.equal('cors');
    expect(describeStatus(url as LinkCheck)).to.equal('not checked (CORS)');
    expect(report.ok).to.equal(true);
    expect(report.counts.cors).to.equal(2);
  });

  it('reads a redirect the browser followed, and sends no header that would cost a preflight', async () => {
    const seen: RequestInit[] = [];
    const followed: typeof fetch = async (_url, init) => {
      seen.push(init ?? {});
      const res = new Response(null, { status: 200 });
      Object.defineProperty(res, 'redirected', { value: true });
      Object.defineProperty(res, 'url', { value: 'https://news.example/new' });
      return res;
    };
    const report = await checkLinks(sources({ id: 'moved', url: 'https://news.example/old' }), {
      fetch: followed,
      browser: true,
      userAgent: 'ignored-in-a-browser',
    });
    expect(report.sources[0].url).to.deep.equal({
      url: 'https://news.example/old',
      status: 'redirected',
      httpStatus: 200,
      method: 'HEAD',
      finalUrl: 'https://news.example/new',
      redirects: ['https://news.example/new'],
    });
    expect(seen[0]).to.include({ method: 'HEAD', redirect: 'follow', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(seen[0].headers).to.equal(undefined);
  });

  it('never fetches a link that is not http(s), and lists sources without links', async () => {
    let calls = 0;
    const counting: typeof fetch = async () => (calls++, new Response(null, { status: 200 }));
    const report = await checkLinks(sources({ id: 'bad', url: 'javascript:alert(1)', archived: 'data:text/html,x' }, { id: 'none' }), {
      fetch: counting,
    });
    expect(calls).to.equal(0);
    expect(report.sources).to.deep.equal([]);
    expect(report.withoutLinks).to.deep.equal(['bad', 'none']);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pending = checkLinks(sources({ id: 'slow', url: 'https://slow.example/' }), { fetch: never, signal: controller.signal });
    controller.abort(new Error('the producer closed the dialog'));
    let error: unknown;
    await pending.catch((e) => (error = e));
    expect((error as Error).message).to.equal('the producer closed the dialog');
  });
});
