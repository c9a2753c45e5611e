/**
 * `.dockerignore` as BuildKit reads it (moby/patternmatcher and its ignorefile): the file's
 * patterns, and whether a build-context path, or a directory above it, is excluded. Pure; never
 * throws. Matching runs in time linear in pattern × path, whatever the pattern (no regex
 * backtracking on user input).
 */

/** One pattern, compiled the way patternmatcher's compile() classifies it. */
interface Pattern {
  exclusion: boolean;
  /** exact: the path equals `text`; prefix: starts with it; suffix: ends with it; glob: tokens */
  kind: 'exact' | 'prefix' | 'suffix' | 'glob';
  text: string;
  tokens: Token[];
}

type Token =
  | { t: 'char'; c: string }
  /** `*`: any run of characters but `/` */
  | { t: 'star' }
  /** `?`: one character but `/` */
  | { t: 'one' }
  /** `**` (and `** /`) inside a pattern: nothing, or anything that ends with `/` */
  | { t: 'dirs' }
  /** `**` at the end of a pattern that is already a glob: anything */
  | { t: 'rest' }
  | { t: 'class'; negated: boolean; ranges: [string, string][] };

/** Go's path.Clean for slash-separated paths. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p[0] === '/';
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** The patterns of a `.dockerignore`, as ignorefile.ReadAll returns them. */
export function readIgnoreFile(text: string): string[] {
  const patterns: string[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const line of body.split('\n')) {
    // a comment only when `#` is the very first character: `  # x` is the pattern `# x`
    if (line.startsWith('#')) continue;
    let p = line.trim();
    if (p === '') continue;
    const invert = p[0] === '!';
    if (invert) p = p.slice(1).trim();
    if (p.length > 0) {
      p = cleanPath(p);
      if (p.length > 1 && p[0] === '/') p = p.slice(1);
    }
    patterns.push(invert ? `!${p}` : p);
  }
  return patterns;
}

/**
 * A `[...]` class at `pattern[at]`, read as filepath.Match reads one (which BuildKit runs on every
 * pattern first); null where Match calls the pattern bad: unclosed, empty, or a bare `-` or `]`.
 */
