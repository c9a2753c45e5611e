import { onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';

/** A stage name with capitals; mirrors BuildKit's StageNameCasing (it matches lowercased anyway). */
export const stageNameCasing = defineRule({
  meta: {
    id: 'stage-name-casing',
    severity: 'warning',
    description: 'stage names should be lowercase',
    docs: 'https://docs.docker.com/go/dockerfile/rule/stage-name-casing/',
    buildkit: 'StageNameCasing',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      // the key is the name lowercased, the same string when it already was: a pointer test
      if (s.key !== null && s.key === s.name) continue;
      const args = s.from.args;
      const word = args[2];
      if (args.length !== 3 || !word || word.value === word.value.toLowerCase()) continue;
      const range = onFromLine(s, word.range);
      report(
        at(range, {
          message: `Stage name '${word.value}' should be lowercase`,
          suggestion: word.value.toLowerCase(),
          fix: range === word.range ? fixAt(word.range, word.value.toLowerCase()) : undefined,
        }),
      );
    }
  },
});
