/**
 * A Dockerfile parser that mirrors BuildKit's (moby/buildkit frontend/dockerfile/parser): the
 * same directives, continuations, heredocs, flags and JSON fallback, but it never stops at the
 * first error. Problems become diagnostics and every node keeps its source range.
 */
import type {
  Comment,
  Diagnostic,
  Directive,
  Dockerfile,
  Flag,
  Heredoc,
  Instruction,
  Range,
  Word,
} from '../types';
import { findHeredocs } from './heredoc';
import * as scan from './scan';

// Bound once: module tooling that compiles imports into getter calls (tsx, webpack in dev) made
// each per-character call cost more than the work it does.
const { extractFlags, goQuote, isReSpace, parseJsonArray, codesInto, wordSpanCodes } = scan;
const NOT_STRINGS = scan.NOT_STRINGS;
const BITS = scan.CODE_BITS;
const SP = scan.BIT_SPACE;
const TSP = scan.BIT_TOKEN_SPACE;
const CH_TAB = 9;
const CH_SPACE = 32;
const CH_HASH = 35;
const CH_DASH = 45;
const CH_EQUALS = 61;
const CH_LBRACKET = 91;
const CH_BACKSLASH = 92;
const CH_BACKTICK = 96;

/**
 * Each keyword's uppercase spelling as a literal: V8 interns literals, so an instruction's
 * `keyword` is the very string a rule's `=== 'RUN'` compares against, a pointer compare.
 */
const UPPERCASE: Readonly<Record<string, string>> = {
  add: 'ADD',
  arg: 'ARG',
  cmd: 'CMD',
  copy: 'COPY',
  entrypoint: 'ENTRYPOINT',
  env: 'ENV',
  expose: 'EXPOSE',
  from: 'FROM',
  healthcheck: 'HEALTHCHECK',
  label: 'LABEL',
  maintainer: 'MAINTAINER',
  onbuild: 'ONBUILD',
  run: 'RUN',
  shell: 'SHELL',
  stopsignal: 'STOPSIGNAL',
  user: 'USER',
  volume: 'VOLUME',
  workdir: 'WORKDIR',
};

/** Keywords BuildKit's parser dispatches on (lowercase). */
export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(Object.keys(UPPERCASE));

// what the parser does with each keyword, looked up once per instruction
const K_JSON = 1;
const K_HEREDOC = 2;
const K_HEALTHCHECK = 4;
const K_KEY_VALUE = 8;
const K_ONBUILD = 16;

interface Keyword {
  lower: string;
  upper: string;
  kinds: number;
}

/** Known keywords by their lowercase spelling, for non-ASCII keywords that lower to one. */
const KEYWORDS = new Map<string, Keyword>();
/** Known keywords by the lowercase letter they start with. */
const BY_LETTER: Keyword[][] = Array.from({ length: 26 }, () => []);
for (const k of KNOWN_INSTRUCTIONS) {
  let kinds = 0;
  if (['run', 'cmd', 'entrypoint', 'shell', 'add', 'copy', 'volume'].includes(k)) kinds |= K_JSON;
  if (k === 'run' || k === 'copy' || k === 'add') kinds |= K_HEREDOC;
  if (k === 'healthcheck') kinds |= K_HEALTHCHECK;
  if (k === 'env' || k === 'label') kinds |= K_KEY_VALUE;
  if (k === 'onbuild') kinds |= K_ONBUILD;
  const entry: Keyword = { lower: k, upper: UPPERCASE[k] ?? k.toUpperCase(), kinds };
  KEYWORDS.set(k, entry);
  BY_LETTER[k.charCodeAt(0) - 97]?.push(entry);
}

/**
 * The known keyword spelt by codes[a, c) in any ASCII casing, without building a string; null
 * when there is none (or when the word has non-ASCII units, which take the string path). Sets
 * `st.casing`: 1 all lowercase, 2 all uppercase, 0 mixed.
 */
