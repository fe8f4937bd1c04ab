import type { Char, CodeWords, JsonCode, JsonExpected, Place, Reason } from './codes.js';

/** A dataset's JSON text in English: its syntax (json-locate.ts) and what JSON.parse refused. */

const char = (c: Char) =>
  'end' in c
    ? 'the end of the file'
    : 'named' in c
      ? { 'line-break': 'a line break', tab: 'a tab', space: 'a space' }[c.named]
      : 'control' in c
        ? `control character ${c.control}`
        : `'${c.char}'`;
const VALUE = 'a value (an object, array, string, number, true, false or null)';
const expectedJson = (e: JsonExpected) =>
  'value' in e
    ? VALUE
    : 'name' in e
      ? 'a property name in double quotes'
      : 'colon' in e
        ? `':' after the property name${e.key === undefined ? '' : ` "${e.key}"`}`
        : 'afterItem' in e
          ? `',' or ']' after item ${e.afterItem}`
          : 'afterValue' in e
            ? `',' or '}' after the value of "${e.afterValue}"`
            : `'${e.punct}'`;

export const EN_JSON: CodeWords<JsonCode> = {
  'json-invalid': (p, at) => `not valid JSON: ${jsonMessage(p.error, at)}`,
  'json-duplicate-key': (p) => `repeats a key already given at ${p.first.line}:${p.first.column}; JSON keeps only this last one`,
  'json-number': (p) =>
    p.char === undefined ? 'malformed number' : `malformed number (a JSON number has no leading zeros, no "${p.char}" here)`,
  'json-single-quotes': () => 'strings must be in double quotes ("), not single quotes',
  'json-not-a-value': (p) => `${p.word} is not a JSON value; expected ${VALUE}`,
  'json-unquoted-name': () => 'property names must be in double quotes',
  'json-empty': () => 'the file is empty: expected a JSON object',
  'json-trailing-comma': (p) => `a comma after the last ${p.after} (remove this ',')`,
  'json-unexpected': (p) => `unexpected ${char(p.found)}: expected ${expectedJson(p.expected)}`,
  'json-ends-early': (p) =>
    `the file ends too early: expected ${expectedJson(p.expected)}${p.open ? `; the '${p.open.bracket}' at ${p.open.at} is never closed` : ''}`,
  'json-after-end': (p) =>
    `unexpected ${char(p.found)} after the end of the JSON document (only one value is allowed; two documents pasted together?)`,
  'json-comment': () => 'comments are not allowed in JSON',
  'json-line-break': () => 'unexpected a line break inside a string (write \\n, or is a closing " missing?)',
  'json-unclosed-string': () => 'the file ends inside a string that is never closed (a missing ")',
  'json-control-char': (p) => `unexpected ${char(p.found)} inside a string`,
  'json-escape': (p) => `unknown escape \\${p.escape} (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
  'json-unicode-escape': () => 'a \\u escape needs four hex digits',
  'json-too-deep': () => 'the JSON is nested too deeply to read',
  'json-parse': (p) => p.detail,
};

/** What is wrong with a JSON text, in English. */
export function jsonMessage(r: Reason<JsonCode>, at: Place = {}): string {
  return (EN_JSON[r.code] as (params: unknown, place: Place) => string)(r.params, at);
}
