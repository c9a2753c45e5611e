/**
 * BuildKit's lexical pieces (parser/line_parsers.go, split_command.go) rewritten as index
 * scanners over the joined instruction text: character classes, words, flags, JSON, key/value.
 * They return spans instead of new strings, and allocate nothing per character. The hot ones read
 * a byte copy of the text (toCodes), since a typed-array read costs a fraction of `charCodeAt`.
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
function isTokenSpace(c: number): boolean {
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

/**
 * The text as one byte per UTF-16 unit, for the scanners: ASCII stays itself, a non-ASCII space
 * becomes 0x85 and any other non-ASCII unit 0x80, so every test the scanners make (ASCII
 * punctuation, `isSpace`) answers as on the text, and offsets stay UTF-16 offsets.
 */
export function toCodes(s: string): Uint8Array {
  return codesInto(s, new Uint8Array(s.length));
}

/** toCodes(s) written into `buf` (at least s.length long) from index 0; returns `buf`. */
export function codesInto(s: string, buf: Uint8Array): Uint8Array {
  // plain ECMAScript rather than TextEncoder, a Web/Node API the pure analyzer does not assume
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    buf[i] = c < 0x80 ? c : isSpace(c) ? 0x85 : 0x80;
  }
  return buf;
}

const SPACES = 0;
const WORD = 1;
const QUOTE = 2;

// character classes of toCodes' bytes for the word scanner
const C_PLAIN = 0;
const C_SPACE = 1;
const C_QUOTE = 2;
const C_ESCAPE = 3;
const CLASS = new Uint8Array(256);

/** `isSpace` and `isTokenSpace` of toCodes' bytes as bits, a table lookup in the hot loops. */
export const CODE_BITS = new Uint8Array(256);
export const BIT_SPACE = 1;
export const BIT_TOKEN_SPACE = 2;
for (let c = 0; c < 256; c++) {
  // toCodes turns every non-ASCII space into 0x85
  const space = isSpace(c) && (c < 0x80 || c === 0x85);
  CODE_BITS[c] = (space ? BIT_SPACE : 0) | (isTokenSpace(c) ? BIT_TOKEN_SPACE : 0);
  if (space) CLASS[c] = C_SPACE;
}
CLASS[CH_SQUOTE] = C_QUOTE;
CLASS[CH_DQUOTE] = C_QUOTE;
CLASS[CH_BACKSLASH] = C_ESCAPE;
CLASS[CH_BACKTICK] = C_ESCAPE;

/**
 * `parseWords` over `codes` (see toCodes): whitespace-separated words, quotes grouping and kept,
 * the escape token protecting the next character. Writes flat [start, end) pairs to `out` from
 * index 0 (a scratch array, so old entries past the count stay) and returns their count.
 */
export function wordSpanCodes(
  codes: Uint8Array,
  from: number,
  to: number,
  esc: number,
  out: number[],
): number {
  // locals, not the module constants: bundlers emit those as `var`s, which each pass of a hot
  // loop would reload from the module context and check again
  const cls = CLASS;
  const PLAIN = C_PLAIN;
  const SPACE = C_SPACE;
  const QUOTE = C_QUOTE;
  let n = 0;
  let pos = from;
  while (pos < to) {
    let k = cls[codes[pos] as number] as number;
    if (k === SPACE) {
      pos++;
      continue;
    }
    const start = pos;
    let blank = false;
    for (;;) {
      if (k === PLAIN) {
        pos++;
        while (pos < to && cls[codes[pos] as number] === PLAIN) pos++;
      } else if (k === SPACE) {
        break;
      } else if (k === QUOTE) {
        const quote = codes[pos] as number;
        blank = true;
        pos++;
        while (pos < to) {
          const ch = codes[pos] as number;
          if (ch === quote) break;
          if (ch === esc && quote !== CH_SQUOTE) {
            if (pos + 1 === to) {
              out[n++] = start;
              out[n++] = pos;
              return n;
            }
            pos += 2;
          } else pos++;
        }
        // past the closing quote; an unclosed one runs to the end
        if (pos < to) pos++;
      } else if (codes[pos] === esc) {
        if (pos + 1 === to) {
          // BuildKit drops an escape token at the very end
          if (blank || pos > start) {
            out[n++] = start;
            out[n++] = pos;
          }
          return n;
        }
        pos += 2;
      } else pos++;
      if (pos >= to) {
        out[n++] = start;
        out[n++] = to;
        return n;
      }
      k = cls[codes[pos] as number] as number;
    }
    out[n++] = start;
    out[n++] = pos;
    pos++;
  }
  return n;
}

