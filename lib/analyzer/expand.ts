/**
 * A subset of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) for single Dockerfile
 * words: quotes, the escape character, `$VAR`, `${VAR}` and the `${VAR:-w}` family. One scanner
 * records which names were found and which were not, as `ProcessWordWithMatches` does; the FROM
 * checks read both sets, and UndefinedVar reads the unmatched names in order of first use.
 */
import {
  patternBudget,
  PatternBudgetExceeded,
  replacePattern,
  trimPrefix,
  trimSuffix,
  type PatternBudget,
  type PatternResult,
} from './shell-pattern';

/** A variable's value: a string, `null` when defined with an unknown value, `undefined` when unset. */
export type EnvLookup = (name: string) => string | null | undefined;

export type Env = ReadonlyMap<string, string>;

/**
 * How deep `${A:-${B:-…}}` may nest before the analyzer stops evaluating the word. BuildKit's Go
 * stack grows as needed; a JavaScript stack does not, and no real Dockerfile nests past a handful.
 */
export const MAX_SUBSTITUTION_DEPTH = 100;

/** How one word expanded against a known environment (FROM base names, `--platform`). */
export interface Expansion {
  result: string;
  /** variables that had a value */
  matched: ReadonlySet<string>;
  /** variables looked up but not set */
  unmatched: ReadonlySet<string>;
  /** set when BuildKit would fail, e.g. `${X:?}` or an unterminated quote */
  error: string | null;
  /** why the analyzer stopped evaluating the word (too deep, too costly); its result is a guess */
  limit: string | null;
}

/** How one word expanded against a stage scope whose values may be unknown. */
export interface ScopedExpansion {
  /** the expanded word, or null when it depends on a value we cannot know */
  value: string | null;
  /** names that were looked up but not defined, in order of first use */
  unmatched: string[];
  /** the word is malformed (unterminated quote, bad substitution); BuildKit would fail */
  error: boolean;
}

interface ScanOptions {
  escape: string;
  /** quotes are plain characters and the escape character is kept (heredoc bodies) */
  rawQuotes: boolean;
  /**
   * BuildKit's early failures: `${}`, `${{`, `${:` and unknown modifiers stop the substitution
   * before its word or name is looked up, and names are letters, digits and `_` only. The FROM
   * expansion reads these more loosely; the two differ only on malformed or non-ASCII input.
   */
  strict: boolean;
}

interface Scan {
  result: string;
  matched: ReadonlySet<string>;
  unmatched: ReadonlySet<string>;
  error: string | null;
  /** a value came from `null` or a pattern operator the scoped reading does not evaluate */
  unknown: boolean;
  limit: string | null;
}

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '$', '!', '-']);
const STRICT_OPS = new Set(['-', ':-', '+', ':+', '?', ':?', '#', '##', '%', '%%', '/', '//']);

function isAsciiNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

class Lexer {
  pos = 0;
  // most words name no variable: the sets are made on first use
  matched: Set<string> | null = null;
  unmatched: Set<string> | null = null;
  error: string | null = null;
  unknown = false;
  /** why evaluation stopped early (a limit of the analyzer, not of BuildKit) */
  limit: string | null = null;
  depth = 0;

  constructor(
    readonly src: string,
    readonly env: EnvLookup,
    readonly opts: ScanOptions,
    readonly budget: PatternBudget,
  ) {}

  lookup(name: string): string | undefined {
    const value = this.env(name);
    if (value === undefined) {
      (this.unmatched ??= new Set()).add(name);
      return undefined;
    }
    (this.matched ??= new Set()).add(name);
    if (value === null) this.unknown = true;
    return value ?? '';
  }

  fail(message: string): void {
    // past a limit the rest of the word was skipped: its missing braces are not the file's fault
    if (this.limit === null) this.error ??= message;
  }

  isNameChar(ch: string): boolean {
    const c = ch.charCodeAt(0);
    if (c < 128) return isAsciiNameChar(c);
    return !this.opts.strict || /[\p{L}\p{N}]/u.test(ch);
  }

  /** Whether `word` treats `ch` other than as a plain character. */
  special(ch: string, stop: string | null): boolean {
    return (
      ch === '$' ||
      ch === this.opts.escape ||
      ch === stop ||
      (!this.opts.rawQuotes && (ch === "'" || ch === '"'))
    );
  }

