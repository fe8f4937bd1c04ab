import { expect } from '@open-wc/testing';
import { scanJson, type Scan } from '../../src/convert/json-locate.js';
import { pointerJoin, pointerTokens } from '../../src/data/json-pointer.js';

/** "line:column" of what a pointer names in a valid text. */
function where(text: string, pointer: string): string {
  const scan = scanJson(text);
  if (!scan.ok) throw new Error(`not valid: ${scan.error.message}`);
  const p = scan.locate(pointer);
  return `${p.line}:${p.column}`;
}

/** "line:column message" of a text's syntax error. */
function error(text: string): string {
  const scan: Scan = scanJson(text);
  if (scan.ok) throw new Error('parsed');
  return `${scan.error.position.line}:${scan.error.position.column} ${scan.error.message}`;
}

const story = `{
  "id": "demo",
  "title": { "en": "A story", "es": "Una historia" },
  "events": [
    { "id": "a", "date": "2020" },
    {
      "id": "b",
      "date": "2021"
    }
  ],
  "a/b": { "~x": 1 }
}`;

describe('json-pointer', () => {
  it('pointerJoin escapes "~" and "/" in a key, and leaves indexes and plain keys alone', () => {
    expect(pointerJoin('', 'events')).to.equal('/events');
    expect(pointerJoin('/events', 3)).to.equal('/events/3');
    expect(pointerJoin('/title', 'a/b~c')).to.equal('/title/a~1b~0c');
  });

  it('pointerTokens reads back what pointerJoin wrote', () => {
    expect(pointerTokens('')).to.deep.equal([]);
    expect(pointerTokens('/title/a~1b~0c/0')).to.deep.equal(['title', 'a/b~c', '0']);
    // "~01" is "~" then "1", not "/": ~1 is unescaped before ~0.
    expect(pointerTokens('/~01')).to.deep.equal(['~1']);
  });
});

describe('scanJson: where a JSON pointer is', () => {
  it('a member is found at its key, an array item at its value, the whole document at 1:1', () => {
    expect(where(story, '')).to.equal('1:1');
    expect(where(story, '/id')).to.equal('2:3');
    expect(where(story, '/title/es')).to.equal('3:31');
    expect(where(story, '/events/0')).to.equal('5:5');
    expect(where(story, '/events/1/date')).to.equal('8:7');
  });

  it('reads escaped tokens: "/a~1b/~0x" is the key "~x" of the key "a/b"', () => {
    expect(where(story, '/a~1b/~0x')).to.equal('11:12');
  });

  it('something missing is found at the deepest part of its path that exists', () => {
    expect(where(story, '/events/1/summary')).to.equal('6:5');
    expect(where(story, '/events/7/date')).to.equal('4:3');
    expect(where(story, '/asOf')).to.equal('1:1');
    // An index is not a key of an object, nor a key an index of an array.
    expect(where(story, '/events/id')).to.equal('4:3');
  });

  it('columns count UTF-16 code units, as editors do, and skip a byte order mark', () => {
    expect(where('\ufeff{"é😀": 1, "x": 2}', '/x')).to.equal('1:12');
  });

  it('the value is what JSON.parse gives, and a repeated key is located at the value JSON.parse kept', () => {
    const text = '{\n  "id": "first",\n  "id": "second"\n}';
    const scan = scanJson(text);
    expect(scan.ok && scan.value).to.deep.equal(JSON.parse(text));
    expect(where(text, '/id')).to.equal('3:3');
    expect(scan.ok && scan.duplicates).to.deep.equal([
      { pointer: '/id', first: { line: 2, column: 3, offset: 4 }, again: { line: 3, column: 3, offset: 21 } },
    ]);
  });

  it('reports repeated keys at any depth, each against the one before it', () => {
    const scan = scanJson('{"a": {"b": 1, "b": 2}, "a": 3, "a": 4}');
    expect(scan.ok && scan.duplicates.map((d) => `${d.pointer} ${d.first.column}→${d.again.column}`)).to.deep.equal([
      '/a/b 8→16',
      '/a 2→25',
      '/a 25→33',
    ]);
  });
});

describe('scanJson: syntax errors, where to look and what to do', () => {
  const cases: Array<[string, string, string]> = [
    ['a trailing comma is pointed at', '{\n  "a": 1,\n}', '2:9 a comma after the last property'],
    ['a trailing comma in an array', '[1, 2,]', '1:6 a comma after the last item'],
    ['a comment', '{\n  // note\n  "a": 1\n}', '2:3 comments are not allowed in JSON'],
    ['single quotes', "{'a': 1}", '1:2 strings must be in double quotes'],
    ['an unquoted key', '{a: 1}', '1:2 property names must be in double quotes'],
    ['NaN', '{"a": NaN}', '1:7 NaN is not a JSON value'],
    ['two documents', '{}\n{}', "2:1 unexpected '{' after the end of the JSON document"],
    [
      'a truncated file names the bracket never closed',
      '{"a": [1, 2',
      "1:12 the file ends too early: expected ',' or ']' after item 1; the '[' at 1:7 is never closed",
    ],
    ['a string never closed', '{"a": "abc', '1:7 the file ends inside a string that is never closed'],
    ['a line break inside a string', '{"a": "ab\ncd"}', '1:10 unexpected a line break inside a string'],
    ['a tab inside a string', '{"a": "x\ty"}', '1:9 unexpected a tab inside a string'],
    ['an unknown escape', '{"a": "\\q"}', '1:8 unknown escape \\q'],
    ['a short \\u escape', '{"a": "\\u12"}', '1:8 a \\u escape needs four hex digits'],
    ['a leading zero', '{"a": 01}', '1:7 malformed number (a JSON number has no leading zeros, no "1" here)'],
    ['a number run into a letter', '[1x]', '1:2 malformed number'],
    ['a missing colon', '{"a" 1}', `1:6 unexpected '1': expected ':' after the property name "a"`],
    ['a missing comma', '{"a": 1 "b": 2}', `1:9 unexpected '"': expected ',' or '}' after the value of "a"`],
    ['an empty file', ' \n ', '1:1 the file is empty'],
    ['garbage after a byte order mark, at the first character shown', '\ufeffpolicy', "1:1 unexpected 'p'"],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${expected}`, () => {
      expect(error(text).startsWith(expected), error(text)).to.equal(true);
    });
  }

  it('every text JSON.parse refuses is refused with a position, and every text it accepts is accepted', () => {
    const texts = [
      '{"a": [1, {"b": null}], "c": "\\u00e9"}',
      '[]',
      '"x"',
      '0',
      '-0.5e+3',
      '{"a": 1,}',
      '[1 2]',
      '{"a" : }',
      '{"a": tru}',
      '{"\\',
      '[',
      '',
    ];
    for (const text of texts) {
      let parsed = true;
      try {
        JSON.parse(text);
      } catch {
        parsed = false;
      }
      const scan = scanJson(text);
      expect(scan.ok, text).to.equal(parsed);
      if (!scan.ok) expect(scan.error.position.line, text).to.be.at.least(1);
    }
  });

  it('a text nested deeper than a parser can recurse is still read, as JSON.parse reads it', () => {
    const text = '['.repeat(20000) + ']'.repeat(20000);
    const scan = scanJson(text);
    expect(scan.ok && Array.isArray(scan.value)).to.equal(true);
  });
});
