import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { pointerJoin, pointerTokens } from '../data/json-pointer.js';
import { stripBom } from './files.js';
import type { Char, JsonExpected, JsonSyntaxCode, Reason } from '../problems/codes.js';
import { jsonMessage } from '../problems/en-json.js';

/**
 * Where things are in a JSON text: the line and column of what a JSON pointer names, and of a
 * syntax error, in words a person can act on. The value itself always comes from JSON.parse (what
 * the widget sees); jsonc-parser's syntax tree only supplies positions, so the two cannot disagree
 * about what the data is.
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as editors count them). */
  column: number;
  /** 0-based offset into the text (without its byte order mark). */
  offset: number;
}

export interface SyntaxProblem {
  /** What is wrong, as a code and its values (its words: src/problems/). */
  reason: Reason<JsonSyntaxCode>;
  /** In English. */
  message: string;
  position: Position;
}

/** A key given twice in one object: JSON.parse keeps the last. */
export interface Duplicate {
  pointer: string;
  first: Position;
  again: Position;
}

export type Scan =
  { ok: true; value: unknown; locate: (pointer: string) => Position; duplicates: Duplicate[] } | { ok: false; error: SyntaxProblem };

/** Strict JSON: no comments, no trailing commas, no empty file. */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Line/column of every offset, via the start offsets of the lines. */
function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
}

