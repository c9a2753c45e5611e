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
  let quote = '';
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) out.push(command(words));
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"' && i + 1 < script.length) word += script[++i];
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < script.length) {
      const next = script[++i]!;
      // a backslash-newline is a continuation, not a separator
      if (next !== '\n') {
        word += next;
        inWord = true;
      } else endWord();
    } else if (c === '#' && !inWord) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
    } else if (c === '&' || c === '|' || c === ';' || c === '\n') {
      endCommand();
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return out;
}

function command(all: string[]): Command {
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < all.length; i++) {
    const w = all[i]!;
    const eq = w.indexOf('=');
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(w.slice(0, eq)))
      env[w.slice(0, eq)] = w.slice(eq + 1);
    else if (!PREFIXES.has(w)) break;
  }
  return { words: all.slice(i), env };
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

/** Absolute path of `p` seen from `workdir`; `~` and `$HOME` mean /root. */
export function resolvePath(p: string, workdir: string): string {
  let s = p.replace(/^(?:~|\$HOME|\$\{HOME\})(?=\/|$)/, '/root');
  if (!s.startsWith('/')) s = `${workdir.replace(/\/+$/, '')}/${s}`;
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
  return path === dir || path.startsWith(`${dir}/`);
}
