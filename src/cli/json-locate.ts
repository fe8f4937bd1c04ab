/**
 * A small JSON scanner that knows where things are: it maps a JSON pointer (RFC 6901) to the
 * line and column of the value in the source text, and describes a syntax error with its own
 * line and column. The parsed value itself always comes from JSON.parse (what the widget sees);
 * this scanner only supplies positions, so the two cannot disagree about what the data is.
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as editors count them). */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

export interface SyntaxProblem {
  message: string;
  position: Position;
}

interface Node {
  /** Where the value starts. */
  start: number;
  /** For an object member: where its key starts. */
  keyStart?: number;
  members?: Map<string, Node>;
  items?: Node[];
}

export interface Duplicate {
  pointer: string;
  first: Position;
  again: Position;
}

export type Scan =
  { ok: true; value: unknown; locate: (pointer: string) => Position; duplicates: Duplicate[] } | { ok: false; error: SyntaxProblem };

/** Strips a UTF-8 byte order mark, which JSON.parse rejects but editors and Excel write. */
export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

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

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Shows one character of the source in a message: printable as itself, the rest by name. */
function describeChar(ch: string): string {
  if (ch === '') return 'the end of the file';
  const names: Record<string, string> = { '\n': 'a line break', '\r': 'a line break', '\t': 'a tab', ' ': 'a space' };
  if (names[ch]) return names[ch];
  const code = ch.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
}

class Scanner {
  private i = 0;
  readonly duplicates: Array<{ pointer: string; first: number; again: number }> = [];
  /** Open containers, for "never closed" hints at the end of a truncated file. */
  private readonly open: Array<{ ch: string; at: number }> = [];

  constructor(private readonly text: string) {}

  scan(): Node {
    this.space();
    if (this.i >= this.text.length) throw new JsonSyntaxError('the file is empty: expected a JSON object', 0);
    const root = this.value('');
    this.space();
    if (this.i < this.text.length) {
      throw new JsonSyntaxError(
        `unexpected ${describeChar(this.text[this.i])} after the end of the JSON document (only one value is allowed; two documents pasted together?)`,
        this.i,
      );
    }
    return root;
  }

