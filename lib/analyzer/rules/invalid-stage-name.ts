import { fromHasName } from '../stages';
import { defineRule } from '../types';
import { at } from './support/ranges';

const VALID = /^[a-z][a-z0-9-_.]*$/;

/** A stage name that, lowercased, does not start with a letter or holds other symbols. */
export const invalidStageName = defineRule({
  meta: {
    id: 'invalid-stage-name',
    severity: 'error',
    description: 'stage names start with a letter and use only letters, digits, -, _ and .',
    docs: 'naming-stages',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      if (!fromHasName(s.from) || s.key === null || !s.nameRange || VALID.test(s.key)) continue;
      report(
        at(s.nameRange, {
          message: `invalid name for build stage: "${s.name ?? ''}", name can't start with a number or contain symbols`,
        }),
      );
    }
  },
});