function readClass(pattern: string, at: number): { token: Token; end: number } | null {
  let i = at + 1;
  const negated = pattern[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  // filepath.Match's getEsc: one character, `\` escaping the next; `-` and `]` must be escaped
  const esc = (): string | null => {
    if (i >= pattern.length || pattern[i] === '-' || pattern[i] === ']') return null;
    if (pattern[i] === '\\') i++;
    return i < pattern.length ? pattern[i++]! : null;
  };
  for (;;) {
    if (pattern[i] === ']' && ranges.length > 0) {
      return { token: { t: 'class', negated, ranges }, end: i + 1 };
    }
    const lo = esc();
    if (lo === null) return null;
    let hi = lo;
    if (pattern[i] === '-') {
      i++;
      const h = esc();
      if (h === null) return null;
      hi = h;
    }
    ranges.push([lo, hi]);
  }
}

/** Compiles one cleaned pattern as patternmatcher does; null when BuildKit would refuse it. */
function compile(text: string, exclusion: boolean): Pattern | null {
  let kind: Pattern['kind'] = 'exact';
  const tokens: Token[] = [];
  let i = 0;
  for (let n = 0; i < text.length; n++) {
    const ch = text[i++]!;
    if (ch === '*') {
      if (text[i] === '*') {
        i++;
        if (text[i] === '/') i++;
        if (i >= text.length) {
          // `**` at the end matches everything below, as in .gitignore
          if (kind === 'exact') kind = 'prefix';
          else {
            tokens.push({ t: 'rest' });
            kind = 'glob';
          }
        } else {
          tokens.push({ t: 'dirs' });
          kind = 'glob';
        }
        if (n === 0) kind = 'suffix';
      } else {
        tokens.push({ t: 'star' });
        kind = 'glob';
      }
    } else if (ch === '?') {
      tokens.push({ t: 'one' });
      kind = 'glob';
    } else if (ch === '\\') {
      if (i < text.length) {
        tokens.push({ t: 'char', c: text[i++]! });
        kind = 'glob';
      } else tokens.push({ t: 'char', c: '\\' });
    } else if (ch === '[') {
      const cls = readClass(text, i - 1);
      if (!cls) return null;
      tokens.push(cls.token);
      i = cls.end;
      kind = 'glob';
    } else {
      tokens.push({ t: 'char', c: ch });
    }
  }
  return { exclusion, kind, text, tokens };
}

function inClass(token: Extract<Token, { t: 'class' }>, c: string): boolean {
  let hit = false;
  for (const [lo, hi] of token.ranges) if (c >= lo && c <= hi) hit = true;
  return hit !== token.negated;
}

/** Whether `tokens` match all of `path`: one linear sweep per token, no backtracking. */
function globMatch(tokens: Token[], path: string): boolean {
  const n = path.length;
  // ok[j]: the tokens so far can match path[0, j)
  let ok = new Uint8Array(n + 1);
  ok[0] = 1;
  for (const token of tokens) {
    const next = new Uint8Array(n + 1);
    // `seen`: some ok[k] with k <= j, for the tokens that may span any length
    let seen = false;
    for (let j = 0; j <= n; j++) {
      const prev = j > 0 ? path[j - 1]! : '';
      switch (token.t) {
        case 'char':
          if (j > 0 && ok[j - 1] && prev === token.c) next[j] = 1;
          break;
        case 'one':
          if (j > 0 && ok[j - 1] && prev !== '/') next[j] = 1;
          break;
        case 'class':
          if (j > 0 && ok[j - 1] && prev !== '/' && inClass(token, prev)) next[j] = 1;
          break;
        case 'star':
          // nothing, or one more character but `/` after a match
          if (ok[j] || (j > 0 && next[j - 1] && prev !== '/')) next[j] = 1;
          break;
        case 'dirs':
          // nothing, or anything that ends with `/`
          if (ok[j] || (seen && prev === '/')) next[j] = 1;
          break;
        case 'rest':
          if (ok[j] || seen) next[j] = 1;
          break;
      }
      if (ok[j]) seen = true;
    }
    ok = next;
  }
  return ok[n] === 1;
}

function matches(p: Pattern, path: string): boolean {
  switch (p.kind) {
    case 'exact':
      return path === p.text;
    case 'prefix':
      return path.startsWith(p.text.slice(0, -2));
    case 'suffix': {
      const suffix = p.text.slice(2);
      // `**/foo` matches `foo` itself too
      return path.endsWith(suffix) || (suffix[0] === '/' && path === suffix.slice(1));
    }
    case 'glob':
      return globMatch(p.tokens, path);
  }
}

/** Answers whether a build-context path is excluded, as BuildKit's MatchesOrParentMatches does. */
export interface IgnoreMatcher {
  excludes(path: string): boolean;
  /** some pattern is a `!` exception (patternmatcher's Exclusions()) */
  hasExceptions: boolean;
  /** a non-exception pattern is exactly `*`, `**` or `**` + `/*`: it leaves out every root entry */
  ignoresRoot: boolean;
}

/** The patterns BuildKit's copySourceRootIgnored takes to exclude the whole context root. */
const ROOT_PATTERNS: ReadonlySet<string> = new Set(['*', '**', '**/*']);

/**
 * The matcher for a `.dockerignore`'s text; null when the file holds no pattern, or one BuildKit
 * refuses (a bare `!`, an unclosed `[`), since then the build stops before any check runs.
 */
export function ignoreMatcher(text: string): IgnoreMatcher | null {
  const patterns: Pattern[] = [];
  // readIgnoreFile's patterns are already trimmed and cleaned, as patternmatcher.New would make them
  for (let p of readIgnoreFile(text)) {
    const exclusion = p[0] === '!';
    if (exclusion) {
      if (p.length === 1) return null;
      p = p.slice(1);
    }
    const compiled = compile(p, exclusion);
    if (!compiled) return null;
    patterns.push(compiled);
  }
  if (patterns.length === 0) return null;
  return {
    hasExceptions: patterns.some((p) => p.exclusion),
    ignoresRoot: patterns.some((p) => !p.exclusion && ROOT_PATTERNS.has(p.text)),
    excludes(file: string): boolean {
      // the directories above the file, outermost first: `a`, `a/b` for `a/b/c` (filepath.Dir)
      const slash = file.lastIndexOf('/');
      const parent = slash < 0 ? '.' : cleanPath(file.slice(0, slash) || '/');
      const above: string[] = [];
      if (parent !== '.') {
        let prefix = '';
        for (const dir of parent.split('/')) {
          prefix = above.length === 0 ? dir : `${prefix}/${dir}`;
          above.push(prefix);
        }
      }
      let matched = false;
      for (const p of patterns) {
        // an inclusion cannot add to a match, nor an exclusion undo a non-match
        if (p.exclusion !== matched) continue;
        if (matches(p, file) || above.some((dir) => matches(p, dir))) matched = !p.exclusion;
      }
      return matched;
    },
  };
}