  private space(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else if (c === 47 && (t[this.i + 1] === '/' || t[this.i + 1] === '*'))
        throw new JsonSyntaxError('comments are not allowed in JSON', this.i);
      else return;
    }
  }

  private eof(expected: string): JsonSyntaxError {
    const last = this.open[this.open.length - 1];
    const hint = last ? `; the '${last.ch}' at offset ${last.at} is never closed` : '';
    return new JsonSyntaxError(`the file ends too early: expected ${expected}${hint}`, this.text.length);
  }

  private unexpected(expected: string): JsonSyntaxError {
    if (this.i >= this.text.length) return this.eof(expected);
    const ch = this.text[this.i];
    if (ch === "'") return new JsonSyntaxError(`strings must be in double quotes ("), not single quotes`, this.i);
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.text)?.[0];
    if (word && /^(NaN|Infinity|undefined)$/.test(word))
      return new JsonSyntaxError(`${word} is not a JSON value; expected ${expected}`, this.i);
    return new JsonSyntaxError(`unexpected ${describeChar(ch)}: expected ${expected}`, this.i);
  }

  private value(pointer: string): Node {
    const t = this.text;
    const start = this.i;
    const ch = t[this.i];
    if (ch === '{') return this.object(pointer);
    if (ch === '[') return this.array(pointer);
    if (ch === '"') {
      this.string();
      return { start };
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = this.i;
      const m = NUMBER.exec(t);
      if (!m) throw new JsonSyntaxError('malformed number', this.i);
      this.i += m[0].length;
      const next = t[this.i];
      if (next && /[\w.]/.test(next))
        throw new JsonSyntaxError(`malformed number (a JSON number has no leading zeros, no "${next}" here)`, start);
      return { start };
    }
    LITERAL.lastIndex = this.i;
    const lit = LITERAL.exec(t);
    if (lit) {
      this.i += lit[0].length;
      return { start };
    }
    throw this.unexpected('a value (an object, array, string, number, true, false or null)');
  }

  private string(): string {
    const t = this.text;
    const start = this.i;
    this.i++; // opening quote
    let out = '';
    let from = this.i;
    for (;;) {
      if (this.i >= t.length) throw new JsonSyntaxError('the file ends inside a string that is never closed (a missing ")', start);
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        out += t.slice(from, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) {
        const what =
          c === 10 || c === 13
            ? 'a line break inside a string (write \\n, or is a closing " missing?)'
            : `${describeChar(t[this.i])} inside a string`;
        throw new JsonSyntaxError(`unexpected ${what}`, this.i);
      }
      if (c === 92) {
        out += t.slice(from, this.i);
        const e = t[this.i + 1];
        if (e === 'u') {
          const hex = t.slice(this.i + 2, this.i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonSyntaxError('a \\u escape needs four hex digits', this.i);
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 6;
        } else if (e !== undefined && ESCAPES.has(e)) {
          out += JSON.parse(`"\\${e}"`) as string;
          this.i += 2;
        } else {
          throw new JsonSyntaxError(`unknown escape \\${e ?? ''} (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`, this.i);
        }
        from = this.i;
      } else this.i++;
    }
  }

  private object(pointer: string): Node {
    const t = this.text;
    const node: Node = { start: this.i, members: new Map() };
    let comma = this.i;
    this.open.push({ ch: '{', at: this.i });
    this.i++;
    this.space();
    if (t[this.i] === '}') {
      this.i++;
      this.open.pop();
      return node;
    }
    for (;;) {
      if (t[this.i] !== '"') {
        if (t[this.i] === '}') throw new JsonSyntaxError("a comma after the last property (remove this ',')", comma);
        WORD.lastIndex = this.i;
        if (WORD.exec(t)) throw new JsonSyntaxError('property names must be in double quotes', this.i);
        throw this.unexpected('a property name in double quotes');
      }
      const keyStart = this.i;
      const key = this.string();
      this.space();
      if (t[this.i] !== ':') throw this.unexpected(`':' after the property name "${key}"`);
      this.i++;
      this.space();
      const child = this.value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      child.keyStart = keyStart;
      const seen = node.members!.get(key);
      // JSON.parse keeps the last of repeated keys; so does the map, and the repeat is reported.
      if (seen)
        this.duplicates.push({
          pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          first: seen.keyStart!,
          again: keyStart,
        });
      node.members!.set(key, child);
      this.space();
      const c = t[this.i];
      if (c === ',') {
        comma = this.i++;
        this.space();
      } else if (c === '}') {
        this.i++;
        this.open.pop();
        return node;
      } else throw this.unexpected(`',' or '}' after the value of "${key}"`);
    }
  }

  private array(pointer: string): Node {
    const t = this.text;
    const node: Node = { start: this.i, items: [] };
    let comma = this.i;
    this.open.push({ ch: '[', at: this.i });
    this.i++;
    this.space();
    if (t[this.i] === ']') {
      this.i++;
      this.open.pop();
      return node;
    }
    for (;;) {
      if (t[this.i] === ']') throw new JsonSyntaxError("a comma after the last item (remove this ',')", comma);
      node.items!.push(this.value(`${pointer}/${node.items!.length}`));
      this.space();
      const c = t[this.i];
      if (c === ',') {
        comma = this.i++;
        this.space();
      } else if (c === ']') {
        this.i++;
        this.open.pop();
        return node;
      } else throw this.unexpected(`',' or ']' after item ${node.items!.length - 1}`);
    }
  }
}

/** Follows a pointer as far as it goes: the deepest node on its path. */
function follow(root: Node, pointer: string): Node {
  if (pointer === '') return root;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const next = node.members
      ? node.members.get(token)
      : node.items && /^(0|[1-9]\d*)$/.test(token)
        ? node.items[Number(token)]
        : undefined;
    if (!next) return node;
    node = next;
  }
  return node;
}

/**
 * Scans JSON text. On success, `locate(pointer)` gives the position of what the pointer names:
 * an object member's key, an array item's value, or — for something missing — the deepest
 * container on its path that exists. On failure, the syntax error with its position.
 */
export function scanJson(input: string): Scan {
  // Positions are in the text without its byte order mark, as editors show it.
  const text = stripBom(input);
  const at = lineIndex(text);
  const scanner = new Scanner(text);
  let root: Node | undefined;
  let error: SyntaxProblem | undefined;
  try {
    root = scanner.scan();
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      // "offset N" in the never-closed hint reads better as line:column.
      const message = e.message.replace(/at offset (\d+)/, (_m, n: string) => {
        const p = at(Number(n));
        return `at ${p.line}:${p.column}`;
      });
      error = { message, position: at(e.offset) };
    } else if (e instanceof RangeError) {
      error = { message: 'the JSON is nested too deeply to read', position: at(0) };
    } else throw e;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: error ?? { message: (e as Error).message, position: at(0) } };
  }
  if (!root) {
    // JSON.parse accepted what the scanner refused: trust JSON.parse, locate everything at 1:1.
    return { ok: true, value, locate: () => at(0), duplicates: [] };
  }
  const tree = root;
  return {
    ok: true,
    value,
    locate: (pointer) => {
      const node = follow(tree, pointer);
      return at(node.keyStart ?? node.start);
    },
    duplicates: scanner.duplicates.map((d) => ({ pointer: d.pointer, first: at(d.first), again: at(d.again) })),
  };
}
