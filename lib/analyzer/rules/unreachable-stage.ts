import { stageName } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** A stage the chosen target does not need: BuildKit skips it (the legacy builder ran it). */
export const unreachableStage = defineRule({
  meta: {
    id: 'unreachable-stage',
    severity: 'info',
    description: 'a stage that is not built for the chosen target',
    docs: 'target-and-skipped-stages',
  },
  check({ model, report }) {
    const target = model.stages[model.target];
    if (!target) return;
    const targetName = stageName(target);
    for (const s of model.stages) {
      if (s.reachable) continue;
      const r = s.from.range;
      const range = r.line === r.endLine ? r : s.from.keywordRange;
      report(
        at(range, {
          message: `Stage "${stageName(s)}" is not built for target "${targetName}": nothing the target needs comes from it, so BuildKit skips it`,
        }),
      );
    }
  },
});
