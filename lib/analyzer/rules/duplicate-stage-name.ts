import { onFromLine } from '../stage-graph';
import { defineRule, type StageInfo } from '../types';
import { at } from './support/ranges';

/** A stage name used twice (compared lowercased); mirrors BuildKit's DuplicateStageName. */
/** Some stage before stage `k` is named `key`. */
function namedBefore(stages: readonly StageInfo[], k: number, key: string): boolean {
  for (let j = 0; j < k; j++) if (stages[j]!.key === key) return true;
  return false;
}

export const duplicateStageName = defineRule({
  meta: {
    id: 'duplicate-stage-name',
    severity: 'warning',
    description: 'stage names should be unique',
    docs: 'https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/',
    buildkit: 'DuplicateStageName',
    hadolint: 'DL3024',
  },
  check({ model, report }) {
    // a scan of the earlier stages, not a Set per call: files have tens of stages
    const stages = model.stages;
    for (let k = 0; k < stages.length; k++) {
      const s = stages[k]!;
      if (s.key === null) continue;
      if (namedBefore(stages, k, s.key)) {
        report(
          at(onFromLine(s, s.nameRange), {
            message: `Duplicate stage name "${s.key}", stage names should be unique`,
          }),
        );
      }
    }
  },
});
