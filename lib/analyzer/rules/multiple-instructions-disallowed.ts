import { defineRule, type Instruction } from '../types';
import { at } from './support/ranges';
import { bit, fileIndex, Kind } from './support/file-index';

const ONCE = bit(Kind.CMD) | bit(Kind.ENTRYPOINT) | bit(Kind.HEALTHCHECK);

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
    const { kinds, starts, masks } = fileIndex(ctx.model);
    for (const stage of ctx.model.stages) {
      if (!(masks[stage.index]! & ONCE)) continue;
      // Per stage only: a stage built FROM another starts with fresh trackers in BuildKit.
      const last = new Map<string, Instruction>();
      const start = starts[stage.index]!;
      const n = stage.instructions.length;
      for (let i = 0; i < n; i++) {
        if (!(ONCE & bit(kinds[start + i]! as Kind))) continue;
        const ins = stage.instructions[i]!;
        const previous = last.get(ins.keyword);
        if (previous) {
          ctx.report(
            at(previous.keywordRange, {
              message: `Multiple ${ins.keywordRaw} instructions should not be used in the same stage because only the last one will be used`,
            }),
          );
        }
        last.set(ins.keyword, ins);
      }
    }
  },
});
