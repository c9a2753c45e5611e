/**
 * Character classes used by BuildKit's parser, as UTF-16 code-unit tests. Go's `unicode.IsSpace`,
 * its `reWhitespace` class `[\t\v\f\r ]` and RE2's `\s` differ, and the parser relies on each.
 */

/** Go `unicode.IsSpace`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** BuildKit's `reWhitespace` = `[\t\v\f\r ]`, used to split the keyword and whitespace lists. */
export function isTokenSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** RE2 `\s` = `[\t\n\f\r ]`, used by the directive pattern. */
export function isReSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

export const CH_HASH = 35;
export const CH_BACKSLASH = 92;
export const CH_BACKTICK = 96;
export const CH_DASH = 45;
export const CH_EQUALS = 61;
export const CH_SQUOTE = 39;
export const CH_DQUOTE = 34;
export const CH_LT = 60;
export const CH_TAB = 9;
export const CH_SPACE = 32;
export const CH_LBRACKET = 91;