/** One character of the source, for a message: printable as itself, the rest by name. */
function describeChar(ch: string | undefined): Char {
  if (!ch) return { end: true };
  const names: Record<string, 'line-break' | 'tab' | 'space'> = { '\n': 'line-break', '\r': 'line-break', '\t': 'tab', ' ': 'space' };
  if (names[ch]) return { named: names[ch] };
  const code = ch.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? { control: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` } : { char: ch };
}

/** An object or array that is open where the error is, for "never closed" and "after the value of". */
interface Open {
  ch: '{' | '[';
  at: number;
  /** In an object: the last property name seen. In an array: how many items have started. */
  key?: string;
  items: number;
}

/** The containers still open at `offset` (outermost first), by jsonc-parser's visitor. */
function openAt(text: string, offset: number): Open[] {
  const stack: Open[] = [];
  const stop = {};
  const item = () => {
    const top = stack[stack.length - 1];
    if (top?.ch === '[') top.items++;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (at) => {
          if (at >= offset) throw stop;
          item();
          stack.push({ ch: '{', at, items: 0 });
        },
        onArrayBegin: (at) => {
          if (at >= offset) throw stop;
          item();
          stack.push({ ch: '[', at, items: 0 });
        },
        onObjectEnd: (at) => {
          if (at >= offset) throw stop;
          stack.pop();
        },
        onArrayEnd: (at) => {
          if (at >= offset) throw stop;
          stack.pop();
        },
        onObjectProperty: (key, at) => {
          if (at >= offset) throw stop;
          stack[stack.length - 1].key = key;
        },
        onLiteralValue: (_v, at) => {
          if (at >= offset) throw stop;
          item();
        },
      },
      STRICT,
    );
  } catch (e) {
    if (e !== stop) throw e;
  }
  return stack;
}

const VALUE: JsonExpected = { value: true };
const NAME: JsonExpected = { name: true };
type Said = Reason<JsonSyntaxCode>;
/** A reason for a syntax error, and the offset to point at when it is not where the parser stopped. */
type Explained = Said | [Said, number];

/** What the text at an error is, for the messages below. */
interface At {
  text: string;
  offset: number;
  length: number;
  /** The character at the error, or undefined at the end of the file. */
  ch: string | undefined;
  /** The last character before the error that is not white space. */
  before: { ch: string; at: number } | undefined;
  /** Line:column of an offset. */
  where: (offset: number) => string;
}

const unexpected = (a: At, expected: JsonExpected): Said => ({ code: 'json-unexpected', params: { found: describeChar(a.ch), expected } });

/** At the end of the file: what was expected, and which bracket is never closed. */
function endedEarly(a: At, expected: JsonExpected): Said {
  const open = openAt(a.text, a.text.length);
  const last = open[open.length - 1];
  return { code: 'json-ends-early', params: { expected, ...(last ? { open: { bracket: last.ch, at: a.where(last.at) } } : {}) } };
}

/** A comma right before a closing bracket: point at the comma. */
const trailingComma = (a: At, after: 'property' | 'item'): [Said, number] | undefined =>
  a.before?.ch === ',' && (a.ch === '}' || a.ch === ']') ? [{ code: 'json-trailing-comma', params: { after } }, a.before.at] : undefined;

/**
 * A number run into something (`01`, `1x`, `1.2.3`): jsonc-parser reads a number and then a
 * stray token; a person sees one malformed number, and is pointed at its start.
 */
function gluedNumber(a: At): [Said, number] | undefined {
  const number = /-?\d[\d.eE+-]*$/.exec(a.text.slice(Math.max(0, a.offset - 64), a.offset));
  if (!number || !a.ch || !/[\w.]/.test(a.ch)) return undefined;
  return [{ code: 'json-number', params: { char: a.ch } }, a.offset - number[0].length];
}

/** What the innermost open container expects next at `offset`: another item, or its end. */
function afterValue(a: At): JsonExpected | undefined {
  const open = openAt(a.text, a.offset).pop();
  if (open?.ch === '[' && open.items > 0) return { afterItem: open.items - 1 };
  if (open?.ch === '{' && open.key !== undefined) return { afterValue: open.key };
  return undefined;
}

/** In a string token: the offset of the first character matching `re`, or the token's start. */
const inToken = (a: At, re: RegExp) => {
  const i = a.text.slice(a.offset, a.offset + a.length).search(re);
  return i < 0 ? a.offset : a.offset + i;
};

/**
 * Friendly words for each of jsonc-parser's error codes (named by printParseErrorCode): the
 * message and, where a person would look somewhere else than where the parser stopped (the
 * trailing comma, the control character inside the string), the offset to point at.
 */
const said = <C extends JsonSyntaxCode>(code: C, params: Extract<Said, { code: C }>['params']) => ({ code, params }) as Said;

const MESSAGES: Record<string, (a: At) => Explained> = {
  InvalidSymbol: (a) => {
    const word = a.text.slice(a.offset, a.offset + a.length);
    const glued = gluedNumber(a);
    if (glued) return glued;
    if (/^-/.test(word)) return said('json-number', {});
    if (a.ch === "'") return said('json-single-quotes', {});
    if (/^(NaN|-?Infinity|undefined)$/.test(word)) return said('json-not-a-value', { word });
    if (/^[A-Za-z_$][\w$]*$/.test(word) && /^\s*:/.test(a.text.slice(a.offset + a.length))) return said('json-unquoted-name', {});
    return unexpected(a, VALUE);
  },
  InvalidNumberFormat: () => said('json-number', {}),
  UnexpectedEndOfNumber: (a) => said('json-number', { char: a.text[a.offset + a.length - 1] }),
  PropertyNameExpected: (a) => trailingComma(a, 'property') ?? (a.ch ? unexpected(a, NAME) : endedEarly(a, NAME)),
  ValueExpected: (a) => {
    if (a.text.trim() === '') return [said('json-empty', {}), 0];
    return trailingComma(a, 'item') ?? (a.ch ? unexpected(a, VALUE) : endedEarly(a, VALUE));
  },
  ColonExpected: (a) => {
    const key = /"((?:[^"\\]|\\.)*)"\s*$/.exec(a.text.slice(0, a.offset))?.[1];
    const what: JsonExpected = { colon: true, ...(key === undefined ? {} : { key }) };
    return a.ch ? unexpected(a, what) : endedEarly(a, what);
  },
  CommaExpected: (a) => {
    const glued = gluedNumber(a);
    if (glued) return glued;
    const what = afterValue(a) ?? { punct: ',' };
    return a.ch ? unexpected(a, what) : endedEarly(a, what);
  },
  CloseBraceExpected: (a) => (a.ch ? unexpected(a, { punct: '}' }) : endedEarly(a, afterValue(a) ?? NAME)),
  CloseBracketExpected: (a) => (a.ch ? unexpected(a, { punct: ']' }) : endedEarly(a, afterValue(a) ?? VALUE)),
  EndOfFileExpected: (a) => gluedNumber(a) ?? said('json-after-end', { found: describeChar(a.ch) }),
  InvalidCommentToken: () => said('json-comment', {}),
  UnexpectedEndOfComment: () => said('json-comment', {}),
  UnexpectedEndOfString: (a) => {
    // jsonc-parser ends a string at a line break; JSON has none in strings.
    const end = a.offset + a.length;
    return /[\r\n]/.test(a.text[end] ?? '') ? [said('json-line-break', {}), end] : said('json-unclosed-string', {});
  },
  InvalidCharacter: (a) => {
    const at = inToken(a, /[\u0000-\u001f]/);
    return [said('json-control-char', { found: describeChar(a.text[at]) }), at];
  },
  InvalidEscapeCharacter: (a) => {
    const at = inToken(a, /\\[^"\\/bfnrtu]/);
    return [said('json-escape', { escape: a.text[at + 1] ?? '' }), at];
  },
  InvalidUnicode: (a) => [said('json-unicode-escape', {}), inToken(a, /\\u/)],
};

/** jsonc-parser's first error, in words, at the place to look. */
function explain(text: string, error: ParseError, at: (offset: number) => Position): SyntaxProblem {
  const head = text.slice(0, error.offset).trimEnd();
  const a: At = {
    text,
    offset: error.offset,
    length: error.length,
    ch: text[error.offset],
    before: head ? { ch: head[head.length - 1], at: head.length - 1 } : undefined,
    where: (offset) => `${at(offset).line}:${at(offset).column}`,
  };
  const explained = MESSAGES[printParseErrorCode(error.error)]?.(a) ?? unexpected(a, VALUE);
  const [reason, offset] = Array.isArray(explained) ? explained : [explained, error.offset];
  return { reason, message: jsonMessage(reason), position: at(offset) };
}

/**
 * Reports repeated keys, recursing first (in document order), and keeps only the last of each in
 * the tree, as JSON.parse does, so that a pointer finds the value JSON.parse kept.
 */
function dropRepeatedKeys(node: Node, pointer: string, found: Array<{ pointer: string; first: number; again: number }>): void {
  if (node.type === 'array') node.children?.forEach((item, i) => dropRepeatedKeys(item, pointerJoin(pointer, i), found));
  if (node.type !== 'object' || !node.children) return;
  const last = new Map<string, Node>();
  for (const property of node.children) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    dropRepeatedKeys(value, pointerJoin(pointer, name), found);
    const seen = last.get(name);
    if (seen) found.push({ pointer: pointerJoin(pointer, name), first: seen.offset, again: property.offset });
    last.set(name, property);
  }
  (node as { children: Node[] }).children = node.children.filter((p) => last.get(String(p.children?.[0]?.value)) === p);
}

/** Follows a pointer as far as it goes: the deepest node on its path. */
function follow(root: Node, pointer: string): Node {
  let node = root;
  for (const token of pointerTokens(pointer)) {
    const segment = node.type === 'array' && /^(0|[1-9]\d*)$/.test(token) ? Number(token) : token;
    const next = findNodeAtLocation(node, [segment]);
    if (!next) break;
    node = next;
  }
  return node;
}

/**
 * Scans JSON text. On success, `locate(pointer)` gives the position of what the pointer names:
 * an object member's key, an array item's value, or — for something missing — the deepest
 * container on its path that exists. On failure, the first syntax error with its position.
 */
export function scanJson(input: string): Scan {
  // Positions are in the text without its byte order mark, as editors show it.
  const text = stripBom(input);
  const at = lineIndex(text);
  const errors: ParseError[] = [];
  const found: Array<{ pointer: string; first: number; again: number }> = [];
  let root: Node | undefined;
  let error: SyntaxProblem | undefined;
  try {
    root = parseTree(text, errors, STRICT);
    if (errors.length) error = explain(text, errors[0], at);
    else if (root) dropRepeatedKeys(root, '', found);
  } catch (e) {
    // Stack overflow (a RangeError; InternalError in Firefox): JSON.parse may still read it.
    if (!(e instanceof RangeError) && (e as Error)?.name !== 'InternalError') throw e;
    root = undefined;
    const reason: Said = { code: 'json-too-deep', params: {} };
    error = { reason, message: jsonMessage(reason), position: at(0) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    return { ok: false, error: error ?? { reason: { code: 'json-parse', params: { detail } }, message: detail, position: at(0) } };
  }
  if (!root || error) {
    // JSON.parse accepted what the parser refused: trust JSON.parse, locate everything at 1:1.
    return { ok: true, value, locate: () => at(0), duplicates: [] };
  }
  const tree = root;
  return {
    ok: true,
    value,
    locate: (pointer) => {
      const node = follow(tree, pointer);
      return at(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    },
    duplicates: found.map((d) => ({ pointer: d.pointer, first: at(d.first), again: at(d.again) })),
  };
}
