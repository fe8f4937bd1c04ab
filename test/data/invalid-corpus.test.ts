import { expect } from '@open-wc/testing';
import { parseDataset, type LoadResult } from '../../src/data/load.js';

/**
 * The bad-input corpus: test/fixtures/invalid/*.json, each a small dataset with exactly one defect
 * (or text that is not JSON at all), and expected.json, which says what the first problem must be.
 * The browser cannot list a folder, so the manifest's `files` is the list; both are written by
 * scripts/gen-invalid-fixtures.mjs, and test/node/invalid-fixtures.test.mjs fails when they drift.
 */
interface Expectation {
  kind: 'json' | 'invalid';
  /** The exact JSON pointer of the first problem (kind "invalid" only). */
  path?: string;
  /** A substring of the first problem's message (kind "invalid" only). */
  message?: string;
}
type Manifest = { files: string[] } & Record<string, Expectation | string[]>;

const FOLDER = '/test/fixtures/invalid/';
const text = async (name: string) => {
  const response = await fetch(FOLDER + name);
  if (!response.ok) throw new Error(`${FOLDER}${name} answered HTTP ${response.status}`);
  return response.text();
};

// Taken before any fixture is parsed, to show that none of them adds anything to the shared prototypes.
const objectKeysBefore = Reflect.ownKeys(Object.prototype);
const arrayKeysBefore = Reflect.ownKeys(Array.prototype);

const manifest = JSON.parse(await text('expected.json')) as Manifest;
const expectation = (name: string) => manifest[name] as Expectation;

/** Parses a fixture the way the widget does (from text), recording whether parseDataset threw. */
async function run(name: string): Promise<{ result?: LoadResult; thrown?: unknown; input: string }> {
  const input = await text(name);
  try {
    return { result: await parseDataset(input, 'src', name), input };
  } catch (thrown) {
    return { thrown, input };
  }
}

/** A JSON pointer (RFC 6901): empty, or "/"-separated tokens in which "~" only starts "~0" or "~1". */
const isPointer = (path: unknown) => typeof path === 'string' && (path === '' || /^(\/([^~]|~[01])*)+$/.test(path));

/** Follows a pointer through parsed JSON, own properties only; undefined when it leads nowhere. */
function resolve(root: unknown, path: string): { value: unknown } | undefined {
  if (path === '') return { value: root };
  let value = root;
  for (const raw of path.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, token)) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return { value };
}

describe('the invalid-data corpus', () => {
  it('lists at least 45 fixtures, each once, each with an expectation', () => {
    const { files } = manifest;
    expect(files).to.be.an('array').with.length.of.at.least(45);
    expect(new Set(files).size, 'no file is listed twice').to.equal(files.length);
    const described = Object.keys(manifest).filter((k) => k !== 'files');
    expect([...described].sort(), 'every listed file has an expectation and vice versa').to.deep.equal([...files].sort());
    for (const name of files) {
      expect(name, 'fixtures are .json files other than the manifest')
        .to.match(/^[a-z0-9-]+\.json$/)
        .and.not.equal('expected.json');
      const e = expectation(name);
      expect(['json', 'invalid'], `${name} has a known kind`).to.include(e.kind);
      if (e.kind === 'invalid') {
        expect(isPointer(e.path), `${name} expects a JSON pointer`).to.equal(true);
        expect(e.message, `${name} expects a message`).to.be.a('string').and.not.equal('');
      } else {
        expect(e.path, `${name}: a syntax error has no path`).to.equal(undefined);
      }
    }
  });

  it('covers both JSON syntax errors and invalid datasets', () => {
    const kinds = manifest.files.map((name) => expectation(name).kind);
    expect(kinds.filter((k) => k === 'json')).to.have.length.of.at.least(5);
    expect(kinds.filter((k) => k === 'invalid')).to.have.length.of.at.least(40);
  });

  for (const name of manifest.files) {
    const e = expectation(name);
    const what = e.kind === 'json' ? 'as text that is not JSON' : `with its first problem at "${e.path}"`;
    it(`rejects ${name} ${what}, without throwing`, async () => {
      const { result, thrown, input } = await run(name);
      expect(thrown, 'parseDataset must not throw').to.equal(undefined);
      expect(result, 'parseDataset returns a result').to.be.an('object');
      if (!result || result.ok) throw new Error(`${name} was accepted as a valid dataset`);
      const { error } = result;
      expect(error.kind).to.equal(e.kind);
      expect(error).to.include({ origin: 'src', url: name });
      if (error.kind === 'json') {
        expect(error.detail, 'the parser says what is wrong').to.be.a('string').and.not.equal('');
        return;
      }
      if (error.kind !== 'invalid') throw new Error(`unexpected error kind ${error.kind}`);
      const { problems } = error;
      expect(problems).to.be.an('array').that.is.not.empty;
      // Each fixture has exactly one defect; a second problem would be noise a person has to wade through.
      expect(problems, 'one defect, one problem').to.have.length(1);
      const [first] = problems;
      expect(first.path).to.equal(e.path);
      expect(first.message).to.contain(e.message!);
      const data: unknown = JSON.parse(input);
      for (const p of problems) {
        expect(isPointer(p.path), `${JSON.stringify(p.path)} is a JSON pointer`).to.equal(true);
        expect(p.message).to.be.a('string').and.not.equal('');
        // A pointer leads into the input: to the value itself, or (for a missing field) to its parent.
        const parent = p.path.slice(0, Math.max(0, p.path.lastIndexOf('/')));
        expect(resolve(data, p.path) ?? resolve(data, parent), `${p.path} points into ${name}`).to.not.equal(undefined);
      }
    });
  }

  it('rejects __proto__ and constructor keys without polluting any prototype', async () => {
    for (const name of ['proto-key-top-level.json', 'proto-key-in-stance.json', 'constructor-key-top-level.json']) {
      const { result, thrown } = await run(name);
      expect(thrown).to.equal(undefined);
      expect(result?.ok, `${name} is rejected`).to.equal(false);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Reflect.ownKeys(Object.prototype)).to.deep.equal(objectKeysBefore);
    expect(Reflect.ownKeys(Array.prototype)).to.deep.equal(arrayKeysBefore);
  });

  it('leaves the prototypes untouched after the whole corpus', () => {
    // Mocha runs tests in order, so this runs after every fixture above has been parsed.
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Reflect.ownKeys(Object.prototype)).to.deep.equal(objectKeysBefore);
    expect(Reflect.ownKeys(Array.prototype)).to.deep.equal(arrayKeysBefore);
  });
});
