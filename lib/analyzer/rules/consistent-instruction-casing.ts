import { defineRule, type Instruction } from '../types';

function isSelfConsistent(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase();
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
    const counted: Instruction[] = [];
    for (const stage of ctx.model.stages) {
      counted.push(stage.from, ...stage.instructions);
    }
    let lower = 0;
    let upper = 0;
    for (const ins of counted) {
      const name = ins.keywordRaw;
      if (!isSelfConsistent(name)) continue;
      if (name === name.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    for (const ins of counted) {
      const name = ins.keywordRaw;
      const wanted = majorityLower ? name.toLowerCase() : name.toUpperCase();
      if (name === wanted) continue;
      ctx.report({
        ...ins.keywordRange,
        message: `Command '${name}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        fix: { ...ins.keywordRange, text: wanted },
      });
    }
  },
});