function asciiKeyword(st: State, codes: Uint8Array, a: number, c: number): Keyword | null {
  const list = BY_LETTER[((codes[a] as number) | 0x20) - 97];
  if (list === undefined) return null;
  const len = c - a;
  for (let k = 0; k < list.length; k++) {
    const e = list[k] as Keyword;
    const w = e.lower;
    if (w.length !== len) continue;
    let i = 0;
    let lower = true;
    let upper = true;
    for (; i < len; i++) {
      const ch = codes[a + i] as number;
      // `| 0x20` folds only ASCII letters onto lowercase letters
      if ((ch | 0x20) !== w.charCodeAt(i)) break;
      if (ch >= 97) upper = false;
      else lower = false;
    }
    if (i === len) {
      st.casing = lower ? 1 : upper ? 2 : 0;
      return e;
    }
  }
  return null;
}

const DIRECTIVES = new Set(['syntax', 'escape', 'check']);

// Most instructions have no flags and no heredocs: they share these. The readonly types keep
// writers out; the arrays are not frozen, because V8 does not inline `for…of` over a frozen array
// and would allocate an iterator and a result object per loop in every reader.
const NO_FLAGS: readonly Flag[] = [];
const NO_HEREDOCS: readonly Heredoc[] = [];

/**
 * Maps offsets in an instruction's joined text (continuations removed) back to the source.
 * Segment k starts at text offset off[k], which is source line line[k], column col[k] (0-based).
 */
class SegmentMap {
  off: number[] = [];
  line: number[] = [];
  col: number[] = [];
  /** segments in use; the arrays are reused across instructions */
  n = 0;

  /** the segment last looked up: ranges are mostly asked for left to right */
  cur = 0;

  reset(): void {
    this.n = 0;
    this.cur = 0;
  }

  /** for the first segment: its 1-based line, and what turns an offset into a 1-based column */
  line0 = 1;
  base0 = 1;

  add(off: number, line: number, col: number): void {
    const k = this.n++;
    if (k === 0) {
      this.line0 = line + 1;
      this.base0 = col - off + 1;
    }
    this.off[k] = off;
    this.line[k] = line;
    this.col[k] = col;
  }

  /** The last segment that starts at or before text offset `o` (segment 0 starts at 0). */
  private seg(o: number): number {
    const n = this.n;
    const off = this.off;
    let k = this.cur;
    // walk on from the last lookup; back to the start when `o` lies before it
    if (k >= n || (off[k] as number) > o) k = 0;
    while (k + 1 < n && (off[k + 1] as number) <= o) k++;
    this.cur = k;
    return k;
  }

  /** 1-based range of text[start, end); the end stays on the line of the last character. */
  range(start: number, end: number): Range {
    if (this.n !== 1) return this.rangeAcross(start, end);
    // kept small so that it inlines: one line, columns by offset
    const line = this.line0;
    const base = this.base0;
    return {
      line,
      column: base + start,
      endLine: line,
      endColumn: base + (end <= start ? start : end),
    };
  }

  private rangeAcross(start: number, end: number): Range {
    const a = this.seg(start);
    const line = (this.line[a] ?? 0) + 1;
    const column = (this.col[a] ?? 0) + start - (this.off[a] ?? 0) + 1;
    if (end <= start) return { line, column, endLine: line, endColumn: column };
    const b = this.seg(end - 1);
    return {
      line,
      column,
      endLine: (this.line[b] ?? 0) + 1,
      endColumn: (this.col[b] ?? 0) + end - (this.off[b] ?? 0) + 1,
    };
  }
}

interface State {
  esc: number;
  diagnostics: Diagnostic[];
  map: SegmentMap;
  /** scratch for word spans and flag words, reused across instructions */
  spans: number[];
  found: scan.FlagScan;
  /** how the last keyword asciiKeyword matched was cased */
  casing: number;
  /** what the last top-level instruction and its ONBUILD trigger are (K_* bits) */
  kinds: number;
  innerKinds: number;
}

function diag(rule: string, message: string, range: Range, suggestion?: string): Diagnostic {
  const d: Diagnostic = { rule, severity: 'error', message, ...range };
  if (suggestion !== undefined) d.suggestion = suggestion;
  return d;
}

/** Levenshtein distance, capped: returns `cap` as soon as it is exceeded. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? cap + 1;
}

/**
 * The closest known keyword at Levenshtein distance < 3, cased like the input (BuildKit's
 * suggest.WrapError with matchCase: all-lower stays lower, all-upper stays upper).
 */
function suggestKeyword(raw: string, kw: string): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of KNOWN_INSTRUCTIONS) {
    const d = distance(kw, k, 2);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  if (best === undefined) return undefined;
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase() ? best.toUpperCase() : best;
}

