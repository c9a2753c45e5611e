/**
 * The shell patterns of `${V#p}`, `${V%p}` and `${V/p/r}` as BuildKit evaluates them
 * (frontend/dockerfile/shell/lex.go): it turns the pattern into a Go regular expression (`*` is
 * `.*`, or `.*?` for the shortest form, `?` is `.`) and runs it with Go's linear-time engine, with
 * leftmost-first priorities. JavaScript's RegExp backtracks, so the same regular expression can take
 * exponential time here; this module runs the pattern on a small Pike virtual machine instead, whose
 * cost is at most (value length + 1) × (pattern length + 2) steps per search. Every step is counted
 * against a budget shared by one analysis, so no file can make the analyzer loop for long.
 */

/** `?` in a compiled pattern: any one character except a newline (Go's `.`). */
const ANY = -1;
/** `*` in a compiled pattern: any run of characters except newlines (Go's `.*` or `.*?`). */
const STAR = -2;
const NEWLINE = 10;

/** Counts matcher steps; `limit` is how many one analysis may spend on patterns. */
export interface PatternBudget {
  steps: number;
  limit: number;
}

/**
 * Enough for every realistic FROM line many times over (a 1,000-character value against a
 * 100-character pattern is about 100,000 steps), and small enough to run in well under a second.
 */
export const DEFAULT_PATTERN_STEP_LIMIT = 20_000_000;

/** A fresh budget for one analysis. */
export function patternBudget(limit = DEFAULT_PATTERN_STEP_LIMIT): PatternBudget {
  return { steps: 0, limit };
}

/** Thrown when a pattern would cost more steps than its budget has left. */
export class PatternBudgetExceeded extends Error {
  constructor() {
    super('pattern substitution needs too many steps to evaluate');
  }
}

/** A pattern's result: the new value, or BuildKit's error message. */
export type PatternResult = { value: string } | { error: string };

interface Compiled {
  pieces: Int32Array;
  greedy: boolean;
  current: ThreadList;
  next: ThreadList;
  generation: number;
}

/** A value as code points (what Go's `.` matches), with each one's UTF-16 offset for slicing. */
interface Text {
  source: string;
  points: number[];
  /** offsets[i] is where code point i starts; offsets[points.length] is the length */
  offsets: number[];
}

function textOf(source: string): Text {
  const points: number[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of source) {
    offsets.push(offset);
    points.push(ch.codePointAt(0) as number);
    offset += ch.length;
  }
  offsets.push(offset);
  return { source, points, offsets };
}

/** The code points [start, end) of `text` as a string. */
function slice(text: Text, start: number, end: number): string {
  return text.source.slice(text.offsets[start], text.offsets[end]);
}

/**
 * `convertShellPatternToRegex`: `\}` and `\/` lose their escape, `\*`, `\?` and `\\` are literal,
 * any other escape is an error. Runs of `*` collapse into one, which matches the same strings with
 * the same priorities and keeps the machine's closure to two states.
 */
function compile(pattern: string, greedy: boolean): Compiled | { error: string } {
  const chars = Array.from(pattern);
  const pieces: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '*') {
      if (pieces[pieces.length - 1] !== STAR) pieces.push(STAR);
    } else if (ch === '?') {
      pieces.push(ANY);
    } else if (ch === '\\') {
      const next = chars[i + 1];
      if (next === '}' || next === '/') continue;
      if (next !== '*' && next !== '?' && next !== '\\') {
        return {
          error: `invalid pattern (${pattern}) in substitution: invalid escape '\\${next ?? ''}'`,
        };
      }
      pieces.push(next.codePointAt(0) as number);
      i++;
    } else {
      pieces.push(ch.codePointAt(0) as number);
    }
  }
  const size = pieces.length + 1;
  return {
    pieces: Int32Array.from(pieces),
    greedy,
    current: new ThreadList(size),
    next: new ThreadList(size),
    generation: 0,
  };
}

/** One list of threads: states in priority order, each with the position its match started. */
class ThreadList {
  readonly states: Int32Array;
  readonly starts: Int32Array;
  readonly seen: Int32Array;
  length = 0;
  generation = 0;

  constructor(size: number) {
    this.states = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.seen = new Int32Array(size);
  }

  clear(generation: number): void {
    this.length = 0;
    this.generation = generation;
  }

  push(state: number, start: number): void {
    if (this.seen[state] === this.generation) return;
    this.seen[state] = this.generation;
    this.states[this.length] = state;
    this.starts[this.length] = start;
    this.length++;
  }
}

function spend(budget: PatternBudget, steps: number): void {
  budget.steps += steps;
  if (budget.steps > budget.limit) throw new PatternBudgetExceeded();
}

/** Adds `state` and what it reaches without reading a character, in leftmost-first order. */
function addClosure(list: ThreadList, compiled: Compiled, state: number, start: number): void {
  if (compiled.pieces[state] !== STAR) {
    list.push(state, start);
  } else if (compiled.greedy) {
    list.push(state, start);
    list.push(state + 1, start);
  } else {
    list.push(state + 1, start);
    list.push(state, start);
  }
}

