/**
 * A subset of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) for single words: quotes,
 * the escape character, `$VAR`, `${VAR}` and the `${VAR:-w}` family. It records which variables
 * were found and which were not, as `ProcessWordWithMatches` does, because the FROM checks
 * (UndefinedArgInFrom, RedundantTargetPlatform, FromPlatformFlagConstDisallowed) depend on that.
 */

export interface Expansion {
  result: string;
  /** variables that had a value */
  matched: Set<string>;
  /** variables looked up but not set */
  unmatched: Set<string>;
  /** set when BuildKit would fail, e.g. `${X:?}` or an unterminated quote */
  error: string | null;
}

export type Env = ReadonlyMap<string, string>;

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '$', '!', '-']);

function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127
  );
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

class Lexer {
  pos = 0;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  error: string | null = null;

  constructor(
    readonly src: string,
    readonly env: Env,
    readonly escape: string,
  ) {}

  lookup(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }

  /** Reads until `stop` (not consumed) or the end; quotes and `$` are processed. */
  word(stop: string | null): string {
    let out = '';
    const src = this.src;
    while (this.pos < src.length) {
      const ch = src.charAt(this.pos);
      if (stop !== null && ch === stop) return out;
      if (ch === this.escape) {
        this.pos++;
        if (this.pos < src.length) out += src.charAt(this.pos++);
        continue;
      }
      if (ch === "'") {
        out += this.single();
        continue;
      }
      if (ch === '"') {
        out += this.double();
        continue;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      out += ch;
      this.pos++;
    }
    return out;
  }

  single(): string {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) {
      this.error ??= 'unexpected end of statement while looking for matching single-quote';
      const rest = this.src.slice(this.pos + 1);
      this.pos = this.src.length;
      return rest;
    }
    const text = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return text;
  }

  double(): string {
    this.pos++;
    let out = '';
    const src = this.src;
    while (this.pos < src.length) {
      const ch = src.charAt(this.pos);
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      if (ch === this.escape && this.pos + 1 < src.length) {
        const next = src.charAt(this.pos + 1);
        if (next === '"' || next === '$' || next === this.escape) {
          out += next;
          this.pos += 2;
          continue;
        }
      }
      out += ch;
      this.pos++;
    }
    this.error ??= 'unexpected end of statement while looking for matching double-quote';
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
    while (this.pos < src.length && isNameChar(src.charAt(this.pos))) this.pos++;
    return src.slice(start, this.pos);
  }

  dollar(): string {
    const src = this.src;
    this.pos++; // the `$`
    if (src.charAt(this.pos) !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.lookup(name) ?? '';
    }
    this.pos++; // the `{`
    const name = this.name();
    const ch = src.charAt(this.pos);
    if (ch === '}') {
      this.pos++;
      return this.lookup(name) ?? '';
    }
    if (ch === '') {
      this.error ??= "syntax error: missing '}'";
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
    const word = this.word('}');
    if (src.charAt(this.pos) !== '}') this.error ??= "syntax error: missing '}'";
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
        if (value === undefined || value === '') {
          this.error ??=
            word || `${name}: is not allowed to be ${value === undefined ? 'unset' : 'empty'}`;
        }
        return value ?? '';
      case '?':
        if (value === undefined) this.error ??= word || `${name}: is not allowed to be unset`;
        return value ?? '';
      case '#':
      case '##':
        return trimPrefix(value ?? '', word, op === '##');
      case '%':
      case '%%':
        return trimSuffix(value ?? '', word, op === '%%');
      case '/':
      case '//':
        return replacePattern(value ?? '', word, op === '//');
      default:
        this.error ??= `unsupported modifier (${op}) in substitution`;
        return value ?? '';
    }
  }
}

/** Converts a shell glob (`*`, `?`, escapes) to an anchored regular expression source. */
function globSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (ch === '*') out += '[\\s\\S]*';
    else if (ch === '?') out += '[\\s\\S]';
    else if (ch === '\\' && i + 1 < pattern.length) out += escapeRegExp(pattern.charAt(++i));
    else out += escapeRegExp(ch);
  }
  return out;
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

// The loops test one candidate length at a time with an anchored pattern, so no backtracking blows up.
function trimPrefix(value: string, pattern: string, longest: boolean): string {
  const re = new RegExp(`^${globSource(pattern)}$`);
  if (longest) {
    for (let n = value.length; n >= 0; n--) if (re.test(value.slice(0, n))) return value.slice(n);
  } else {
    for (let n = 0; n <= value.length; n++) if (re.test(value.slice(0, n))) return value.slice(n);
  }
  return value;
}

function trimSuffix(value: string, pattern: string, longest: boolean): string {
  const re = new RegExp(`^${globSource(pattern)}$`);
  if (longest) {
    for (let n = 0; n <= value.length; n++) if (re.test(value.slice(n))) return value.slice(0, n);
  } else {
    for (let n = value.length; n >= 0; n--) if (re.test(value.slice(n))) return value.slice(0, n);
  }
  return value;
}

function replacePattern(value: string, spec: string, all: boolean): string {
  const slash = spec.indexOf('/');
  const pattern = slash < 0 ? spec : spec.slice(0, slash);
  const replacement = slash < 0 ? '' : spec.slice(slash + 1);
  if (pattern === '') return value;
  const re = new RegExp(`^${globSource(pattern)}$`);
  let out = '';
  let i = 0;
  while (i < value.length) {
    let matched = -1;
    for (let n = value.length; n > i; n--) {
      if (re.test(value.slice(i, n))) {
        matched = n;
        break;
      }
    }
    if (matched < 0) {
      out += value.charAt(i++);
      continue;
    }
    out += replacement;
    i = matched;
    if (!all) return out + value.slice(i);
  }
  return out;
}

/** Expands one word the way BuildKit expands a FROM base name or `--platform` value. */
export function expandWord(word: string, env: Env, escape = '\\'): Expansion {
  // Fast path: nothing to process, which is most FROM lines.
  if (!/[$'"\\`]/.test(word)) {
    return { result: word, matched: new Set(), unmatched: new Set(), error: null };
  }
  const lexer = new Lexer(word, env, escape);
  const result = lexer.word(null);
  return { result, matched: lexer.matched, unmatched: lexer.unmatched, error: lexer.error };
}

/** True when `word` holds something BuildKit's lexer would change (a variable, a quote, an escape). */
export function hasExpansion(word: string, escape = '\\'): boolean {
  return expandWord(word, new Map(), escape).result !== word;
}