/** The `Flag`s for the flag words extractFlags found (packed arrays of their own size). */
function makeFlags(found: scan.FlagScan, text: string, map: SegmentMap): Flag[] {
  const n = found.count;
  if (n === 1) return [makeFlag(found, 0, text, map)];
  if (n === 2) return [makeFlag(found, 0, text, map), makeFlag(found, 1, text, map)];
  const flags: Flag[] = [];
  for (let k = 0; k < n; k++) flags.push(makeFlag(found, k, text, map));
  return flags;
}

function makeFlag(found: scan.FlagScan, k: number, text: string, map: SegmentMap): Flag {
  const start = found.pos[3 * k] as number;
  const end = found.pos[3 * k + 1] as number;
  const eqAt = found.pos[3 * k + 2] as number;
  const w = found.words[k];
  let name: string;
  let value: string | null;
  if (w === null || w === undefined) {
    // no quotes or escapes: name and value are plain source text
    name = eqAt < 0 ? text.slice(start + 2, end) : text.slice(start + 2, eqAt);
    value = eqAt < 0 ? null : text.slice(eqAt + 1, end);
  } else {
    const eq = w.indexOf('=');
    name = eq < 0 ? w.slice(2) : w.slice(2, eq);
    value = eq < 0 ? null : w.slice(eq + 1);
  }
  return {
    name,
    value,
    range: map.range(start, end),
    valueRange: eqAt < 0 ? null : map.range(eqAt + 1, end),
  };
}

/**
 * `newNodeFromLine` over text[from, to) (`codes` is `text` as toCodes gives it): keyword, flags,
 * arguments and their interpretation. Returns null for an empty line.
 */
