/**
 * Heredoc markers (`<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`) as BuildKit finds them: it lexes the
 * whole instruction line into shell words (quotes and escapes kept raw) and matches each word
 * against `^(\d*)<<(-?)\s*([^<]*)$`.
 */
import * as scan from './scan';

const { isReSpace, isSpace } = scan;
const CH_DQUOTE = 34;
const CH_SQUOTE = 39;
const CH_DASH = 45;
const CH_LT = 60;
const CH_BACKSLASH = 92;

export interface HeredocMarker {
  name: string;
  chomp: boolean;
  expand: boolean;
  /** the marker word in the instruction text, [start, end) */
  start: number;
  end: number;
}

/** Scratch for shellWords, reused across calls; entries past the returned count are stale. */
const WORDS: number[] = [];

/**
 * Shell words of codes[from, n) (see scan.toCodes) as flat [start, end) pairs written to `out`
 * from index 0; returns their count. Quotes, `\x`, `${…}` and `<< ` stay in a word.
 */
function shellWords(codes: Uint8Array, from: number, n: number, out: number[]): number {
  let count = 0;
  let start = -1;
  let i = from;
  while (i < n) {
    const c = codes[i] as number;
    if (isSpace(c)) {
      if (start >= 0) {
        out[count++] = start;
        out[count++] = i;
      }
      start = -1;
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (c === CH_SQUOTE) {
      i++;
      while (i < n && codes[i] !== CH_SQUOTE) i++;
      i = i < n ? i + 1 : n;
    } else if (c === CH_DQUOTE) {
      i++;
      while (i < n) {
        const d = codes[i] as number;
        if (d === CH_BACKSLASH) i += 2;
        else if (d === CH_DQUOTE) {
          i++;
          break;
        } else i++;
      }
    } else if (c === CH_BACKSLASH) {
      i += 2;
    } else if (c === 36 /* $ */ && i + 1 < n && codes[i + 1] === 123 /* { */) {
      i += 2;
      while (i < n && codes[i] !== 125 /* } */) i++;
      i = i < n ? i + 1 : n;
    } else if (c === CH_LT && i + 1 < n && codes[i + 1] === CH_LT) {
      // the lexer keeps whitespace after `<<` in the word, so `<< EOF` is one word
      i += 2;
      while (i < n && isSpace(codes[i] as number)) i++;
    } else i++;
  }
  if (start >= 0) {
    out[count++] = start;
    out[count++] = Math.min(i, n);
  }
  return count;
}

/** Unquotes a heredoc delimiter word; null when it is not exactly one shell word. */
function unquoteWord(w: string): { name: string; quoted: boolean } | null {
  let name = '';
  let quoted = false;
  let i = 0;
  const n = w.length;
  while (i < n) {
    const c = w.charCodeAt(i);
    if (isSpace(c)) return null;
    if (c === CH_SQUOTE) {
      quoted = true;
      const close = w.indexOf("'", i + 1);
      if (close < 0) return null;
      name += w.slice(i + 1, close);
      i = close + 1;
    } else if (c === CH_DQUOTE) {
      quoted = true;
      i++;
      let closed = false;
      while (i < n) {
        const d = w.charCodeAt(i);
        if (d === CH_DQUOTE) {
          closed = true;
          i++;
          break;
        }
        if (d === CH_BACKSLASH && i + 1 < n) {
          const e = w[i + 1];
          name += e === '"' || e === '\\' || e === '$' || e === '`' ? e : w.slice(i, i + 2);
          i += 2;
          continue;
        }
        name += w[i];
        i++;
      }
      if (!closed) return null;
    } else if (c === CH_BACKSLASH) {
      if (i + 1 < n) name += w[i + 1];
      i += 2;
    } else {
      name += w[i];
      i++;
    }
  }
  return name.length > 0 ? { name, quoted } : null;
}

/**
 * The heredoc markers in an instruction's text[from, to) (`codes` as scan.toCodes gives it), in
 * order; their offsets are into `text`.
 */
export function findHeredocs(
  text: string,
  codes: Uint8Array,
  from: number,
  to: number,
): HeredocMarker[] {
  const out: HeredocMarker[] = [];
  const spans = WORDS;
  const nSpans = shellWords(codes, from, to, spans);
  for (let k = 0; k < nSpans; k += 2) {
    const start = spans[k] ?? 0;
    const end = spans[k + 1] ?? 0;
    let i = start;
    while (i < end && (codes[i] as number) >= 48 && (codes[i] as number) <= 57) i++;
    if (i + 1 >= to || codes[i] !== CH_LT || codes[i + 1] !== CH_LT) continue;
    i += 2;
    let chomp = false;
    if (i < to && codes[i] === CH_DASH) {
      chomp = true;
      i++;
    }
    while (i < end && isReSpace(codes[i] as number)) i++;
    if (i >= end) continue;
    const rest = text.slice(i, end);
    if (rest.includes('<')) continue;
    const word = unquoteWord(rest);
    if (!word) continue;
    out.push({ name: word.name, chomp, expand: !word.quoted, start, end });
  }
  return out;
}
