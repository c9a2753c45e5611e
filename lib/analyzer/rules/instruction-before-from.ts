import { KNOWN_INSTRUCTIONS } from '../parse';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** An instruction other than ARG before the first FROM; BuildKit has no stage to run it in. */
export const instructionBeforeFrom = defineRule({
  meta: {
    id: 'instruction-before-from',
    severity: 'error',
    description: 'only ARG may come before the first FROM',
    docs: 'common-mistakes',
    // BuildKit raises this for every stage, needed or not: instructions.Parse, for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    for (const inst of model.preamble) {
      // unknown keywords fail earlier, with their own error
      if (!KNOWN_INSTRUCTIONS.has(inst.keyword.toLowerCase())) continue;
      report(at(inst.keywordRange, { message: 'no build stage in current context' }));
    }
  },
});
