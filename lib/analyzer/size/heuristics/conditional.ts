/**
 * Shell conditionals in a RUN: `if …; then A; elif …; then B; else C; fi` runs one branch, so
 * the branches are alternatives. The estimate keeps the biggest branch and widens the range to
 * span the others, instead of adding them all up.
 */
import { bytesPart, DEFAULT_RATIO, sumGuesses, type Part } from '../range';

/** A stretch of script that always runs, or an `if` whose branches are alternatives. */
export type Segment =
  { kind: 'plain'; text: string } | { kind: 'alternatives'; branches: string[] };

/**
 * `if`, `then`, `elif`, `else`, `fi` where a command starts: after `;`, `&&`, `||`, a newline,
 * or right after `then`/`else`/`do` (`then if …` nests).
 */
const KEYWORD = /(?<=^|[;\n]|&&|\|\||\bthen|\belse|\bdo)\s*(if|then|elif|else|fi)(?=[\s;]|$)/g;

const HAS_FI = /(?:^|[\s;])fi(?:[\s;)]|$)/;

/** The script cut into plain stretches and top-level conditionals; null when it has no `if`. */
export function splitAlternatives(script: string): Segment[] | null {
  // most scripts have no conditional: one scan for a `fi` word before any regex work
  if (!HAS_FI.test(script)) return null;
  const segments: Segment[] = [];
  let depth = 0;
  let plainFrom = 0;
  let branchFrom = -1;
  let branches: string[] = [];
  let hasElse = false;
  for (const match of script.matchAll(KEYWORD)) {
    const word = match[1]!;
    const start = match.index! + match[0].length - word.length;
    const end = match.index! + match[0].length;
    if (word === 'if') {
      if (depth++ === 0) {
        segments.push({ kind: 'plain', text: script.slice(plainFrom, start) });
        branches = [];
        hasElse = false;
        branchFrom = -1;
      }
      continue;
    }
    if (depth !== 1) {
      if (word === 'fi') depth--;
      continue;
    }
    if (branchFrom >= 0 && word !== 'then') branches.push(script.slice(branchFrom, start));
    if (word === 'then' || word === 'else') branchFrom = end;
    else branchFrom = -1;
    if (word === 'else') hasElse = true;
    if (word === 'fi') {
      depth = 0;
      // without `else` the condition may be false and nothing runs
      if (!hasElse) branches.push('');
      segments.push({ kind: 'alternatives', branches });
      plainFrom = end;
    }
  }
  if (segments.length === 0 || depth !== 0) return null;
  segments.push({ kind: 'plain', text: script.slice(plainFrom) });
  return segments;
}

/**
 * One branch's parts stand for all: the biggest branch, plus a part that stretches the range down
 * to the smallest branch's low and up to the largest branch's high (no addition of branches).
 */
export function pickAlternative(branches: Part[][]): Part[] {
  if (branches.length === 0) return [];
  let chosen = branches[0]!;
  let own = sumGuesses(chosen);
  let lowest = Infinity;
  let highest = 0;
  for (const parts of branches) {
    const total = sumGuesses(parts);
    if (total.bytes > own.bytes) {
      chosen = parts;
      own = total;
    }
    lowest = Math.min(lowest, total.low);
    highest = Math.max(highest, total.high);
  }
  if (branches.length < 2 || (lowest >= own.low && highest <= own.high)) return chosen;
  const spread = bytesPart(
    'shell:alternatives',
    `if/else: ${branches.length} alternative branches, the range spans them`,
    0,
    lowest - own.low,
    highest - own.high,
    DEFAULT_RATIO,
    undefined,
  );
  return [...chosen, spread];
}
