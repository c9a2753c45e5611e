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
  seen: Set<string>;
  /** parts committed by earlier layers of this stage */
  committed: Part[];
}

/** Reads one simple command; null when it is not this heuristic's business. */
export type Heuristic = (cmd: Command, ctx: RunContext) => Part[] | null;

/** A fresh context for a stage rooted at `/`. */
export function newContext(): RunContext {
  return { workdir: '/', env: {}, venv: null, seen: new Set(), committed: [] };
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

/** Strips a version pin: `gcc=4:12.2` → gcc, `numpy==1.26` → numpy, `curl@8` → curl. */
export function packageName(word: string): string {
  return word
    .toLowerCase()
    .replace(/\[.*$/, '')
    .split(/[=<>~!@]/)[0]!;
}