/** `parseWords` over a string: flat [start, end) pairs into `text`. */
export function wordSpans(text: string, from: number, to: number, esc: number): number[] {
  const out: number[] = [];
  out.length = wordSpanCodes(toCodes(text), from, to, esc, out);
  return out;
}

/**
 * The `--flag[=value]` words extractFlags found, `count` of them; flag k is text[start, end) with
 * `pos` = [start, end, eq] at 3k (eq: offset of the first `=`, or -1) and `words[k]` the word with
 * quotes and backslashes processed, or null when that is the raw text. Reused across instructions,
 * so entries past `count` are stale.
 */
export interface FlagScan {
  count: number;
  pos: number[];
  words: (string | null)[];
}

function addFlagSpan(
  flags: FlagScan,
  start: number,
  end: number,
  eq: number,
  word: string | null,
): void {
  const k = flags.count++;
  flags.pos[3 * k] = start;
  flags.pos[3 * k + 1] = end;
  flags.pos[3 * k + 2] = eq;
  flags.words[k] = word;
}

/**
 * `extractBuilderFlags`: leading words that start with `--`, up to the first other word or a bare
 * `--`. Puts the flags in `flags` and returns the offset where the arguments start.
 */
export function extractFlags(
  text: string,
  codes: Uint8Array,
  from: number,
  to: number,
  flags: FlagScan,
): number {
  // locals for the module constants the loops read (see wordSpanCodes)
  const cls = CLASS;
  const PLAIN = C_PLAIN;
  const SPACE = C_SPACE;
  const DASH = CH_DASH;
  const EQUALS = CH_EQUALS;
  flags.count = 0;
  let phase = SPACES;
  let start = 0;
  let blank = false;
  let quote = 0;
  // while `buf` is null the processed word is the raw text from `start`; quotes and
  // backslashes switch to building it, which flags rarely need
  let buf: string | null = null;
  let eq = -1;
  for (let pos = from; pos <= to; pos++) {
    let ch = pos < to ? (codes[pos] as number) : 0;
    if (phase === SPACES) {
      if (pos === to) break;
      if (cls[ch] === SPACE) continue;
      if (ch !== DASH || pos + 1 === to || codes[pos + 1] !== DASH) return pos;
      phase = WORD;
      start = pos;
      blank = false;
      buf = null;
      eq = -1;
    }
    if (phase === WORD && buf === null) {
      // the common flag has no quotes or escapes: run over its plain characters
      while (pos < to) {
        const c = codes[pos] as number;
        if (cls[c] !== PLAIN) break;
        if (c === EQUALS && eq < 0) eq = pos;
        pos++;
      }
      ch = pos < to ? (codes[pos] as number) : 0;
    }
    if (pos === to || (phase === WORD && cls[ch] === SPACE)) {
      const len = buf === null ? pos - start : buf.length;
      const dashes = buf === null ? len === 2 : buf === '--';
      if (pos === to) {
        if (!dashes && (blank || len > 0)) addFlagSpan(flags, start, pos, eq, buf);
        break;
      }
      phase = SPACES;
      if (dashes) return pos;
      if (blank || len > 0) addFlagSpan(flags, start, pos, eq, buf);
      continue;
    }
    if (phase === WORD) {
      if (ch === CH_SQUOTE || ch === CH_DQUOTE) {
        buf ??= text.slice(start, pos);
        quote = ch;
        blank = true;
        phase = QUOTE;
        continue;
      }
      if (ch === CH_BACKSLASH) {
        buf ??= text.slice(start, pos);
        if (pos + 1 === to) continue;
        ch = codes[++pos] as number;
      }
    } else {
      if (ch === quote) {
        phase = WORD;
        continue;
      }
      if (ch === CH_BACKSLASH) {
        if (pos + 1 === to) {
          phase = WORD;
          continue;
        }
        ch = codes[++pos] as number;
      }
    }
    if (ch === CH_EQUALS && eq < 0) eq = pos;
    if (buf !== null) buf += text[pos];
  }
  return to;
}

