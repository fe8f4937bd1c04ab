import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { pointerJoin, pointerTokens } from '../data/json-pointer.js';
import { stripBom } from './files.js';

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

/** Shows one character of the source in a message: printable as itself, the rest by name. */
function describeChar(ch: string | undefined): string {
  if (!ch) return 'the end of the file';
  const names: Record<string, string> = { '\n': 'a line break', '\r': 'a line break', '\t': 'a tab', ' ': 'a space' };
  if (names[ch]) return names[ch];
  const code = ch.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
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

const VALUE = 'a value (an object, array, string, number, true, false or null)';

/** What the text at an error is, for the messages below. */
interface At {
  text: string;
  offset: number;
  length: number;
  /** The character at the error, or undefined at the end of the file. */
  ch: string | undefined;
  /** The last character before the error that is not white space. */
  before: { ch: string; at: number } | undefined;
}

const unexpected = (a: At, expected: string) => `unexpected ${describeChar(a.ch)}: expected ${expected}`;

/** At the end of the file: what was expected, and which bracket is never closed. */
function endedEarly(a: At, expected: string): string {
  const open = openAt(a.text, a.text.length);
  const last = open[open.length - 1];
  const hint = last ? `; the '${last.ch}' at {${last.at}} is never closed` : '';
  return `the file ends too early: expected ${expected}${hint}`;
}

/** A comma right before a closing bracket: point at the comma. */
const trailingComma = (a: At, what: string): [string, number] | undefined =>
  a.before?.ch === ',' && (a.ch === '}' || a.ch === ']') ? [`a comma after the last ${what} (remove this ',')`, a.before.at] : undefined;

/**
 * A number run into something (`01`, `1x`, `1.2.3`): jsonc-parser reads a number and then a
 * stray token; a person sees one malformed number, and is pointed at its start.
 */
function gluedNumber(a: At): [string, number] | undefined {
  const number = /-?\d[\d.eE+-]*$/.exec(a.text.slice(Math.max(0, a.offset - 64), a.offset));
  if (!number || !a.ch || !/[\w.]/.test(a.ch)) return undefined;
  return [`malformed number (a JSON number has no leading zeros, no "${a.ch}" here)`, a.offset - number[0].length];
}

/** What the innermost open container expects next at `offset`: another item, or its end. */
function afterValue(a: At): string | undefined {
  const open = openAt(a.text, a.offset).pop();
  if (open?.ch === '[' && open.items > 0) return `',' or ']' after item ${open.items - 1}`;
  if (open?.ch === '{' && open.key !== undefined) return `',' or '}' after the value of "${open.key}"`;
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
const MESSAGES: Record<string, (a: At) => string | [string, number]> = {
  InvalidSymbol: (a) => {
    const word = a.text.slice(a.offset, a.offset + a.length);
    const glued = gluedNumber(a);
    if (glued) return glued;
    if (/^-/.test(word)) return 'malformed number';
    if (a.ch === "'") return 'strings must be in double quotes ("), not single quotes';
    if (/^(NaN|-?Infinity|undefined)$/.test(word)) return `${word} is not a JSON value; expected ${VALUE}`;
    if (/^[A-Za-z_$][\w$]*$/.test(word) && /^\s*:/.test(a.text.slice(a.offset + a.length)))
      return 'property names must be in double quotes';
    return unexpected(a, VALUE);
  },
  InvalidNumberFormat: () => 'malformed number',
  UnexpectedEndOfNumber: (a) => `malformed number (a JSON number has no leading zeros, no "${a.text[a.offset + a.length - 1]}" here)`,
  PropertyNameExpected: (a) =>
    trailingComma(a, 'property') ??
    (a.ch ? unexpected(a, 'a property name in double quotes') : endedEarly(a, 'a property name in double quotes')),
  ValueExpected: (a) => {
    if (a.text.trim() === '') return ['the file is empty: expected a JSON object', 0];
    return trailingComma(a, 'item') ?? (a.ch ? unexpected(a, VALUE) : endedEarly(a, VALUE));
  },
  ColonExpected: (a) => {
    const key = /"((?:[^"\\]|\\.)*)"\s*$/.exec(a.text.slice(0, a.offset))?.[1];
    const what = `':' after the property name${key === undefined ? '' : ` "${key}"`}`;
    return a.ch ? unexpected(a, what) : endedEarly(a, what);
  },
  CommaExpected: (a) => {
    const glued = gluedNumber(a);
    if (glued) return glued;
    const what = afterValue(a) ?? "','";
    return a.ch ? unexpected(a, what) : endedEarly(a, what);
  },
  CloseBraceExpected: (a) => (a.ch ? unexpected(a, "'}'") : endedEarly(a, afterValue(a) ?? 'a property name in double quotes')),
  CloseBracketExpected: (a) => (a.ch ? unexpected(a, "']'") : endedEarly(a, afterValue(a) ?? VALUE)),
  EndOfFileExpected: (a) =>
    gluedNumber(a) ??
    `unexpected ${describeChar(a.ch)} after the end of the JSON document (only one value is allowed; two documents pasted together?)`,
  InvalidCommentToken: () => 'comments are not allowed in JSON',
  UnexpectedEndOfComment: () => 'comments are not allowed in JSON',
  UnexpectedEndOfString: (a) => {
    // jsonc-parser ends a string at a line break; JSON has none in strings.
    const end = a.offset + a.length;
    return /[\r\n]/.test(a.text[end] ?? '')
      ? ['unexpected a line break inside a string (write \\n, or is a closing " missing?)', end]
      : 'the file ends inside a string that is never closed (a missing ")';
  },
  InvalidCharacter: (a) => {
    const at = inToken(a, /[\u0000-\u001f]/);
    return [`unexpected ${describeChar(a.text[at])} inside a string`, at];
  },
  InvalidEscapeCharacter: (a) => {
    const at = inToken(a, /\\[^"\\/bfnrtu]/);
    return [`unknown escape \\${a.text[at + 1] ?? ''} (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`, at];
  },
  InvalidUnicode: (a) => ['a \\u escape needs four hex digits', inToken(a, /\\u/)],
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
  };
  const explained = MESSAGES[printParseErrorCode(error.error)]?.(a) ?? unexpected(a, VALUE);
  const [message, offset] = typeof explained === 'string' ? [explained, error.offset] : explained;
  // "{N}" in a message is an offset, shown as line:column.
  return {
    message: message.replace(/\{(\d+)\}/g, (_m, n: string) => `${at(Number(n)).line}:${at(Number(n)).column}`),
    position: at(offset),
  };
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
    error = { message: 'the JSON is nested too deeply to read', position: at(0) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: error ?? { message: (e as Error).message, position: at(0) } };
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
