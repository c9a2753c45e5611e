import { onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

const RESERVED = new Set(['context', 'scratch']);

/** A stage called `scratch` or `context`; mirrors BuildKit's ReservedStageName. */
export const reservedStageName = defineRule({
  meta: {
    id: 'reserved-stage-name',
    severity: 'warning',
    description: 'scratch and context are reserved names',
    docs: 'https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/',
    buildkit: 'ReservedStageName',
    hadolint: 'DL3063',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      if (s.key === null || !RESERVED.has(s.key)) continue;
      report(
        at(onFromLine(s, s.nameRange), {
          message: `Stage name should not use the same name as reserved stage "${s.key}"`,
        }),
      );
    }
  },
});
