/**
 * Variable expansion as BuildKit's `shell.Lex.ProcessWord` does it for Dockerfile instructions
 * (not for RUN/CMD, which the shell expands). It records every name that was looked up but not
 * defined, because that set is exactly what the UndefinedVar build check reports.
 */

/** A variable's value: a string, `null` when defined with an unknown value, `undefined` when unset. */
export type EnvLookup = (name: string) => string | null | undefined;

export interface Expansion {
  /** the expanded word, or null when it depends on a value we cannot know */
  value: string | null;
  /** names that were looked up but not defined, in order of first use */
  unmatched: string[];
  /** the word is malformed (unterminated quote, bad substitution); BuildKit would fail */
  error: boolean;
}

const SPECIAL_PARAMS = '@*#?-$!0';

function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    return (
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 // _
    );
  }
  return /[\p{L}\p{N}]/u.test(ch);
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

class Lexer {
  private i = 0;
  unknown = false;
  error = false;
  readonly unmatched: string[] = [];

  constructor(
    private readonly s: string,
    private readonly lookup: EnvLookup,
    private readonly escape: string,
    private readonly rawQuotes: boolean,
  ) {}

  /** Reads up to `stop` (consumed) or the end; a missing `stop` is a syntax error. */
  run(stop: string | null): string {
    const s = this.s;
    let out = '';
    while (this.i < s.length) {
      const ch = s[this.i]!;
      if (stop !== null && ch === stop) {
        this.i++;
        return out;
      }
      if (!this.rawQuotes && ch === "'") {
        out += this.single();
      } else if (!this.rawQuotes && ch === '"') {
        out += this.double();
      } else if (ch === '$') {
        out += this.dollar();
      } else {
        if (ch === this.escape) {
          this.i++;
          if (this.i >= s.length) break;
          out += this.rawQuotes ? ch + s[this.i++]! : s[this.i++]!;
        } else {
          // a run of plain characters in one slice, not one concatenation per character
          let j = this.i + 1;
          while (j < s.length && !this.special(s[j]!, stop)) j++;
          out += s.slice(this.i, j);
          this.i = j;
        }
      }
    }
    if (stop !== null) this.error = true;
    return out;
  }

  /** Whether `run` treats `ch` other than as a plain character. */
  private special(ch: string, stop: string | null): boolean {
    return (
      ch === '$' ||
      ch === this.escape ||
      ch === stop ||
      (!this.rawQuotes && (ch === "'" || ch === '"'))
    );
  }

  private get(name: string): { value: string; set: boolean } {
    const v = this.lookup(name);
    if (v === undefined) {
      if (!this.unmatched.includes(name)) this.unmatched.push(name);
      return { value: '', set: false };
    }
    if (v === null) this.unknown = true;
    return { value: v ?? '', set: true };
  }

  private single(): string {
    const s = this.s;
    const end = s.indexOf("'", this.i + 1);
    if (end < 0) {
      this.error = true;
      const rest = s.slice(this.i + 1);
      this.i = s.length;
      return rest;
    }
    const text = s.slice(this.i + 1, end);
    this.i = end + 1;
    return text;
  }

  private double(): string {
    const s = this.s;
    let out = '';
    this.i++;
    while (this.i < s.length) {
      const ch = s[this.i]!;
      if (ch === '"') {
        this.i++;
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      this.i++;
      if (ch === this.escape && this.i < s.length) {
        const next = s[this.i]!;
        if (next === '"' || next === '$' || next === this.escape) {
          out += next;
          this.i++;
          continue;
        }
      }
      out += ch;
    }
    this.error = true;
    return out;
  }

  private name(): string {
    const s = this.s;
    const start = this.i;
    if (this.i < s.length && isDigit(s[this.i]!)) {
      while (this.i < s.length && isDigit(s[this.i]!)) this.i++;
      return s.slice(start, this.i);
    }
    if (this.i < s.length && SPECIAL_PARAMS.includes(s[this.i]!)) {
      this.i++;
      return s[start]!;
    }
    while (this.i < s.length && isNameChar(s[this.i]!)) this.i++;
    return s.slice(start, this.i);
  }

  private dollar(): string {
    const s = this.s;
    this.i++;
    if (s[this.i] !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.get(name).value;
    }
    this.i++;
    const first = s[this.i];
    if (first === undefined || first === '{' || first === '}' || first === ':') {
      this.error = true;
      return '';
    }
    const name = this.name();
    const ch = s[this.i++];
    if (ch === '}') return this.get(name).value;
    let nullIsUnset = false;
    let modifier = ch;
    if (ch === ':') {
      nullIsUnset = true;
      modifier = s[this.i++];
    }
    if (modifier === '-' || modifier === '+' || modifier === '?') {
      const word = this.run('}');
      const { value, set } = this.get(name);
      const empty = !set || (nullIsUnset && value === '');
      if (modifier === '-') return empty ? word : value;
      if (modifier === '+') return empty ? '' : word;
      if (empty) this.error = true;
      return value;
    }
    if (!nullIsUnset && (modifier === '#' || modifier === '%' || modifier === '/')) {
      // Pattern removal and replacement: the names inside still count, the result is a guess.
      this.run('}');
      const { value } = this.get(name);
      this.unknown = true;
      return value;
    }
    this.error = true;
    return '';
  }
}

/** Expands `$VAR`, `${VAR}` and `${VAR:-word}`-style references in one Dockerfile word. */
export function expandWord(
  word: string,
  lookup: EnvLookup,
  escape: string,
  rawQuotes = false,
): Expansion {
  if (!word.includes('$') && !word.includes("'") && !word.includes('"') && !word.includes(escape)) {
    return { value: word, unmatched: [], error: false };
  }
  const lexer = new Lexer(word, lookup, escape, rawQuotes);
  const value = lexer.run(null);
  return {
    value: lexer.unknown || lexer.error ? null : value,
    unmatched: lexer.unmatched,
    error: lexer.error,
  };
}

/** Levenshtein distance, as `agext/levenshtein` computes it with unit costs. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * BuildKit's `suggest.Search`: the first option closest to `value` within distance 2, or null.
 * An exact match means there is nothing to suggest.
 */
export function suggestName(value: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let min = 3;
  for (const option of options) {
    if (option === value) return null;
    // A length gap of 3 or more can never be within distance 2.
    if (Math.abs(option.length - value.length) >= min) continue;
    const d = levenshtein(value, option);
    if (d < min) {
      best = option;
      min = d;
    }
  }
  return best;
}
