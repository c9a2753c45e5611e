import { closest, withSuggestion } from '../suggest';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `--target` names no stage (compared case-insensitively). */
export const unknownTarget = defineRule({
  meta: {
    id: 'unknown-target',
    severity: 'error',
    description: 'the requested --target is not a stage in this file',
    docs: 'target-and-skipped-stages',
    // BuildKit raises this for every stage, needed or not: resolveTarget, before any stage is resolved (convert.go:513)
    raisedAt: 'validation',
  },
  check({ model, options, report }) {
    const target = options.target;
    if (!target || model.target >= 0) return;
    const last = model.stages[model.stages.length - 1];
    if (!last) return;
    const names: string[] = [];
    for (const s of model.stages) if (s.key !== null) names.push(s.key);
    const guess = closest(target.toLowerCase(), names);
    report(
      at(last.from.keywordRange, {
        message: withSuggestion(`target stage "${target}" could not be found`, guess),
        suggestion: guess ?? undefined,
      }),
    );
  },
});
