import { defineRule } from '../types';
import { at } from './support/ranges';

/** A file of global ARGs only: BuildKit has nothing to build. */
export const noStages = defineRule({
  meta: {
    id: 'no-stages',
    severity: 'error',
    description: 'the file has no FROM, so there is no stage to build',
    docs: 'common-mistakes',
    // BuildKit raises this for every stage, needed or not: before any stage exists (convert.go:277)
    raisedAt: 'validation',
  },
  check({ model, file, report }) {
    // An empty file is no-instructions; other instructions before FROM are instruction-before-from.
    if (model.stages.length > 0 || model.preamble.length > 0) return;
    const first = file.instructions[0];
    if (!first) return;
    report(at(first.keywordRange, { message: 'dockerfile contains no stages to build' }));
  },
});
