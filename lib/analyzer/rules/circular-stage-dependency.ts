import { findCycle, stageName } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** Stages that copy or mount from each other in a loop (or from themselves), by name or index. */
export const circularStageDependency = defineRule({
  meta: {
    id: 'circular-stage-dependency',
    severity: 'error',
    description: 'stages depend on each other in a cycle',
    docs: 'common-mistakes',
    // BuildKit raises this for every stage, needed or not: validateCircularDependency runs over every stage (convert.go:538, validations.go:82-119)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    const cycle = findCycle(model);
    if (!cycle) return;
    const message = `circular dependency detected on stage: ${stageName(cycle.stage)}`;
    for (const ref of cycle.refs) report(at(ref.range, { message }));
  },
});