/** Marks a syntactically valid JSON array that holds something other than strings. */
export const NOT_STRINGS = 1;

/**
 * `parseJSON`: a JSON string array, `null` when the text is not valid JSON (BuildKit then falls
 * back to shell form), or NOT_STRINGS (BuildKit fails the build).
 */
export function parseJsonArray(s: string): string[] | null | typeof NOT_STRINGS {
  if (s.charCodeAt(0) !== CH_LBRACKET) return null;
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch {
    return null;
  }
  if (!Array.isArray(v)) return null;
  for (const x of v) if (typeof x !== 'string') return NOT_STRINGS;
  return v as string[];
}

/** `reWhitespace.Split(s, -1)`: split on runs of `[\t\v\f\r ]`. */
export function splitTokenSpace(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (isTokenSpace(s.charCodeAt(i))) {
      out.push(s.slice(start, i));
      while (i < s.length && isTokenSpace(s.charCodeAt(i))) i++;
      start = i;
    } else i++;
  }
  out.push(s.slice(start));
  return out;
}

/** The first run of `[\t\v\f\r ]` in `s` as [start, end), or null. */
function firstTokenSpace(s: string): [number, number] | null {
  for (let i = 0; i < s.length; i++) {
    if (isTokenSpace(s.charCodeAt(i))) {
      let j = i + 1;
      while (j < s.length && isTokenSpace(s.charCodeAt(j))) j++;
      return [i, j];
    }
  }
  return null;
}

/**
 * `parseNameVal` for ENV and LABEL: [key, value, separator] triples, or BuildKit's error text.
 * The separator is `=` for `KEY=value` and empty for the legacy `KEY value` form.
 */
export function nameValues(
  keyword: string,
  args: string,
  esc: number,
): { values: string[] } | { error: string; word?: number } {
  const spans = wordSpans(args, 0, args.length, esc);
  if (spans.length === 0) return { values: [] };
  const first = args.slice(spans[0], spans[1]);
  if (!first.includes('=')) {
    const ws = firstTokenSpace(args);
    if (!ws) return { error: `${keyword} must have two arguments` };
    return { values: [args.slice(0, ws[0]), args.slice(ws[1]), ''] };
  }
  const values: string[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const w = args.slice(spans[k], spans[k + 1]);
    const eq = w.indexOf('=');
    if (eq < 0) {
      return {
        error: `Syntax error - can't find = in ${goQuote(w)}. Must be of the form: name=value`,
        word: k / 2,
      };
    }
    values.push(w.slice(0, eq), w.slice(eq + 1), '=');
  }
  return { values };
}

const NON_PRINT = /[\p{C}\p{Z}]/u;

/** Go's `strconv.Quote`: double-quoted with Go escapes, printable Unicode kept. */
export function goQuote(s: string): string {
  let out = '"';
  for (const chr of s) {
    const c = chr.codePointAt(0) ?? 0;
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c >= 32 && c < 127) out += chr;
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 32 || c === 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (!NON_PRINT.test(chr)) out += chr;
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + '"';
}