function buildInstruction(
  st: State,
  text: string,
  codes: Uint8Array,
  from: number,
  to: number,
  nested: boolean,
): Instruction | null {
  // locals, not the module constants: bundlers emit those as `var`s, which each pass of a hot
  // loop would reload from the module context and check again
  const bits = BITS;
  const sp = SP;
  const tsp = TSP;
  let a = from;
  let b = to;
  while (a < b && ((bits[codes[a] as number] as number) & sp) !== 0) a++;
  while (b > a && ((bits[codes[b - 1] as number] as number) & sp) !== 0) b--;
  if (a === b) return null;
  let c = a;
  while (c < b && ((bits[codes[c] as number] as number) & tsp) === 0) c++;
  // a known keyword in one casing reuses the table's strings
  const ascii = asciiKeyword(st, codes, a, c);
  const casing = ascii ? st.casing : 0;
  const keywordRaw =
    ascii && casing ? (casing === 1 ? ascii.lower : ascii.upper) : text.slice(a, c);
  const known = ascii ?? KEYWORDS.get(keywordRaw.toLowerCase());
  const kinds = known ? known.kinds : 0;
  const map = st.map;
  const keywordRange = map.range(a, c);

  let as = b;
  let flags = NO_FLAGS;
  if (c < b) {
    let r = c;
    while (r < b && ((bits[codes[r] as number] as number) & tsp) !== 0) r++;
    while (r < b && ((bits[codes[r] as number] as number) & sp) !== 0) r++;
    as = r;
    if (r + 1 < b && codes[r] === CH_DASH && codes[r + 1] === CH_DASH) {
      as = extractFlags(text, codes, r, b, st.found);
      flags = makeFlags(st.found, text, map);
    }
    while (as < b && ((bits[codes[as] as number] as number) & sp) !== 0) as++;
  }
  const argText = text.slice(as, b);
  const spans = st.spans;
  const nSpans = wordSpanCodes(codes, as, b, st.esc, spans);
  let args: Word[];
  const argsRange = as < b ? map.range(as, b) : undefined;
  if (nSpans === 2 && spans[0] === as && spans[1] === b) {
    // a lone word is often the whole argument text: share the string, and the range too, since
    // no reader mutates a Range (111 of 254 instructions in BuildKit's Dockerfile)
    args = [{ value: argText, range: argsRange as Range }];
  } else {
    args = new Array<Word>(nSpans >> 1);
    for (let k = 0; k < nSpans; k += 2) {
      const ws = spans[k] as number;
      const we = spans[k + 1] as number;
      args[k >> 1] = { value: text.slice(ws, we), range: map.range(ws, we) };
    }
  }

  const inst: Instruction = {
    // toUpperCase, except that an ASCII match needs none
    keyword: ascii ? ascii.upper : keywordRaw.toUpperCase(),
    keywordRaw,
    keywordRange,
    // a top-level instruction's range is set once its continuations and heredocs are known
    range: nested ? map.range(a, b) : keywordRange,
    flags,
    args,
    text: argText,
    json: null,
    heredocs: NO_HEREDOCS,
    // every optional field is present from the start, in the order they were once added, so all
    // instructions share one shape; JSON leaves the undefined ones out
    argsRange,
    onbuild: undefined,
    emptyContinuationLines: undefined,
    prevComments: undefined,
    continuationEndLine: undefined,
  };

  if (kinds & (K_JSON | K_HEALTHCHECK)) {
    let jsonStart = as;
    if (kinds & K_HEALTHCHECK) {
      // HEALTHCHECK <type> <command>: only the command part may be JSON
      while (jsonStart < b && ((bits[codes[jsonStart] as number] as number) & sp) === 0)
        jsonStart++;
      while (jsonStart < b && ((bits[codes[jsonStart] as number] as number) & sp) !== 0)
        jsonStart++;
    }
    if (codes[jsonStart] === CH_LBRACKET && jsonStart < b) {
      const json = parseJsonArray(text.slice(jsonStart, b));
      if (json === NOT_STRINGS) {
        st.diagnostics.push(
          diag(
            'json-array-non-string',
            'when using JSON array syntax, arrays must be comprised of strings only',
            map.range(jsonStart, b),
          ),
        );
      } else if (json) inst.json = json;
    }
  } else if (kinds & K_KEY_VALUE) {
    keyValueError(st, inst, codes, as, b);
  } else if (kinds & K_ONBUILD && !nested) {
    // One level only: BuildKit refuses `ONBUILD ONBUILD` whatever follows (instructions/parse.go,
    // "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"), so a chain thousands deep costs
    // one nested instruction, not a recursion per level.
    const inner = buildInstruction(st, text, codes, as, b, true);
    if (inner) inst.onbuild = inner;
  } else if (!nested && !known) {
    // an ONBUILD trigger is only checked when a child image runs it
    const kw = keywordRaw.toLowerCase();
    const suggestion = suggestKeyword(keywordRaw, kw);
    const message =
      `unknown instruction: ${keywordRaw}` + (suggestion ? ` (did you mean ${suggestion}?)` : '');
    const d = diag('unknown-instruction', message, keywordRange, suggestion);
    if (suggestion) d.fix = { ...keywordRange, text: suggestion };
    st.diagnostics.push(d);
  }
  if (nested) st.innerKinds = kinds;
  else st.kinds = kinds;
  return inst;
}

/**
 * `parseNameVal`'s errors for ENV and LABEL, read off the argument words already split: the
 * legacy `KEY value` form needs a space, the `KEY=value` form an `=` in every word.
 */
function keyValueError(
  st: State,
  inst: Instruction,
  codes: Uint8Array,
  as: number,
  b: number,
): void {
  const args = inst.args;
  const first = args[0];
  if (!first) return;
  if (!first.value.includes('=')) {
    let ws = as;
    while (ws < b && ((BITS[codes[ws] as number] as number) & TSP) === 0) ws++;
    if (ws < b) return;
    const message = `${inst.keyword} must have two arguments`;
    st.diagnostics.push(diag('invalid-key-value', message, inst.argsRange ?? inst.keywordRange));
    return;
  }
  for (let k = 1; k < args.length; k++) {
    const w = args[k] as Word;
    if (w.value.includes('=')) continue;
    const message = `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value`;
    st.diagnostics.push(diag('invalid-key-value', message, w.range));
    return;
  }
}

