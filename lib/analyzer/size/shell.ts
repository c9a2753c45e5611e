/**
 * Just enough shell to read a RUN: split on `&&`, `||`, `;`, `|` and newlines (outside quotes)
 * into simple commands, with quotes stripped and leading `VAR=value`/`sudo` dropped. Linear time.
 */
import { codesInto } from '../parse/scan';
import type { Instruction } from '../types';

/** One simple command of a RUN script. */
export interface Command {
  /** the program and its arguments, quotes removed */
  words: string[];
  /** `VAR=value` assignments written before the program */
  env: Record<string, string>;
}

/** First letters of the {@link PREFIXES}: s e t n d { ( ! */
const PREFIX_FIRST = new Uint8Array(128);
for (const c of [115, 101, 116, 110, 100, 123, 40, 33]) PREFIX_FIRST[c] = 1;
const PREFIXES = new Set([
  'sudo',
  'exec',
  'time',
  'nohup',
  'then',
  'do',
  'else',
  '{',
  '(',
  '!',
  'env',
]);

/**
 * The {@link PREFIXES} by length (index), each as its first four codes packed in one integer (all
 * are ASCII below 128, so it stays a small integer) and its fifth code (0 when shorter).
 */
const PREFIX_PACKED: number[][] = [[], [], [], [], [], []];
for (const p of PREFIXES) {
  let packed = 0;
  for (let i = 0; i < p.length && i < 4; i++) packed = packed * 256 + p.charCodeAt(i);
  PREFIX_PACKED[p.length]!.push(packed, p.length > 4 ? p.charCodeAt(4) : 0);
}

/** `codes[start, end)` is a prefix word (`sudo`, `then` …), compared in place. */
function mayBePrefix(codes: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  if (n > 5) return false;
  const c = codes[start]!;
  if (!(c < 128 && PREFIX_FIRST[c] === 1)) return false;
  let packed = 0;
  for (let i = start; i < end && i < start + 4; i++) packed = packed * 256 + codes[i]!;
  const fifth = n > 4 ? codes[start + 4]! : 0;
  const list = PREFIX_PACKED[n]!;
  for (let k = 0; k < list.length; k += 2) {
    if (list[k] === packed && list[k + 1] === fifth) return true;
  }
  return false;
}

/** `sudo`, `then`, `{` …: only words of their first letters and lengths are looked up. */
function isPrefix(w: string): boolean {
  const n = w.length;
  if (n > 5) return false;
  const c = w.charCodeAt(0);
  if (!(c < 128 && PREFIX_FIRST[c] === 1)) return false;
  return PREFIXES.has(w);
}

/** Splits a shell script into simple commands. */
export function splitCommands(script: string): Command[] {
  return scanCommands(script, null);
}

/**
 * Like {@link splitCommands}, but only the commands whose program word `keep` accepts: the others
 * are skipped to their end without building their words (most of a long RUN script is neither an
 * install nor a delete). `rejects(script, base, end)` may say from the text alone that a plain
 * program word cannot be kept, so that word is never even sliced out; `base` is where the word's
 * base name starts (after its last `/`), `end` where the word ends.
 */
export function splitCommandsOf(
  script: string,
  keep: (program: string) => boolean,
  rejects: ((script: string, base: number, end: number) => boolean) | null = null,
): Command[] {
  return scanCommands(script, keep, rejects);
}

/**
 * A scratch buffer for {@link codesOf}, overwritten by every scan (never read beyond the script's
 * length); it only grows, so a scan allocates nothing.
 */
let CODES = new Uint8Array(4096);

/**
 * `script` as the parser's byte codes (non-ASCII units are 0x80 or 0x85, which this scanner
 * reads as plain word characters), in {@link CODES}: reads cost less than charCodeAt.
 */
function codesOf(script: string): Uint8Array {
  if (CODES.length < script.length) {
    CODES = new Uint8Array(Math.max(script.length, CODES.length * 2));
  }
  return codesInto(script, CODES);
}

