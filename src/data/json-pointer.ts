/**
 * JSON Pointers (RFC 6901), the paths every problem report carries ("/stances/3/date"): the one
 * place that escapes and reads their tokens ("~" is written "~0", "/" is written "~1").
 */

/** `base` with one more token: pointerJoin('/title', 'a/b') → "/title/a~1b". */
export const pointerJoin = (base: string, key: string | number): string =>
  `${base}/${typeof key === 'number' || !/[~/]/.test(key) ? key : key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** A pointer's tokens, unescaped: "/title/a~1b" → ["title", "a/b"]; "" (the whole document) → []. */
export const pointerTokens = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