/** Parses the directive at the top of the file; null when `line` is not a directive. */
function matchDirective(
  line: string,
  s: number,
): { name: string; value: string; valueStart: number; valueEnd: number } | null {
  const n = line.length;
  if (line.charCodeAt(s) !== CH_HASH) return null;
  let i = s + 1;
  while (i < n && isReSpace(line.charCodeAt(i))) i++;
  const k0 = i;
  const first = line.charCodeAt(i) | 0x20;
  if (!(first >= 97 && first <= 122)) return null;
  i++;
  while (i < n) {
    const c = line.charCodeAt(i);
    const l = c | 0x20;
    if ((l >= 97 && l <= 122) || (c >= 48 && c <= 57)) i++;
    else break;
  }
  const name = line.slice(k0, i).toLowerCase();
  while (i < n && isReSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== CH_EQUALS) return null;
  i++;
  while (i < n && isReSpace(line.charCodeAt(i))) i++;
  let e = n;
  while (e > i && isReSpace(line.charCodeAt(e - 1))) e--;
  if (e <= i) return null;
  return { name, value: line.slice(i, e), valueStart: i, valueEnd: e };
}

/** Parses a Dockerfile the way BuildKit does. Never throws; problems become `diagnostics`. */
export function parse(source: string): Dockerfile {
  const src = typeof source === 'string' ? source : String(source ?? '');
  try {
    return parseSource(src);
  } catch (error) {
    // A bug here must not take the editor down, nor pass for an empty file: the failure is an
    // error diagnostic, which analyze() reports instead of any finding about the empty result.
    const message = `the parser failed on this file (${String(error)}), so it was not analyzed; please report the file`;
    const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      directives: [],
      escape: '\\',
      instructions: [],
      comments: [],
      diagnostics: [{ ...start, rule: 'internal-error', severity: 'error', message }],
      lines: src.split('\n'),
    };
  }
}

const MAX_LINE = 65535;

/** Where each source line starts and ends; scratch, reused across calls. */
const LINE_STARTS: number[] = [];
const LINE_ENDS: number[] = [];

function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * Byte-code scratch for the source and for joined continuation text, reused across calls: a
 * fresh typed array this size lives outside the heap and costs more to set up than to fill.
 * Nothing past the text's length is read, and no result keeps a reference.
 */
let SRC_CODES = new Uint8Array(4096);
let JOIN_CODES = new Uint8Array(1024);

/**
 * Per-instruction scratch, reused across calls too: made afresh per call, these grew from empty
 * in every call and were left as garbage. parse() never re-enters itself.
 */
const SEGMENTS = new SegmentMap();
const SPANS: number[] = [];
const FOUND: scan.FlagScan = { count: 0, pos: [], words: [] };