/** The state after `state` reads `char`, or -1 when it cannot. */
function advance(compiled: Compiled, state: number, char: number): number {
  const piece = compiled.pieces[state] as number;
  if (piece === STAR) return char === NEWLINE ? -1 : state;
  if (piece === ANY) return char === NEWLINE ? -1 : state + 1;
  return piece === char ? state + 1 : -1;
}

/**
 * Go's leftmost-first search of `text` from `from`: the [start, end) of the first match, or null.
 * `anchored` allows a match to start at `from` only (the `^` BuildKit puts before prefix patterns).
 */
function search(
  compiled: Compiled,
  text: Text,
  from: number,
  anchored: boolean,
  budget: PatternBudget,
): [number, number] | null {
  const final = compiled.pieces.length;
  // the lists and their generation stamps live with the pattern: a replace-all searches many times
  let current = compiled.current;
  let next = compiled.next;
  current.clear(++compiled.generation);
  let found: [number, number] | null = null;
  for (let position = from; ; position++) {
    if (found === null && (!anchored || position === from)) {
      addClosure(current, compiled, 0, position);
    }
    if (current.length === 0) break;
    spend(budget, current.length);
    next.clear(++compiled.generation);
    const char = position < text.points.length ? (text.points[position] as number) : -1;
    for (let t = 0; t < current.length; t++) {
      const state = current.states[t] as number;
      const start = current.starts[t] as number;
      if (state === final) {
        // threads after this one have lower priority and can never win
        found = [start, position];
        break;
      }
      if (char < 0) continue;
      const target = advance(compiled, state, char);
      if (target >= 0) addClosure(next, compiled, target, start);
    }
    if (char < 0) break;
    [current, next] = [next, current];
  }
  return found;
}

/** Go's `Regexp.Expand` for a match without groups: `$0` and `${0}` are the match, `$$` a `$`. */
function expandTemplate(template: string, match: string): string {
  return template.replace(/\$(?:\$|\{(\w+)\}|(\w+))?/g, (whole, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare;
    if (name === undefined) return '$';
    return name === '0' || /^0+$/.test(name) ? match : '';
  });
}

/** `trimPrefix`: removes the shortest (or, `greedy`, the longest) prefix `pattern` matches. */
export function trimPrefix(
  value: string,
  pattern: string,
  greedy: boolean,
  budget: PatternBudget,
): PatternResult {
  const compiled = compile(pattern, greedy);
  if ('error' in compiled) return compiled;
  const text = textOf(value);
  const match = search(compiled, text, 0, true, budget);
  return { value: match === null ? value : slice(text, match[1], text.points.length) };
}

/** `trimSuffix`: BuildKit reverses the pattern and the value and trims a prefix. */
export function trimSuffix(
  value: string,
  pattern: string,
  greedy: boolean,
  budget: PatternBudget,
): PatternResult {
  const trimmed = trimPrefix(reverseText(value), reversePattern(pattern), greedy, budget);
  return 'error' in trimmed ? trimmed : { value: reverseText(trimmed.value) };
}

/**
 * `${V/pattern/replacement}` (the first match) and `${V//pattern/replacement}` (every match, with
 * Go's `ReplaceAllString`: the replacement is a template, and an empty match right after a match
 * is skipped).
 */
export function replacePattern(
  value: string,
  pattern: string,
  replacement: string,
  all: boolean,
  budget: PatternBudget,
): PatternResult {
  const compiled = compile(pattern, true);
  if ('error' in compiled) return compiled;
  const text = textOf(value);
  const length = text.points.length;
  if (!all) {
    const match = search(compiled, text, 0, false, budget);
    if (match === null) return { value };
    const [start, end] = match;
    return { value: slice(text, 0, start) + replacement + slice(text, end, length) };
  }
  const isTemplate = replacement.includes('$');
  const parts: string[] = [];
  let lastEnd = 0;
  for (let searchFrom = 0; searchFrom <= length;) {
    const match = search(compiled, text, searchFrom, false, budget);
    if (match === null) break;
    const [start, end] = match;
    parts.push(slice(text, lastEnd, start));
    if (end > lastEnd || start === 0) {
      parts.push(isTemplate ? expandTemplate(replacement, slice(text, start, end)) : replacement);
    }
    lastEnd = end;
    searchFrom = Math.max(searchFrom + 1, end);
  }
  parts.push(slice(text, lastEnd, length));
  return { value: parts.join('') };
}

/** `reversePattern`: reverses the pattern but keeps each escape before the character it escapes. */
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array<string>(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last;) {
    const ch = chars[i] as string;
    if (ch === '\\' && i !== last) {
      out[last - i - 1] = ch;
      out[last - i] = chars[i + 1] as string;
      i += 2;
    } else {
      out[last - i] = ch;
      i++;
    }
  }
  return out.join('');
}

function reverseText(text: string): string {
  return Array.from(text).reverse().join('');
}
