// The one-script bundle's source map: an error a reader's browser reports from
// dist/policy-explainer.js (line 1, column 92,000-something) must lead a developer to the src/ line
// that threw. The build moves code twice after TypeScript (the template minifier squeezes css``/
// html`` literals onto one line, then terser); a step that returns no map shifts every position
// after a multi-line template. Needs `npm run build` (or `npx rollup -c --config-embed-only`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { parseAst } from 'rollup/parseAst';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = `${root}dist/policy-explainer.js`;
assert.ok(existsSync(`${file}.map`), 'dist/policy-explainer.js.map is missing: run `npm run build` first');
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
/** Every module in the map, with the text the map carries for each (for ours, the TypeScript source). */
const modules = map.sources.map((s, i) => ({ name: s, text: map.sourcesContent[i] }));
const sources = modules.filter((s) => s.name.startsWith('../src/'));

/** The src/ file and 1-based line a bundle position (1-based line, 1-based column, as stack traces print them) maps to. */
function original(line, column) {
  const p = originalPositionFor(map, { line, column: column - 1 });
  return { source: p.source?.replace(/^\.\.\//, ''), line: p.line };
}

/** The line of `src/…` (1-based) that contains `needle`, which must occur there exactly once. */
function lineOf(path, needle) {
  const text = readFileSync(`${root}${path}`, 'utf8');
  assert.equal(text.split(needle).length, 2, `${needle} occurs once in ${path}`);
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/**
 * Runs the bundle in a bare V8 context with just enough of a DOM to define its elements, and
 * returns the classes it registered. Lit only reads the stubs at load time.
 */
function loadBundle(globals = {}) {
  const defined = new Map();
  const anything = () =>
    new Proxy(function () {}, { get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : anything()), apply: anything, construct: anything });
  const context = {
    HTMLElement: class {},
    HTMLScriptElement: class {},
    Document: class {},
    CSSStyleSheet: class {},
    ShadowRoot: class {},
    document: anything(),
    location: anything(),
    customElements: { get: (tag) => defined.get(tag), define: (tag, ctor) => defined.set(tag, ctor) },
    ...globals,
  };
  context.globalThis = context;
  vm.runInNewContext(code, context, { filename: 'policy-explainer.js' });
  return defined;
}

test('a stack trace from code after a multi-line template maps back to the src/ line that threw', async () => {
  const elements = loadBundle({
    Blob: class {},
    URL: {
      createObjectURL() {
        throw new Error('no object URLs here');
      },
    },
  });
  const Explainer = elements.get('policy-explainer');
  assert.ok(Explainer, 'the bundle defines <policy-explainer>');
  // "Get the data" → JSON: the download method sits below the element's render() template.
  let error;
  try {
    await Explainer.prototype.download.call({ shown: { id: 'story' } }, 'json');
  } catch (e) {
    error = e;
  }
  assert.match(String(error?.message), /no object URLs here/);
  const frame = /policy-explainer\.js:(\d+):(\d+)/.exec(error.stack);
  assert.ok(frame, `a frame in the bundle: ${error.stack}`);
  assert.deepEqual(original(Number(frame[1]), Number(frame[2])), {
    source: 'src/explainer/policy-explainer.ts',
    line: lineOf('src/explainer/policy-explainer.ts', 'a.href = URL.createObjectURL(blob);'),
  });
});

test('every property name in the bundle that our source uses once maps to the line that uses it', () => {
  // Property names survive minification; ones that occur once in the bundle and once in src/ are
  // landmarks all through the file, before and after every template.
  const once = (text, word) => text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length === 1;
  const checked = [];
  const wrong = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
      const word = node.property.name;
      const holders = modules.filter((s) => new RegExp(`\\b${word}\\b`).test(s.text));
      if (word.length >= 6 && once(code, word) && holders.length === 1 && sources.includes(holders[0]) && once(holders[0].text, word)) {
        const { name, text } = holders[0];
        const want = text.slice(0, text.search(new RegExp(`\\b${word}\\b`))).split('\n').length;
        // The bundle is a line of V8's compile hint, one line of code, then the sourceMappingURL comment.
        const start = node.property.start;
        const lineStart = code.lastIndexOf('\n', start - 1) + 1;
        const got = original(code.slice(0, lineStart).split('\n').length, start - lineStart + 1);
        checked.push(word);
        if (got.source !== name.slice(3) || got.line !== want)
          wrong.push(`${word}: ${name.slice(3)}:${want}, mapped to ${got.source}:${got.line}`);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parseAst(code));
  assert.ok(checked.length >= 15, `enough landmarks to check (${checked.join(', ')})`);
  assert.deepEqual(wrong, []);
});

test('the bundle opens with V8’s compile hint, so its functions compile off the main thread', () => {
  // Every function of the core runs for the first render (rollup.config.mjs keeps this comment).
  assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), code.slice(0, 60));
});