  /**
   * Reads until `stop` (not consumed) or the end; quotes and `$` are processed. `keepEscapes` keeps
   * each escape character with the character it escapes, as BuildKit's `rawEscapes` does.
   */
  word(stop: string | null, keepEscapes = false): string {
    const { escape, rawQuotes } = this.opts;
    const src = this.src;
    let out = '';
    while (this.pos < src.length) {
      const ch = src.charAt(this.pos);
      if (stop !== null && ch === stop) return out;
      if (ch === escape) {
        this.pos++;
        if (this.pos < src.length)
          out += rawQuotes || keepEscapes ? ch + src.charAt(this.pos++) : src.charAt(this.pos++);
      } else if (!rawQuotes && ch === "'") {
        out += this.single();
      } else if (!rawQuotes && ch === '"') {
        out += this.double();
      } else if (ch === '$') {
        out += this.dollar();
      } else {
        // a run of plain characters in one slice, not one concatenation per character
        let j = this.pos + 1;
        while (j < src.length && !this.special(src.charAt(j), stop)) j++;
        out += src.slice(this.pos, j);
        this.pos = j;
      }
    }
    return out;
  }

  single(): string {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) {
      this.fail('unexpected end of statement while looking for matching single-quote');
      const rest = this.src.slice(this.pos + 1);
      this.pos = this.src.length;
      return rest;
    }
    const text = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return text;
  }

  double(): string {
    const escape = this.opts.escape;
    const src = this.src;
    this.pos++;
    let out = '';
    // plain characters are taken in runs, one slice each
    let run = this.pos;
    while (this.pos < src.length) {
      const ch = src.charAt(this.pos);
      if (ch === '"') {
        out += src.slice(run, this.pos);
        this.pos++;
        return out;
      }
      if (ch === '$') {
        out += src.slice(run, this.pos);
        out += this.dollar();
        run = this.pos;
        continue;
      }
      if (ch === escape && this.pos + 1 < src.length) {
        const next = src.charAt(this.pos + 1);
        if (next === '"' || next === '$' || next === escape) {
          out += src.slice(run, this.pos) + next;
          this.pos += 2;
          run = this.pos;
          continue;
        }
      }
      this.pos++;
    }
    out += src.slice(run, this.pos);
    this.fail('unexpected end of statement while looking for matching double-quote');
    return out;
  }

  name(): string {
    const src = this.src;
    const start = this.pos;
    if (start < src.length && isDigit(src.charAt(start))) {
      while (this.pos < src.length && isDigit(src.charAt(this.pos))) this.pos++;
      return src.slice(start, this.pos);
    }
    if (start < src.length && SPECIAL_PARAMS.has(src.charAt(start))) {
      this.pos++;
      return src.charAt(start);
    }
    while (this.pos < src.length && this.isNameChar(src.charAt(this.pos))) this.pos++;
    return src.slice(start, this.pos);
  }

  dollar(): string {
    if (this.depth >= MAX_SUBSTITUTION_DEPTH) {
      // the rest of the word is not read: its value is unknown, and no stack can overflow
      this.limit ??= `substitutions nest more than ${MAX_SUBSTITUTION_DEPTH} deep; the analyzer does not evaluate them`;
      this.unknown = true;
      this.pos = this.src.length;
      return '';
    }
    this.depth++;
    try {
      return this.substitution();
    } finally {
      this.depth--;
    }
  }

  substitution(): string {
    const src = this.src;
    this.pos++; // the `$`
    if (src.charAt(this.pos) !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.lookup(name) ?? '';
    }
    this.pos++; // the `{`
    const first = src.charAt(this.pos);
    if (this.opts.strict && (first === '{' || first === '}' || first === ':')) {
      this.fail('syntax error: bad substitution');
      return '';
    }
    const name = this.name();
    const ch = src.charAt(this.pos);
    if (ch === '}') {
      this.pos++;
      return this.lookup(name) ?? '';
    }
    if (ch === '') {
      this.fail("syntax error: missing '}'");
      return '';
    }
    let op = ch;
    this.pos++;
    if (op === ':') {
      op += src.charAt(this.pos);
      this.pos++;
    } else if ((op === '#' || op === '%' || op === '/') && src.charAt(this.pos) === op) {
      op += op;
      this.pos++;
    }
    if (this.opts.strict && !STRICT_OPS.has(op)) {
      // BuildKit stops here, before the word or the name is looked up.
      this.fail(`unsupported modifier (${op}) in substitution`);
      return '';
    }
    if (op === '/' || op === '//') return this.replace(name, op === '//');
    // BuildKit keeps escapes in a pattern (`rawEscapes`): the pattern reads them itself
    const word = this.word('}', op === '#' || op === '##' || op === '%' || op === '%%');
    if (src.charAt(this.pos) !== '}') this.fail("syntax error: missing '}'");
    else this.pos++;
    const value = this.lookup(name);
    switch (op) {
      case ':-':
        return value === undefined || value === '' ? word : value;
      case '-':
        return value === undefined ? word : value;
      case ':+':
        return value === undefined || value === '' ? '' : word;
      case '+':
        return value === undefined ? '' : word;
      case ':?':
      case '?':
        return this.required(name, value, word, op === ':?');
    }
    if (this.opts.strict) {
      // The scoped reading does not evaluate patterns: the names inside count, the value is a guess.
      this.unknown = true;
      return value ?? '';
    }
    switch (op) {
      case '#':
      case '##':
        return this.pattern(value, () => trimPrefix(value ?? '', word, op === '##', this.budget));
      case '%':
      case '%%':
        return this.pattern(value, () => trimSuffix(value ?? '', word, op === '%%', this.budget));
      default:
        this.fail(`unsupported modifier (${op}) in substitution`);
        return value ?? '';
    }
  }

  /** `${name?word}` and `${name:?word}`: BuildKit fails with `name: word` (or its default words). */
  required(name: string, value: string | undefined, word: string, emptyIsUnset: boolean): string {
    if (value === undefined) this.fail(`${name}: ${word || 'is not allowed to be unset'}`);
    else if (emptyIsUnset && value === '')
      this.fail(`${name}: ${word || 'is not allowed to be empty'}`);
    return value ?? '';
  }

  /** `${name/pattern/replacement}` and `${name//…}`: the pattern ends at the first unescaped `/`. */
  replace(name: string, all: boolean): string {
    const src = this.src;
    const pattern = this.word('/', true);
    if (src.charAt(this.pos) !== '/') {
      this.fail("syntax error: missing '/' in ${}");
      return '';
    }
    this.pos++;
    const replacement = this.word('}', true);
    if (src.charAt(this.pos) !== '}') {
      this.fail("syntax error: missing '}'");
      return '';
    }
    this.pos++;
    const value = this.lookup(name);
    if (this.opts.strict) {
      this.unknown = true;
      return value ?? '';
    }
    return this.pattern(value, () =>
      replacePattern(value ?? '', pattern, replacement, all, this.budget),
    );
  }

  /** Runs one pattern operation; past the analysis's step budget the value is left unknown. */
  pattern(value: string | undefined, run: () => PatternResult): string {
    try {
      const result = run();
      if ('value' in result) return result.value;
      this.fail(result.error);
    } catch (error) {
      if (!(error instanceof PatternBudgetExceeded)) throw error;
      this.unknown = true;
      this.limit ??= `the analyzer stopped evaluating pattern substitutions after ${this.budget.limit} steps`;
    }
    return value ?? '';
  }
}