function scanCommands(
  script: string,
  keep: ((program: string) => boolean) | null,
  rejects: ((script: string, base: number, end: number) => boolean) | null = null,
): Command[] {
  const codes = codesOf(script);
  const out: Command[] = [];
  let words: string[] = [];
  // `VAR=value` words before the program: made into `env` only for a command that is kept
  let assigns: string[] | null = null;
  // still reading the `VAR=value` / `sudo` words before the program
  let head = true;
  // splitCommands keeps a command of assignments only (no program), as it always has
  let had = false;
  let word = '';
  let inWord = false;
  // plain characters are taken as one slice from `seg` instead of one by one
  let seg = -1;
  const n = script.length;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    const k = c < 128 ? CLASS[c]! : PLAIN;
    // blanks between words: nothing to do
    if (k === SPACE && !inWord) continue;
    if (k === PLAIN && !inWord && head && rejects !== null) {
      // a word starts where a program may: when it is plain and surely not kept, skip the command
      let j = i + 1;
      let kj = SPACE;
      // an `=` may make it an assignment: those take the ordinary path
      let eq = c === 61;
      // where the base name starts: after the word's last `/`
      let base = c === 47 ? j : i;
      for (; j < n; j++) {
        const d = codes[j]!;
        kj = d < 128 ? CLASS[d]! : PLAIN;
        if (kj !== PLAIN && kj !== HASH) break;
        if (d === 61) eq = true;
        else if (d === 47) base = j + 1;
      }
      if (j >= n) kj = SPACE;
      if (
        (kj === SPACE || kj === SEPARATOR) &&
        !eq &&
        !mayBePrefix(codes, i, j) &&
        rejects(script, base, j)
      ) {
        if (j < n) i = skipCommand(script, codes, kj === SEPARATOR ? j : j + 1);
        else i = n;
        // `words` is still empty before the program word: no new array for a skipped command
        assigns = null;
        had = false;
        continue;
      }
      // kept: the word's characters up to j are plain (a `#` inside a word is), so take them now
      seg = i;
      inWord = true;
      i = j - 1;
      continue;
    }
    // most characters are plain: one table load instead of a chain of comparisons
    if (k === PLAIN || (k === HASH && inWord) || (k === BACKSLASH && i + 1 >= n)) {
      if (seg < 0) seg = i;
      inWord = true;
      // the rest of the plain run in a tight loop (`#` is plain inside a word)
      let j = i + 1;
      for (; j < n; j++) {
        const d = codes[j]!;
        if (d < 128) {
          const kd = CLASS[d]!;
          if (kd !== PLAIN && kd !== HASH) break;
        }
      }
      i = j - 1;
      continue;
    }
    if (k === QUOTE) {
      // quoted: up to the matching quote; backslash escapes only inside double quotes
      if (seg >= 0) {
        word += script.slice(seg, i);
        seg = -1;
      }
      inWord = true;
      let j = i + 1;
      let start = j;
      while (j < n && codes[j]! !== c) {
        if (c === 34 && codes[j]! === 92 && j + 1 < n) {
          word += script.slice(start, j);
          start = j + 1;
          j += 2;
          continue;
        }
        j++;
      }
      word += script.slice(start, j);
      i = j;
      continue;
    }
    if (k === BACKSLASH) {
      if (seg >= 0) {
        word += script.slice(seg, i);
        seg = -1;
      }
      i++;
      // a backslash-newline is a continuation, not a separator
      if (codes[i]! !== 10) {
        inWord = true;
        seg = i;
        continue;
      }
    } else if (k === HASH) {
      // a comment: only at the start of a word
      const nl = script.indexOf('\n', i);
      i = (nl < 0 ? n : nl) - 1;
      continue;
    }
    // a word ends here (and, on a separator, the command too)
    if (inWord) {
      if (seg >= 0) {
        word += script.slice(seg, i);
        seg = -1;
      }
      had = true;
      if (head) {
        const eq = word.indexOf('=');
        if (eq > 0 && isName(word, eq)) {
          (assigns ??= []).push(word);
        } else if (!isPrefix(word)) {
          head = false;
          if (keep !== null && !keep(word)) {
            // not this command: jump to its separator
            i = skipCommand(script, codes, k === SEPARATOR ? i : i + 1);
            word = '';
            inWord = false;
            assigns = null;
            head = true;
            had = false;
            continue;
          }
          words.push(word);
        }
      } else words.push(word);
      word = '';
      inWord = false;
    }
    if (k === SEPARATOR) {
      // a fresh array only when the last one went into a command
      if (words.length > 0 || (had && keep === null)) {
        out.push({ words, env: envOf(assigns) });
        words = [];
      }
      assigns = null;
      head = true;
      had = false;
    }
  }
  if (inWord) {
    if (seg >= 0) word += script.slice(seg, n);
    had = true;
    if (head) {
      const eq = word.indexOf('=');
      if (eq > 0 && isName(word, eq)) {
        (assigns ??= []).push(word);
      } else if (!isPrefix(word) && (keep === null || keep(word))) words.push(word);
    } else words.push(word);
  }
  if (words.length > 0 || (had && keep === null)) out.push({ words, env: envOf(assigns) });
  return out;
}

