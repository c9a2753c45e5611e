import { fromHasName } from '../stages';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** A FROM base that is empty once ARGs are expanded (`FROM $UNSET`, `FROM ""`). */
export const emptyBaseName = defineRule({
  meta: {
    id: 'empty-base-name',
    severity: 'error',
    description: 'the FROM image name is empty after ARG expansion',
    docs: 'common-mistakes',
    // BuildKit raises this for every stage, needed or not: buildDispatchStates checks every stage's base name (convert.go:409-410)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      if (s.base !== '' || !s.baseRange) continue;
      const n = s.from.args.length;
      if (!(n === 1 || (n === 3 && fromHasName(s.from)))) continue; // wrong arity fails first
      report(at(s.baseRange, { message: `base name (${s.baseRaw ?? ''}) should not be blank` }));
    }
  },
});
