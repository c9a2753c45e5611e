/**
 * Just enough shell to read a RUN: split on `&&`, `||`, `;`, `|` and newlines (outside quotes)
 * into simple commands, with quotes stripped and leading `VAR=value`/`sudo` dropped. Linear time.
 */
import type { Instruction } from '../types';

/** One simple command of a RUN script. */
export interface Command {
  /** the program and its arguments, quotes removed */
  words: string[];
  /** `VAR=value` assignments written before the program */
  env: Record<string, string>;
}

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

/** Splits a shell script into simple commands. */
export function splitCommands(script: string): Command[] {
  const out: Command[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  // plain characters are taken as one slice from `seg` instead of one by one
  let seg = -1;
  const n = script.length;
  const flush = (i: number) => {
    if (seg >= 0) {
      word += script.slice(seg, i);
      seg = -1;
    }
  };
  const endWord = (i: number) => {
    flush(i);
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (i: number) => {
    endWord(i);
    if (words.length > 0) out.push(command(words));
    words = [];
  };
  for (let i = 0; i < n; i++) {
    const c = script.charCodeAt(i);
    if (c === 39 || c === 34) {
      // quoted: up to the matching quote; backslash escapes only inside double quotes
      flush(i);
      inWord = true;
      let j = i + 1;
      let start = j;
      while (j < n && script.charCodeAt(j) !== c) {
        if (c === 34 && script.charCodeAt(j) === 92 && j + 1 < n) {
          word += script.slice(start, j);
          start = j + 1;
          j += 2;
          continue;
        }
        j++;
      }
      word += script.slice(start, j);
      i = j;
    } else if (c === 92 && i + 1 < n) {
      flush(i);
      i++;
      // a backslash-newline is a continuation, not a separator
      if (script.charCodeAt(i) === 10) endWord(i);
      else {
        inWord = true;
        seg = i;
      }
    } else if (c === 35 && !inWord && seg < 0) {
      const nl = script.indexOf('\n', i);
      i = (nl < 0 ? n : nl) - 1;
    } else if (c === 38 || c === 124 || c === 59 || c === 10) {
      endCommand(i);
    } else if (c === 32 || c === 9 || c === 13) {
      endWord(i);
    } else {
      if (seg < 0) seg = i;
      inWord = true;
    }
  }
  endCommand(n);
  return out;
}

const NO_ENV: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function command(all: string[]): Command {
  let env = NO_ENV;
  let i = 0;
  for (; i < all.length; i++) {
    const w = all[i]!;
    const eq = w.indexOf('=');
    if (eq > 0 && NAME.test(w.slice(0, eq))) {
      if (env === NO_ENV) env = {};
      env[w.slice(0, eq)] = w.slice(eq + 1);
    } else if (!PREFIXES.has(w)) break;
  }
  return { words: i === 0 ? all : all.slice(i), env };
}

const SHELLS = /^(?:(?:\/usr)?\/bin\/)?(?:ba|da|a)?sh(?:\s+-\w+)*$/;

/** The shell script a RUN executes: its text, or its heredoc bodies when the RUN is `<<EOF` / `sh <<EOF`. */
export function runScript(instruction: Instruction): string {
  if (instruction.json) return instruction.json.join(' ');
  if (instruction.heredocs.length === 0) return instruction.text;
  const head = instruction.text.replace(/<<-?["']?[A-Za-z0-9_]+["']?/g, '').trim();
  const bodies = instruction.heredocs.map((h) => h.content).join('\n');
  return head === '' || SHELLS.test(head) ? bodies : `${head}\n${bodies}`;
}

const CLEANUP_NEEDED = /\/\/|\/\.|\/$/;
const HOME = /^(?:~|\$HOME|\$\{HOME\})(?=\/|$)/;

/** Absolute path of `p` seen from `workdir`; `~` and `$HOME` mean /root. */
export function resolvePath(p: string, workdir: string): string {
  // most paths are already clean and absolute: skip the split/join
  if (p.charCodeAt(0) === 47 && !CLEANUP_NEEDED.test(p)) return p;
  // `/` and `.` are the commonest unclean ones (WORKDIR, COPY . .)
  if (p === '/') return p;
  if (p === '.' && workdir.charCodeAt(0) === 47 && !CLEANUP_NEEDED.test(workdir)) return workdir;
  const c = p.charCodeAt(0);
  let s = c === 126 || c === 36 ? p.replace(HOME, '/root') : p;
  if (s.charCodeAt(0) !== 47) {
    const dir =
      workdir.charCodeAt(workdir.length - 1) === 47 ? workdir.replace(/\/+$/, '') : workdir;
    s = `${dir}/${s}`;
    // a relative path of plain names under a clean workdir needs no more work
    if (s.charCodeAt(0) === 47 && !CLEANUP_NEEDED.test(s)) return s;
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