/** The characters that mean something to a skipped command: `&`, `|`, `;`, newline, quotes, backslash, `#`. */
const SPECIAL = new Uint8Array(256);
for (const c of [38, 124, 59, 10, 39, 34, 92, 35]) SPECIAL[c] = 1;

/** Index of the next special character at or after `from`, or `n` when none. */
function nextSpecial(codes: Uint8Array, from: number, n: number): number {
  let i = from;
  while (i < n && SPECIAL[codes[i]!] !== 1) i++;
  return i;
}

/** Index of the separator that ends the command scanned from `i` (quotes and comments respected). */
function skipCommand(script: string, codes: Uint8Array, i: number): number {
  const n = script.length;
  let inWord = false;
  while (i < n) {
    const j = nextSpecial(codes, i, n);
    if (j >= n) return n;
    // the characters before it are plain or blanks: the last one says whether a word is open
    if (j > i) {
      const b = codes[j - 1]!;
      inWord = b !== 32 && b !== 9 && b !== 13;
    }
    const c = codes[j]!;
    const k = CLASS[c]!;
    if (k === SEPARATOR) return j;
    if (c === 39) {
      const q = script.indexOf("'", j + 1);
      if (q < 0) return n;
      i = q + 1;
      inWord = true;
    } else if (c === 34) {
      // a double quote closes unless an odd run of backslashes escapes it
      let from = j + 1;
      let q = -1;
      for (;;) {
        q = script.indexOf('"', from);
        if (q < 0) return n;
        let run = 0;
        while (q - run - 1 > j && codes[q - run - 1]! === 92) run++;
        if ((run & 1) === 0) break;
        from = q + 1;
      }
      i = q + 1;
      inWord = true;
    } else if (k === BACKSLASH) {
      if (j + 1 < n) {
        inWord = codes[j + 1]! !== 10;
        i = j + 2;
      } else return n;
    } else if (!inWord) {
      // HASH at the start of a word: a comment up to the newline, which ends the command
      const nl = script.indexOf('\n', j);
      return nl < 0 ? n : nl;
    } else i = j + 1;
  }
  return n;
}

const PLAIN = 0;
const QUOTE = 1;
const BACKSLASH = 2;
const HASH = 3;
/** `&`, `|`, `;` and newline end a command */
const SEPARATOR = 4;
/** space, tab and CR end a word */
const SPACE = 5;
/** What each ASCII character means to the scanner. */
const CLASS = new Uint8Array(128);
CLASS[39] = CLASS[34] = QUOTE;
CLASS[92] = BACKSLASH;
CLASS[35] = HASH;
CLASS[38] = CLASS[124] = CLASS[59] = CLASS[10] = SEPARATOR;
CLASS[32] = CLASS[9] = CLASS[13] = SPACE;

const NO_ENV: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** The `env` of a command from its `VAR=value` words, in order (a later one wins). */
function envOf(assigns: string[] | null): Record<string, string> {
  if (assigns === null) return NO_ENV;
  const env: Record<string, string> = {};
  for (const w of assigns) {
    const eq = w.indexOf('=');
    env[w.slice(0, eq)] = w.slice(eq + 1);
  }
  return env;
}

/** `w.slice(0, end)` is a shell variable name: [A-Za-z_][A-Za-z0-9_]* */
function isName(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = w.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return true;
}

