import type { Command } from '../shell';
import type { Part } from '../range';

/** What a heuristic knows about the stage while reading one RUN. */
export interface RunContext {
  workdir: string;
  /** ENV of the stage so far */
  env: Record<string, string>;
  /** an active virtualenv (from `python -m venv` or ENV PATH/VIRTUAL_ENV), or null */
  venv: string | null;
  /** keys of parts already written in this stage, e.g. `go:mod-cache` */
  seen: KeySet;
  /** parts committed by earlier layers of this stage and the stages it is built on */
  committed: PartList;
}

/** The keys a heuristic asks {@link KeySet.has} about; no other key is ever looked up. */
const ASKED_KEYS: ReadonlySet<string> = new Set([
  'go:mod-cache',
  'cargo:registry',
  'maven:repo',
  'gradle:cache',
]);

/**
 * A set of keys that sees its parent stage's keys without copying them. It remembers only the
 * {@link ASKED_KEYS}: every part's key passes through `add`, and hashing the others is wasted.
 */
export class KeySet {
  /** made on the first remembered key: most stages never remember one */
  private own: Set<string> | null = null;
  constructor(private readonly parent: KeySet | null) {}
  /** Adds a key to this stage. */
  add(key: string): void {
    // the asked keys are 10, 12 or 14 characters long
    const n = key.length;
    if ((n === 10 || n === 12 || n === 14) && ASKED_KEYS.has(key))
      (this.own ??= new Set()).add(key);
  }
  /** True when this stage or one it is built on has the key. */
  has(key: string): boolean {
    return (
      (this.own !== null && this.own.has(key)) || (this.parent !== null && this.parent.has(key))
    );
  }
}

/** Parts of a stage, sharing its parent stage's list instead of copying it (linear time). */
export interface PartList {
  own: Part[];
  parent: PartList | null;
}

/** Calls `fn` on every part of the list and its parents; stops when `fn` returns true. */
export function someParts(list: PartList | null, fn: (p: Part) => boolean): boolean {
  for (let l = list; l; l = l.parent) {
    for (const p of l.own) if (fn(p)) return true;
  }
  return false;
}

/** Reads one simple command; null when it is not this heuristic's business. */
export type Heuristic = (cmd: Command, ctx: RunContext) => Part[] | null;

/** A fresh context for a stage rooted at `/`. */
export function newContext(): RunContext {
  return {
    workdir: '/',
    env: {},
    venv: null,
    seen: new KeySet(null),
    committed: { own: [], parent: null },
  };
}

/** The words after the program that are not options. */
export function operands(words: string[], from: number, valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-')) {
      if (valueFlags.has(w)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Only `[a-z0-9._+-]`: a bare lowercase package name. */
function isBareName(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // a-z, 0-9, '.', '_', '+', '-'
    if (!(
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      c === 46 ||
      c === 95 ||
      c === 43 ||
      c === 45
    ))
      return false;
  }
  return true;
}

/** Strips a version pin: `gcc=4:12.2` → gcc, `numpy==1.26` → numpy, `curl@8` → curl. */
export function packageName(word: string): string {
  // most names are already bare and lowercase: skip the regex passes and their garbage
  if (isBareName(word)) return word;
  return word
    .toLowerCase()
    .replace(/\[.*$/, '')
    .split(/[=<>~!@]/)[0]!;
}