const HAS_DOLLAR = 1;
/** a quote or the escape character */
const HAS_OTHER = 2;

/**
 * What the lexer would act on in `word`: HAS_DOLLAR for a `$`, HAS_OTHER for a quote or the
 * escape character; 0 for a plain word. String searches, not a loop over the codes: these words
 * are mostly slices of the instruction text, whose codes V8 reads slowly one by one.
 */
function specials(word: string, escape: string): number {
  const other = word.includes('"') || word.includes("'") || word.includes(escape);
  return (word.includes('$') ? HAS_DOLLAR : 0) | (other ? HAS_OTHER : 0);
}

/** No `$`, quote or escape character: the lexer would return the word unchanged. */
function isPlain(word: string, escape: string): boolean {
  return (
    !word.includes('$') && !word.includes("'") && !word.includes('"') && !word.includes(escape)
  );
}

/** The one scanner behind both expansions; `null` when `word` has nothing for the lexer. */
function scan(
  word: string,
  env: EnvLookup,
  opts: ScanOptions,
  budget?: PatternBudget,
): Scan | null {
  if (isPlain(word, opts.escape)) return null;
  // the scoped (strict) reading never evaluates a pattern, so it needs no budget of its own
  const lexer = new Lexer(word, env, opts, budget ?? (opts.strict ? UNSPENT : patternBudget()));
  const result = lexer.word(null);
  return {
    result,
    matched: lexer.matched ?? NONE,
    unmatched: lexer.unmatched ?? NONE,
    error: lexer.error,
    unknown: lexer.unknown,
    limit: lexer.limit,
  };
}

