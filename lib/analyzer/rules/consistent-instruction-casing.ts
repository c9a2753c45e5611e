import { defineRule, type Instruction } from '../types';
import { at, fixAt } from './support/ranges';
import { fileIndex } from './support/file-index';

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
    // The file index counted the keywords written in uppercase; only the others are read here.
    const { notUpper, upper: upperCount } = fileIndex(ctx.model);
    let lower = 0;
    let upper = upperCount;
    const casings: number[] = [];
    for (const ins of notUpper) {
      const c = casing(ins.keywordRaw);
      casings.push(c);
      if (c === 0) continue;
      // a keyword without letters is its own lowercase: counted as lowercase, as before
      if (c & LOWER) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    const want = majorityLower ? LOWER : UPPER;
    const report = (ins: Instruction): void => {
      const name = ins.keywordRaw;
      const wanted = majorityLower ? name.toLowerCase() : name.toUpperCase();
      ctx.report(
        at(ins.keywordRange, {
          message: `Command '${name}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
          fix: fixAt(ins.keywordRange, wanted),
        }),
      );
    };
    if (majorityLower) {
      for (const stage of ctx.model.stages) {
        if (!(casing(stage.from.keywordRaw) & want)) report(stage.from);
        for (const ins of stage.instructions) if (!(casing(ins.keywordRaw) & want)) report(ins);
      }
      return;
    }
    // an uppercase keyword always suits an uppercase majority
    for (let i = 0; i < notUpper.length; i++) if (!(casings[i]! & want)) report(notUpper[i]!);
  },
});
