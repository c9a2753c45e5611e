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

/** Shell words of `text` as flat [start, end) pairs: quotes, `\x`, `${…}` and `<< ` stay in a word. */
function shellWords(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let start = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (start >= 0) out.push(start, i);
      start = -1;
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (c === CH_SQUOTE) {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? n : close + 1;
    } else if (c === CH_DQUOTE) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === CH_BACKSLASH) i += 2;
        else if (d === CH_DQUOTE) {
          i++;
          break;
        } else i++;
      }
    } else if (c === CH_BACKSLASH) {
      i += 2;
    } else if (c === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
      const close = text.indexOf('}', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (c === CH_LT && text.charCodeAt(i + 1) === CH_LT) {
      // the lexer keeps whitespace after `<<` in the word, so `<< EOF` is one word
      i += 2;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
    } else i++;
  }
  if (start >= 0) out.push(start, Math.min(i, n));
  return out;
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

/** The heredoc markers in an instruction's joined text, in order. */
export function findHeredocs(text: string): HeredocMarker[] {
  const out: HeredocMarker[] = [];
  const spans = shellWords(text);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k] ?? 0;
    const end = spans[k + 1] ?? 0;
    let i = start;
    while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (text.charCodeAt(i) !== CH_LT || text.charCodeAt(i + 1) !== CH_LT) continue;
    i += 2;
    let chomp = false;
    if (text.charCodeAt(i) === CH_DASH) {
      chomp = true;
      i++;
    }
    while (i < end && isReSpace(text.charCodeAt(i))) i++;
    if (i >= end) continue;
    const rest = text.slice(i, end);
    if (rest.includes('<')) continue;
    const word = unquoteWord(rest);
    if (!word) continue;
    out.push({ name: word.name, chomp, expand: !word.quoted, start, end });
  }
  return out;
}