function parseSource(input: string): Dockerfile {
  // locals for the module constants the loops read (see buildInstruction)
  const bits = BITS;
  const sp = SP;
  const chSpace = CH_SPACE;
  const chTab = CH_TAB;
  const chHash = CH_HASH;
  const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (SRC_CODES.length < src.length) SRC_CODES = new Uint8Array(src.length * 2);
  const codes = codesInto(src, SRC_CODES);
  // where each line starts in `src`; line k is src[starts[k], ends[k]) (scratch arrays)
  const starts = LINE_STARTS;
  const ends = LINE_ENDS;
  const hasCR = src.indexOf('\r') >= 0;
  let lines: string[];
  if (!hasCR) {
    // V8's split finds the line breaks and cuts the pieces in one runtime call, cheaper than
    // an indexOf and a slice per line
    lines = src.split('\n');
    for (let k = 0, p = 0; k < lines.length; k++) {
      const e = p + (lines[k] as string).length;
      starts[k] = p;
      ends[k] = e;
      p = e + 1;
    }
  } else {
    lines = [];
    for (let p = 0; ;) {
      const nl = src.indexOf('\n', p);
      let e = nl < 0 ? src.length : nl;
      while (e > p && codes[e - 1] === 13) e--;
      starts[lines.length] = p;
      ends[lines.length] = e;
      lines.push(src.slice(p, e));
      if (nl < 0) break;
      p = nl + 1;
    }
  }
  const nLines = lines.length;
  // BuildKit's scanner yields no line after a final newline
  const n = src.length > 0 && src.charCodeAt(src.length - 1) === 10 ? nLines - 1 : nLines;

  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  const st: State = {
    esc: CH_BACKSLASH,
    diagnostics: [],
    map: SEGMENTS,
    spans: SPANS,
    found: FOUND,
    casing: 0,
    kinds: 0,
    innerKinds: 0,
  };
  const map = st.map;
  let directivesDone = false;
  const parts: string[] = [];
  let prevComments: string[] | undefined;
  // the first `<<` in `src` at or after the current instruction (-2: not looked for yet)
  let nextLt = -2;

  // the comment on source line `lineNo`, which starts at `p`, is `len` long and has its `#` at `s`
  const comment = (p: number, len: number, lineNo: number, s: number): string => {
    const text = src.slice(p + s + 1, p + len).trim();
    comments.push({
      text,
      range: { line: lineNo, column: s + 1, endLine: lineNo, endColumn: len + 1 },
    });
    return text;
  };

  // BuildKit's line scanner gives up on a physical line over 64 KiB (UTF-8 bytes)
  for (let k = 0; src.length > MAX_LINE / 3 && k < n; k++) {
    const len = (ends[k] as number) - (starts[k] as number);
    if (len > MAX_LINE / 3 && utf8Length(lines[k] as string) > MAX_LINE) {
      st.diagnostics.push(
        diag('line-too-long', `dockerfile line greater than max allowed size of ${MAX_LINE}`, {
          line: k + 1,
          column: 1,
          endLine: k + 1,
          endColumn: len + 1,
        }),
      );
    }
  }

  let i = 0;
  while (i < n) {
    const p = starts[i] as number;
    const len = (ends[i] as number) - p;
    const lineNo = i + 1;
    let s = 0;
    while (s < len && ((bits[codes[p + s] as number] as number) & sp) !== 0) s++;

    if (!directivesDone) {
      const m = matchDirective(src.slice(p, p + len), s);
      if (!m || !DIRECTIVES.has(m.name)) directivesDone = true;
      else {
        const range: Range = {
          line: lineNo,
          column: s + 1,
          endLine: lineNo,
          endColumn: m.valueEnd + 1,
        };
        const valueRange: Range = {
          line: lineNo,
          column: m.valueStart + 1,
          endLine: lineNo,
          endColumn: m.valueEnd + 1,
        };
        if (directives.some((d) => d.name === m.name)) {
          st.diagnostics.push(
            diag('duplicate-directive', `only one ${m.name} parser directive can be used`, range),
          );
        } else if (m.name === 'escape' && m.value !== '\\' && m.value !== '`') {
          st.diagnostics.push(
            diag(
              'invalid-escape-directive',
              `invalid escape token '${m.value}' does not match \` or \\`,
              valueRange,
            ),
          );
        } else {
          directives.push({ name: m.name, value: m.value, range, valueRange });
          if (m.name === 'escape') st.esc = m.value === '`' ? CH_BACKTICK : CH_BACKSLASH;
        }
        i++;
        continue;
      }
    }

    if (s === len) {
      i++;
      continue;
    }
    if (codes[p + s] === chHash) {
      const commentText = comment(p, len, lineNo, s);
      // BuildKit drops the first byte, not the `#`, so an indented comment keeps its `#`
      const text = s === 0 ? commentText : src.slice(p + 1, p + len).trim();
      if (text === '') prevComments = undefined;
      else (prevComments ??= []).push(text);
      i++;
      continue;
    }

    // the first physical line of an instruction
    const esc = st.esc;
    map.reset();
    let e = p + len;
    while (e > p + s && (codes[e - 1] === chSpace || codes[e - 1] === chTab)) e--;
    let cont = e > p + s && codes[e - 1] === esc && (e - 1 === p + s || codes[e - 2] !== esc);
    // a one-line instruction is read in place in `src`; continuations are joined first
    let text = src;
    let tcodes = codes;
    let from = p + s;
    let to = p + len;
    let last = i;
    let emptyLines: number[] | undefined;
    if (!cont) {
      map.add(from, i, s);
    } else {
      map.add(0, i, s);
      parts.length = 0;
      parts.push(src.slice(p + s, e - 1));
      let joined = e - 1 - p - s;
      let j = i + 1;
      while (cont && j < n) {
        const q = starts[j] as number;
        const rl = (ends[j] as number) - q;
        last = j;
        j++;
        let t = 0;
        while (t < rl && ((bits[codes[q + t] as number] as number) & sp) !== 0) t++;
        if (t < rl && codes[q + t] === chHash) {
          comment(q, rl, j, t);
          continue;
        }
        if (t === rl) {
          (emptyLines ??= []).push(j);
          continue;
        }
        let re = rl;
        while (re > 0 && (codes[q + re - 1] === chSpace || codes[q + re - 1] === chTab)) re--;
        map.add(joined, j - 1, 0);
        if (re > 0 && codes[q + re - 1] === esc && (re === 1 || codes[q + re - 2] !== esc)) {
          parts.push(src.slice(q, q + re - 1));
          joined += re - 1;
        } else {
          parts.push(src.slice(q, q + rl));
          joined += rl;
          cont = false;
        }
      }
      text = parts.join('');
      if (JOIN_CODES.length < text.length) JOIN_CODES = new Uint8Array(text.length * 2);
      tcodes = codesInto(text, JOIN_CODES);
      from = 0;
      to = text.length;
    }

    const inst = buildInstruction(st, text, tcodes, from, to, false);
    let endLine = last;
    if (inst) {
      if (emptyLines) inst.emptyContinuationLines = emptyLines;
      if (prevComments) inst.prevComments = prevComments;
      inst.continuationEndLine = last + 1;
      const target = inst.onbuild ?? inst;
      const heredocs = (target === inst ? st.kinds : st.innerKinds) & K_HEREDOC;
      let lt = -1;
      if (heredocs && target.json === null) {
        if (text !== src) lt = text.indexOf('<<');
        else {
          // the next `<<` in the whole source, searched again only once passed
          if (nextLt === -2 || (nextLt >= 0 && nextLt < from)) nextLt = src.indexOf('<<', from);
          lt = nextLt;
        }
      }
      if (lt >= 0 && lt + 2 <= to) {
        const markers = findHeredocs(text, tcodes, from, to);
        // collected, then set once: appending by copy cost quadratic time on thousands of markers
        const found: Heredoc[] = [];
        let k = last + 1;
        for (const mk of markers) {
          let bodyLines = 0;
          const startLine = k;
          let terminated = false;
          while (k < n) {
            const q = starts[k] as number;
            const rl = (ends[k] as number) - q;
            k++;
            let t = 0;
            if (mk.chomp) while (t < rl && codes[q + t] === chTab) t++;
            if (rl - t === mk.name.length && src.startsWith(mk.name, q + t)) {
              terminated = true;
              break;
            }
            bodyLines++;
          }
          let content = '';
          if (bodyLines > 0) {
            const lastBody = startLine + bodyLines - 1;
            // without CRs the body is the source text itself, newline included
            content =
              !hasCR && lastBody + 1 < nLines
                ? src.slice(starts[startLine], starts[lastBody + 1])
                : lines.slice(startLine, lastBody + 1).join('\n') + '\n';
          }
          const endIdx = Math.max(k - 1, last);
          const heredoc: Heredoc = {
            name: mk.name,
            chomp: mk.chomp,
            expand: mk.expand,
            content,
            range: {
              line: Math.min(startLine, endIdx) + 1,
              column: 1,
              endLine: endIdx + 1,
              endColumn: (ends[endIdx] as number) - (starts[endIdx] as number) + 1,
            },
            terminated,
          };
          found.push(heredoc);
          if (!terminated) {
            st.diagnostics.push(
              diag('unterminated-heredoc', 'unterminated heredoc', map.range(mk.start, mk.end)),
            );
          }
        }
        if (found.length > 0) {
          inst.heredocs = found;
          if (target !== inst) target.heredocs = found;
        }
        endLine = Math.max(last, k - 1);
      }
      inst.range = {
        line: inst.keywordRange.line,
        column: inst.keywordRange.column,
        endLine: endLine + 1,
        endColumn: (ends[endLine] as number) - (starts[endLine] as number) + 1,
      };
      instructions.push(inst);
    }
    prevComments = undefined;
    i = endLine + 1;
  }

  if (instructions.length === 0) {
    // BuildKit refuses an empty or comment-only file before looking for stages
    const lineNo = Math.max(n, 1);
    const end = (ends[lineNo - 1] as number) - (starts[lineNo - 1] as number) + 1;
    st.diagnostics.push(
      diag('no-instructions', 'file with no instructions', {
        line: 1,
        column: 1,
        endLine: lineNo,
        endColumn: end,
      }),
    );
  }

  // a processed flag word may be built from slices of this source: the scratch must not keep
  // the source alive until the next call
  FOUND.words.fill(null);
  const escape = st.esc === CH_BACKTICK ? '`' : '\\';
  return { directives, escape, instructions, comments, diagnostics: st.diagnostics, lines };
}