const SHELLS = /^(?:(?:\/usr)?\/bin\/)?(?:ba|da|a)?sh(?:\s+-\w+)*$/;

/** The shell script a RUN executes: its text, or its heredoc bodies when the RUN is `<<EOF` / `sh <<EOF`. */
export function runScript(instruction: Instruction): string {
  if (instruction.json) return instruction.json.join(' ');
  const docs = instruction.heredocs;
  if (docs.length === 0) return instruction.text;
  const text = instruction.text;
  // the common `RUN <<EOF`: nothing but the marker, so no replace and trim to build a string for
  const head = ONE_MARKER.test(text) ? '' : text.replace(MARKERS, '').trim();
  const bodies = docs.length === 1 ? docs[0]!.content : docs.map((h) => h.content).join('\n');
  return head === '' || SHELLS.test(head) ? bodies : `${head}\n${bodies}`;
}

const MARKERS = /<<-?["']?[A-Za-z0-9_]+["']?/g;
/** A text that is one heredoc marker and blanks: {@link MARKERS} removed and trimmed, it is empty. */
const ONE_MARKER = /^\s*<<-?["']?[A-Za-z0-9_]+["']?\s*$/;

const HOME = /^(?:~|\$HOME|\$\{HOME\})(?=\/|$)/;

/**
 * Already absolute and clean: starts with `/`, and has no empty, `.` or `..` segment and no
 * trailing `/` (`/root/.cache` is clean: `.cache` is a name).
 */
function isClean(p: string): boolean {
  const n = p.length;
  if (n < 2 || p.charCodeAt(0) !== 47) return false;
  // one pass: every segment (ended by `/` or the end) is non-empty and neither `.` nor `..`
  let start = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && p.charCodeAt(i) !== 47) continue;
    const len = i - start;
    if (len === 0) return false;
    if (len <= 2 && p.charCodeAt(start) === 46 && (len === 1 || p.charCodeAt(start + 1) === 46))
      return false;
    start = i + 1;
  }
  return true;
}

function withoutTrailingSlashes(p: string): string {
  let end = p.length;
  while (end > 1 && p.charCodeAt(end - 1) === 47) end--;
  return end === p.length ? p : p.slice(0, end);
}

/** Absolute path of `p` seen from `workdir`; `~` and `$HOME` mean /root. */
export function resolvePath(p: string, workdir: string): string {
  // most paths are already clean and absolute, or only end in `/`: skip the split/join
  if (isClean(p)) return p;
  const stripped = withoutTrailingSlashes(p);
  if (stripped !== p && isClean(stripped)) return stripped;
  // `/` and `.` are the commonest unclean ones (WORKDIR, COPY . .)
  if (p === '/') return p;
  if (p === '.' && isClean(workdir)) return workdir;
  const c = p.charCodeAt(0);
  let s = c === 126 || c === 36 ? p.replace(HOME, '/root') : p;
  if (s.charCodeAt(0) !== 47) {
    const dir =
      workdir.charCodeAt(workdir.length - 1) === 47 ? workdir.replace(/\/+$/, '') : workdir;
    s = `${dir}/${s}`;
    // a relative path of plain names under a clean workdir needs no more work
    if (isClean(s)) return s;
    const t = withoutTrailingSlashes(s);
    if (t !== s && isClean(t)) return t;
  }
  const parts: string[] = [];
  for (const seg of s.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** True when `path` is `dir` or inside it. */
export function isUnder(path: string, dir: string): boolean {
  if (dir === '/') return true;
  const n = dir.length;
  if (path.length === n) return path === dir;
  return path.length > n && path.charCodeAt(n) === 47 && path.startsWith(dir);
}

/**
 * `s.lastIndexOf(ch, from)` for one ASCII code, as a plain loop: optimised code calls the C++
 * builtin for lastIndexOf, which costs more than scanning a short path.
 */
export function lastIndexOfCode(s: string, code: number, from = s.length - 1): number {
  // as lastIndexOf: a negative start still looks at index 0
  let i = from < 0 ? 0 : from < s.length ? from : s.length - 1;
  for (; i >= 0; i--) if (s.charCodeAt(i) === code) return i;
  return -1;
}
