import { expect } from '@open-wc/testing';
import { bundledDataset, describeForConsole, fetchDataset, parseDataset, resolveSrc } from '../../src/data/load.js';

const base = location.href;
const validJson = JSON.stringify(bundledDataset);

describe('load', () => {
  it('parseDataset turns a JSON syntax error into a value', async () => {
    const r = await parseDataset('{"id": ', 'inline');
    expect(r.ok).to.equal(false);
    expect(!r.ok && r.error.kind).to.equal('json');
  });

  it('parseDataset validates what it parsed', async () => {
    expect((await parseDataset(validJson, 'inline')).ok).to.equal(true);
    const r = await parseDataset('[]', 'inline');
    expect(!r.ok && r.error.kind).to.equal('invalid');
  });

  it('resolveSrc accepts relative and http(s) URLs only', () => {
    expect(resolveSrc('data.json', 'https://news.example/story/')?.href).to.equal('https://news.example/story/data.json');
    expect(resolveSrc('javascript:alert(1)', base)).to.equal(undefined);
    expect(resolveSrc('data:application/json,{}', base)).to.equal(undefined);
    expect(resolveSrc('file:///etc/passwd', base)).to.equal(undefined);
  });

  it('fetchDataset loads and validates a dataset over HTTP', async () => {
    const r = await fetchDataset('/data/chicago-welcoming-city.json', base);
    expect(r?.ok).to.equal(true);
  });

  it('fetchDataset reports a 404 with the status', async () => {
    const r = await fetchDataset('/test/fixtures/no-such-file.json', base);
    expect(r && !r.ok && r.error).to.include({ kind: 'http', status: 404 });
  });

  it('fetchDataset reports invalid JSON and invalid data', async () => {
    const a = await fetchDataset('/test/fixtures/not-json.json', base);
    expect(a && !a.ok && a.error.kind).to.equal('json');
    const b = await fetchDataset('/test/fixtures/invalid-shape.json', base);
    expect(b && !b.ok && b.error.kind).to.equal('invalid');
    expect(describeForConsole((b as any).error)).to.contain('/title: is missing');
  });

  it('fetchDataset reports a network failure', async () => {
    const r = await fetchDataset('http://127.0.0.1:9/data.json', base);
    expect(r && !r.ok && r.error.kind).to.equal('network');
  });

  it('fetchDataset gives up after its timeout', async () => {
    const r = await fetchDataset('/__test/slow', base, { timeoutMs: 200 });
    expect(r && !r.ok && r.error).to.include({ kind: 'timeout' });
  });

  it('fetchDataset resolves to undefined when aborted by its caller', async () => {
    const abort = new AbortController();
    const pending = fetchDataset('/__test/slow', base, { signal: abort.signal });
    abort.abort();
    expect(await pending).to.equal(undefined);
  });

  it('fetchDataset refuses a non-http(s) src without fetching', async () => {
    const r = await fetchDataset('javascript:alert(1)', base);
    expect(r && !r.ok && r.error.kind).to.equal('url');
  });
});
