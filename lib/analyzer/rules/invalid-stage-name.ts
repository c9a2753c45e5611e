import { fromHasName } from '../stages';
import { defineRule } from '../types';
import { at } from './support/ranges';

/**
 * BuildKit's stage name pattern. One regex test, not a loop over character codes: names are
 * slices of the source, whose characters cost more to read one by one than the regex scan.
 */
const VALID_NAME = /^[a-z][a-z0-9\-_.]*$/;

function isValidName(name: string): boolean {
  return VALID_NAME.test(name);
}

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
      if (s.key === null || !s.nameRange || isValidName(s.key) || !fromHasName(s.from)) continue;
      report(
        at(s.nameRange, {
          message: `invalid name for build stage: "${s.name ?? ''}", name can't start with a number or contain symbols`,
        }),
      );
    }
  },
});
