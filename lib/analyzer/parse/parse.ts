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
const { extractFlags, isReSpace, isSpace, isTokenSpace, nameValues, parseJsonArray, wordSpans } =
  scan;
const NOT_STRINGS = scan.NOT_STRINGS;
const CH_TAB = 9;
const CH_SPACE = 32;
const CH_HASH = 35;
const CH_EQUALS = 61;
const CH_BACKSLASH = 92;
const CH_BACKTICK = 96;

/** Keywords BuildKit's parser dispatches on (lowercase). */
export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set([
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
]);

const JSON_FORMS = new Set(['run', 'cmd', 'entrypoint', 'shell', 'add', 'copy', 'volume']);
const HEREDOC_FORMS = new Set(['run', 'copy', 'add']);
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);

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

  reset(): void {
    this.n = 0;
  }

  add(off: number, line: number, col: number): void {
    const k = this.n++;
    this.off[k] = off;
    this.line[k] = line;
    this.col[k] = col;
  }

  private seg(o: number): number {
    if (this.n === 1) return 0;
    const off = this.off;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((off[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based range of text[start, end); the end stays on the line of the last character. */
  range(start: number, end: number): Range {
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

/**
 * `newNodeFromLine` over text[from, to): keyword, flags, arguments and their interpretation.
 * Returns null for an empty line.
 */
function buildInstruction(
  st: State,
  text: string,
  from: number,
  to: number,
  nested: boolean,
): Instruction | null {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (a === b) return null;
  let c = a;
  while (c < b && !isTokenSpace(text.charCodeAt(c))) c++;
  const keywordRaw = text.slice(a, c);
  const kw = keywordRaw.toLowerCase();
  const map = st.map;
  const keywordRange = map.range(a, c);

  let as = b;
  const flags: Flag[] = [];
  if (c < b) {
    let r = c;
    while (r < b && isTokenSpace(text.charCodeAt(r))) r++;
    const ex = extractFlags(text, r, b);
    for (const f of ex.flags) {
      const w = f.word;
      const eq = w.indexOf('=');
      flags.push({
        name: eq < 0 ? w.slice(2) : w.slice(2, eq),
        value: eq < 0 ? null : w.slice(eq + 1),
        range: map.range(f.start, f.end),
        valueRange: f.eq < 0 ? null : map.range(f.eq + 1, f.end),
      });
    }
    as = ex.rest;
    while (as < b && isSpace(text.charCodeAt(as))) as++;
  }
  const argText = text.slice(as, b);
  const spans = wordSpans(text, as, b, st.esc);
  const args: Word[] = new Array<Word>(spans.length >> 1);
  for (let k = 0; k < spans.length; k += 2) {
    const ws = spans[k] ?? 0;
    const we = spans[k + 1] ?? 0;
    args[k >> 1] = { value: text.slice(ws, we), range: map.range(ws, we) };
  }

  const inst: Instruction = {
    keyword: keywordRaw.toUpperCase(),
    keywordRaw,
    keywordRange,
    range: map.range(a, b),
    flags,
    args,
    text: argText,
    json: null,
    heredocs: [],
  };
  if (as < b) inst.argsRange = map.range(as, b);

  if (JSON_FORMS.has(kw) || kw === 'healthcheck') {
    let jsonText = argText;
    let jsonStart = as;
    if (kw === 'healthcheck') {
      // HEALTHCHECK <type> <command>: only the command part may be JSON
      let s = 0;
      while (s < argText.length && !isSpace(argText.charCodeAt(s))) s++;
      while (s < argText.length && isSpace(argText.charCodeAt(s))) s++;
      jsonText = argText.slice(s);
      jsonStart = as + s;
    }
    const json = parseJsonArray(jsonText);
    if (json === NOT_STRINGS) {
      st.diagnostics.push(
        diag(
          'json-array-non-string',
          'when using JSON array syntax, arrays must be comprised of strings only',
          map.range(jsonStart, b),
        ),
      );
    } else if (json) inst.json = json;
  } else if (kw === 'env' || kw === 'label') {
    const nv = nameValues(inst.keyword, argText, st.esc);
    if ('error' in nv) {
      const w = nv.word === undefined ? undefined : args[nv.word];
      st.diagnostics.push(
        diag('invalid-key-value', nv.error, w ? w.range : (inst.argsRange ?? keywordRange)),
      );
    }
  } else if (kw === 'onbuild') {
    const inner = buildInstruction(st, text, as, b, true);
    if (inner) inst.onbuild = inner;
  } else if (!nested && !KNOWN_INSTRUCTIONS.has(kw)) {
    // an ONBUILD trigger is only checked when a child image runs it
    const suggestion = suggestKeyword(keywordRaw, kw);
    const message =
      `unknown instruction: ${keywordRaw}` + (suggestion ? ` (did you mean ${suggestion}?)` : '');
    const d = diag('unknown-instruction', message, keywordRange, suggestion);
    if (suggestion) d.fix = { ...keywordRange, text: suggestion };
    st.diagnostics.push(d);
  }
  return inst;
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
  } catch {
    // a bug here must not take the editor down; the file is reported as unparsed
    return {
      directives: [],
      escape: '\\',
      instructions: [],
      comments: [],
      diagnostics: [],
      lines: src.split('\n'),
    };
  }
}

const MAX_LINE = 65535;

function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function parseSource(input: string): Dockerfile {
  const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines: string[] = [];
  for (let p = 0; ;) {
    const nl = src.indexOf('\n', p);
    let e = nl < 0 ? src.length : nl;
    while (e > p && src.charCodeAt(e - 1) === 13) e--;
    lines.push(src.slice(p, e));
    if (nl < 0) break;
    p = nl + 1;
  }
  // BuildKit's scanner yields no line after a final newline
  const n =
    src.length > 0 && src.charCodeAt(src.length - 1) === 10 ? lines.length - 1 : lines.length;

  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];
  const st: State = { esc: CH_BACKSLASH, diagnostics: [], map: new SegmentMap() };
  const map = st.map;
  let directivesDone = false;
  const parts: string[] = [];
  let prevComments: string[] | undefined;

  const comment = (line: string, lineNo: number, s: number) => {
    comments.push({
      text: line.slice(s + 1).trim(),
      range: { line: lineNo, column: s + 1, endLine: lineNo, endColumn: line.length + 1 },
    });
  };

  // BuildKit's line scanner gives up on a physical line over 64 KiB (UTF-8 bytes)
  for (let k = 0; k < n; k++) {
    const raw = lines[k] ?? '';
    if (raw.length > MAX_LINE / 3 && utf8Length(raw) > MAX_LINE) {
      st.diagnostics.push(
        diag('line-too-long', `dockerfile line greater than max allowed size of ${MAX_LINE}`, {
          line: k + 1,
          column: 1,
          endLine: k + 1,
          endColumn: raw.length + 1,
        }),
      );
    }
  }

  let i = 0;
  while (i < n) {
    const raw = lines[i] ?? '';
    const len = raw.length;
    const lineNo = i + 1;
    let s = 0;
    while (s < len && isSpace(raw.charCodeAt(s))) s++;

    if (!directivesDone) {
      const m = matchDirective(raw, s);
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
    if (raw.charCodeAt(s) === CH_HASH) {
      comment(raw, lineNo, s);
      // BuildKit drops the first byte, not the `#`, so an indented comment keeps its `#`
      const text = raw.slice(1).trim();
      if (text === '') prevComments = undefined;
      else (prevComments ??= []).push(text);
      i++;
      continue;
    }

    // the first physical line of an instruction
    const esc = st.esc;
    map.reset();
    let e = len;
    while (e > s && (raw.charCodeAt(e - 1) === CH_SPACE || raw.charCodeAt(e - 1) === CH_TAB)) e--;
    let cont =
      e > s && raw.charCodeAt(e - 1) === esc && (e - 1 === s || raw.charCodeAt(e - 2) !== esc);
    let text: string;
    let last = i;
    let emptyLines: number[] | undefined;
    map.add(0, i, s);
    if (!cont) {
      text = raw.slice(s);
    } else {
      parts.length = 0;
      parts.push(raw.slice(s, e - 1));
      let joined = e - 1 - s;
      let j = i + 1;
      while (cont && j < n) {
        const r = lines[j] ?? '';
        const rl = r.length;
        last = j;
        j++;
        let t = 0;
        while (t < rl && isSpace(r.charCodeAt(t))) t++;
        if (t < rl && r.charCodeAt(t) === CH_HASH) {
          comment(r, j, t);
          continue;
        }
        if (t === rl) {
          (emptyLines ??= []).push(j);
          continue;
        }
        let re = rl;
        while (re > 0 && (r.charCodeAt(re - 1) === CH_SPACE || r.charCodeAt(re - 1) === CH_TAB))
          re--;
        map.add(joined, j - 1, 0);
        if (re > 0 && r.charCodeAt(re - 1) === esc && (re === 1 || r.charCodeAt(re - 2) !== esc)) {
          parts.push(r.slice(0, re - 1));
          joined += re - 1;
        } else {
          parts.push(r);
          joined += rl;
          cont = false;
        }
      }
      text = parts.join('');
    }

    const inst = buildInstruction(st, text, 0, text.length, false);
    let endLine = last;
    if (inst) {
      if (emptyLines) inst.emptyContinuationLines = emptyLines;
      if (prevComments) inst.prevComments = prevComments;
      inst.continuationEndLine = last + 1;
      const target = inst.onbuild ?? inst;
      if (
        HEREDOC_FORMS.has(target.keyword.toLowerCase()) &&
        target.json === null &&
        text.includes('<<')
      ) {
        const markers = findHeredocs(text);
        let k = last + 1;
        for (const mk of markers) {
          const body: string[] = [];
          const startLine = k;
          let terminated = false;
          while (k < n) {
            const r = lines[k] ?? '';
            k++;
            let t = 0;
            if (mk.chomp) while (t < r.length && r.charCodeAt(t) === CH_TAB) t++;
            if (r.length - t === mk.name.length && r.startsWith(mk.name, t)) {
              terminated = true;
              break;
            }
            body.push(r);
          }
          const endIdx = Math.max(k - 1, last);
          const heredoc: Heredoc = {
            name: mk.name,
            chomp: mk.chomp,
            expand: mk.expand,
            content: body.length ? body.join('\n') + '\n' : '',
            range: {
              line: Math.min(startLine, endIdx) + 1,
              column: 1,
              endLine: endIdx + 1,
              endColumn: (lines[endIdx] ?? '').length + 1,
            },
            terminated,
          };
          inst.heredocs.push(heredoc);
          if (target !== inst) target.heredocs.push(heredoc);
          if (!terminated) {
            st.diagnostics.push(
              diag('unterminated-heredoc', 'unterminated heredoc', map.range(mk.start, mk.end)),
            );
          }
        }
        endLine = Math.max(last, k - 1);
      }
      inst.range = {
        line: inst.keywordRange.line,
        column: inst.keywordRange.column,
        endLine: endLine + 1,
        endColumn: (lines[endLine] ?? '').length + 1,
      };
      instructions.push(inst);
    }
    prevComments = undefined;
    i = endLine + 1;
  }

  if (instructions.length === 0) {
    // BuildKit refuses an empty or comment-only file before looking for stages
    const lineNo = Math.max(n, 1);
    const end = (lines[lineNo - 1] ?? '').length + 1;
    st.diagnostics.push(
      diag('no-instructions', 'file with no instructions', {
        line: 1,
        column: 1,
        endLine: lineNo,
        endColumn: end,
      }),
    );
  }

  return {
    directives,
    escape: st.esc === CH_BACKTICK ? '`' : '\\',
    instructions,
    comments,
    diagnostics: st.diagnostics,
    lines,
  };
}
