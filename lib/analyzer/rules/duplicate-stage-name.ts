import { onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** A stage name used twice (compared lowercased); mirrors BuildKit's DuplicateStageName. */
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
    const seen = new Set<string>();
    for (const s of model.stages) {
      if (s.key === null) continue;
      if (seen.has(s.key)) {
        report(
          at(onFromLine(s, s.nameRange), {
            message: `Duplicate stage name "${s.key}", stage names should be unique`,
          }),
        );
      }
      seen.add(s.key);
    }
  },
});