const NEEDS_LEXER = /[$'"\\`]/;
const NONE: ReadonlySet<string> = new Set();
const UNSPENT: PatternBudget = patternBudget(0);
const NO_ENV: EnvLookup = () => undefined;

/**
 * Expands one word the way BuildKit expands a FROM base name or `--platform` value; `budget`
 * bounds the pattern matching one analysis may do.
 */
export function expandWord(
  word: string,
  env: Env,
  escape = '\\',
  budget?: PatternBudget,
): Expansion {
  // Fast path, before any closure or options object: most FROM lines have nothing to process.
  const kind = specials(word, escape);
  if (kind === 0) return { result: word, matched: NONE, unmatched: NONE, error: null, limit: null };
  if (kind === HAS_DOLLAR) {
    const matched: string[] = [];
    const unmatched: string[] = [];
    const result = simpleText(word, env, matched, unmatched);
    if (result !== null) {
      return {
        result,
        matched: matched.length === 0 ? NONE : new Set(matched),
        unmatched: unmatched.length === 0 ? NONE : new Set(unmatched),
        error: null,
        limit: null,
      };
    }
  }
  const options = { escape, rawQuotes: false, strict: false };
  const s = scan(word, (name) => env.get(name), options, budget);
  if (s === null) return { result: word, matched: NONE, unmatched: NONE, error: null, limit: null };
  const { result, matched, unmatched, error, limit } = s;
  return { result, matched, unmatched, error, limit };
}

/** `expandWord` with the names as lists in first-use order: a FROM's VariableUse and its text. */
export interface NamedExpansion {
  result: string;
  matched: string[];
  unmatched: string[];
  error: string | null;
  limit: string | null;
}

/** `expandWord`, with the matched and unmatched names as arrays (no sets to copy out). */
export function expandNames(
  word: string,
  env: Env,
  escape = '\\',
  budget?: PatternBudget,
): NamedExpansion {
  const kind = specials(word, escape);
  if (kind === 0) return { result: word, matched: [], unmatched: [], error: null, limit: null };
  if (kind === HAS_DOLLAR) {
    const matched: string[] = [];
    const unmatched: string[] = [];
    const result = simpleText(word, env, matched, unmatched);
    if (result !== null) return { result, matched, unmatched, error: null, limit: null };
  }
  const e = expandWord(word, env, escape, budget);
  return {
    result: e.result,
    matched: e.matched.size === 0 ? [] : [...e.matched],
    unmatched: e.unmatched.size === 0 ? [] : [...e.unmatched],
    error: e.error,
    limit: e.limit,
  };
}

/** `expandWord(word, env, escape).result`, without collecting the names. */
export function expandText(word: string, env: Env, escape = '\\', budget?: PatternBudget): string {
  const kind = specials(word, escape);
  if (kind === 0) return word;
  if (kind === HAS_DOLLAR) {
    const result = simpleText(word, env, null, null);
    if (result !== null) return result;
  }
  return expandWord(word, env, escape, budget).result;
}

/** True when `word` holds something BuildKit's lexer would change (a variable, a quote, an escape). */
export function hasExpansion(word: string, escape = '\\'): boolean {
  if (!NEEDS_LEXER.test(word)) return false;
  const s = scan(word, NO_ENV, { escape, rawQuotes: false, strict: false });
  return s !== null && s.result !== word;
}

/**
 * Expands `$VAR`, `${VAR}` and `${VAR:-word}`-style references in one word of an instruction,
 * against a stage scope whose values may be unknown (`null`).
 */
export function expandInScope(
  word: string,
  lookup: EnvLookup,
  escape: string,
  rawQuotes = false,
): ScopedExpansion {
  const s = scan(word, lookup, { escape, rawQuotes, strict: true });
  if (s === null) return { value: word, unmatched: [], error: false };
  return {
    value: s.unknown || s.error !== null ? null : s.result,
    unmatched: s.unmatched.size === 0 ? [] : [...s.unmatched],
    error: s.error !== null,
  };
}

/**
 * The names `expandInScope` finds unset in `word`, appended to `out` in first-use order (once
 * each): UndefinedVar's reading, where `isUnset` says which names the scope lacks.
 */
export function unsetNames(
  word: string,
  isUnset: (name: string) => boolean,
  escape: string,
  rawQuotes: boolean,
  out: string[] = [],
): string[] {
  if (simpleUnsetNames(word, isUnset, escape, rawQuotes, out)) return out;
  const lookup: EnvLookup = (name) => (isUnset(name) ? undefined : null);
  for (const name of expandInScope(word, lookup, escape, rawQuotes).unmatched) {
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function isAsciiNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

// where simpleRef found the name (scratch, read right after each call)
let refStart = -1;
let refEnd = -1;

/**
 * Reads the reference at the `$` at `i` when it is `$NAME` or `${NAME}` with an ASCII name, or a
 * `$` the lexer keeps as it is: returns where the reference ends, with the name at
 * [refStart, refEnd) (refStart -1 for a plain `$`). Returns -1 for anything else (digits, special
 * parameters, modifiers, non-ASCII names), which only the lexer reads right.
 */
function simpleRef(word: string, i: number): number {
  const n = word.length;
  let j = i + 1;
  refStart = -1;
  if (j >= n) return j;
  let c = word.charCodeAt(j);
  if (c === 123) {
    const start = ++j;
    if (j >= n || !isAsciiNameStart(word.charCodeAt(j))) return -1;
    j++;
    while (j < n && isAsciiNameChar(word.charCodeAt(j))) j++;
    if (j >= n || word.charCodeAt(j) !== 125) return -1;
    refStart = start;
    refEnd = j;
    return j + 1;
  }
  if (isAsciiNameStart(c)) {
    const start = j++;
    while (j < n && isAsciiNameChar((c = word.charCodeAt(j)))) j++;
    // a non-ASCII letter would continue the name
    if (j < n && c > 127) return -1;
    refStart = start;
    refEnd = j;
    return j;
  }
  if (c > 127 || (c >= 48 && c <= 57) || SPECIAL_PARAMS.has(word.charAt(j))) return -1;
  return j;
}

/**
 * `unsetNames` without the lexer for the usual word, whose only specials are `$NAME` and
 * `${NAME}` with ASCII names (and lone `$`s) and double quotes: no single quote, no escape
 * character, no modifiers. The lexer looks those names up in the order written, as this does.
 * Returns false, with `out` as it was, for any other word.
 */
function simpleUnsetNames(
  word: string,
  isUnset: (name: string) => boolean,
  escape: string,
  rawQuotes: boolean,
  out: string[],
): boolean {
  let i = word.indexOf('$');
  if (i < 0) return true;
  // Without the escape character, double quotes change no lookup (a `$` inside reads the same
  // name); single quotes hide theirs. With raw quotes (heredoc bodies) quotes are plain text and
  // an escape character only keeps the character after it: a `$` after an odd run of them is
  // literal text.
  const escapes = word.includes(escape);
  if (!rawQuotes && (escapes || word.includes("'"))) return false;
  const e = escape.charCodeAt(0);
  const before = out.length;
  while (i >= 0) {
    if (escapes) {
      let run = 0;
      while (run < i && word.charCodeAt(i - 1 - run) === e) run++;
      if (run % 2 === 1) {
        i = word.indexOf('$', i + 1);
        continue;
      }
    }
    const j = simpleRef(word, i);
    if (j < 0) {
      out.length = before;
      return false;
    }
    if (refStart >= 0) {
      const name = word.slice(refStart, refEnd);
      if (isUnset(name) && !out.includes(name)) out.push(name);
    }
    i = word.indexOf('$', j);
  }
  return true;
}

/**
 * `expandWord`'s text without the lexer for the usual FROM word: `$NAME` and `${NAME}` with ASCII
 * names (and lone `$`s), no quotes, no escape character (the caller has checked), no modifiers.
 * The names are appended to `matched` / `unmatched` once each, in first-use order, when given.
 * Null for any other word.
 */
function simpleText(
  word: string,
  env: Env,
  matched: string[] | null,
  unmatched: string[] | null,
): string | null {
  let out = '';
  let from = 0;
  for (let i = word.indexOf('$'); i >= 0;) {
    const j = simpleRef(word, i);
    if (j < 0) return null;
    // a plain `$` stays in the text
    if (refStart >= 0) {
      const name = word.slice(refStart, refEnd);
      out += word.slice(from, i);
      const value = env.get(name);
      if (value === undefined) {
        if (unmatched !== null && !unmatched.includes(name)) unmatched.push(name);
      } else {
        if (matched !== null && !matched.includes(name)) matched.push(name);
        out += value;
      }
      from = j;
    }
    i = word.indexOf('$', j);
  }
  return from > 0 ? out + word.slice(from) : word;
}
