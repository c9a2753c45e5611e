import { defineRule, type Instruction } from '../types';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

/**
 * A second CMD, ENTRYPOINT or HEALTHCHECK in one stage: mirrors BuildKit's
 * MultipleInstructionsDisallowed, reported on the earlier one, which is the one that gets ignored.
 */
export const multipleInstructionsDisallowed = defineRule({
  meta: {
    id: 'multiple-instructions-disallowed',
    severity: 'warning',
    description: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect',
    docs: 'https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/',
    buildkit: 'MultipleInstructionsDisallowed',
    hadolint: 'DL4003',
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      // Per stage only: a stage built FROM another starts with fresh trackers in BuildKit.
      const last = new Map<string, Instruction>();
      for (const ins of stage.instructions) {
        if (!ONCE.includes(ins.keyword)) continue;
        const previous = last.get(ins.keyword);
        if (previous) {
          ctx.report({
            ...previous.keywordRange,
            message: `Multiple ${ins.keywordRaw} instructions should not be used in the same stage because only the last one will be used`,
          });
        }
        last.set(ins.keyword, ins);
      }
    }
  },
});
