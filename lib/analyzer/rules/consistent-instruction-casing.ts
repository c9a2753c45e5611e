import { defineRule, type Instruction } from '../types';
import { fileIndex, Kind } from './support/file-index';

const LOWER = 1;
const UPPER = 2;

/** LOWER, UPPER, both (no letters) or 0 (mixed), by one scan without allocating. */
function casing(word: string): number {
  let lower = false;
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c > 127)
      return (word === word.toLowerCase() ? LOWER : 0) | (word === word.toUpperCase() ? UPPER : 0);
    if (lower && upper) return 0;
  }
  return (lower ? 0 : UPPER) | (upper ? 0 : LOWER);
}

/**
 * Keywords should all be uppercase or all lowercase: mirrors BuildKit's
 * ConsistentInstructionCasing (majority of FROM and stage instructions; ties count as uppercase).
 */
export const consistentInstructionCasing = defineRule({
  meta: {
    id: 'consistent-instruction-casing',
    severity: 'warning',
    description: 'Instruction keywords should use one casing throughout the file',
    docs: 'https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/',
    buildkit: 'ConsistentInstructionCasing',
  },
  check(ctx) {
    // BuildKit counts FROM and the instructions inside stages, not the ARGs before the first FROM.
    const { kinds } = fileIndex(ctx.model);
    let lower = 0;
    let upper = 0;
    // the instructions not written in uppercase, with their casing
    const others: Instruction[] = [];
    const otherCasing: number[] = [];
    const tally = (ins: Instruction, known: boolean): void => {
      // An uppercase keyword is its own toUpperCase(), which V8 returns as the same string: so
      // this is a pointer test, and a known keyword (ASCII letters) equal to it is uppercase.
      const c = known && ins.keywordRaw === ins.keyword ? UPPER : casing(ins.keywordRaw);
      if (c !== UPPER) {
        others.push(ins);
        otherCasing.push(c);
      }
      if (c === 0) return;
      // a keyword without letters is its own lowercase: counted as lowercase, as before
      if (c & LOWER) lower++;
      else upper++;
    };
    for (const stage of ctx.model.stages) {
      tally(stage.from, true);
      const kind = kinds[stage.index]!;
      const list = stage.instructions;
      for (let i = 0; i < list.length; i++) tally(list[i]!, kind[i] !== Kind.OTHER);
    }
    const majorityLower = lower > upper;
    const want = majorityLower ? LOWER : UPPER;
    const report = (ins: Instruction): void => {
      const name = ins.keywordRaw;
      const wanted = majorityLower ? name.toLowerCase() : name.toUpperCase();
      ctx.report({
        ...ins.keywordRange,
        message: `Command '${name}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        fix: { ...ins.keywordRange, text: wanted },
      });
    };
    if (majorityLower) {
      for (const stage of ctx.model.stages) {
        if (!(casing(stage.from.keywordRaw) & want)) report(stage.from);
        for (const ins of stage.instructions) if (!(casing(ins.keywordRaw) & want)) report(ins);
      }
      return;
    }
    for (let i = 0; i < others.length; i++) if (!(otherCasing[i]! & want)) report(others[i]!);
  },
});
