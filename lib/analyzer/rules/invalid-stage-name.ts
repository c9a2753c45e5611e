import { fromHasName } from '../stages';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `/^[a-z][a-z0-9-_.]*$/`, BuildKit's stage name pattern, by character codes. */
function isValidName(name: string): boolean {
  if (name.length === 0) return false;
  const first = name.charCodeAt(0);
  if (first < 97 || first > 122) return false;
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46;
    if (!ok) return false;
  }
  return true;
}

/** A stage name that, lowercased, does not start with a letter or holds other symbols. */
export const invalidStageName = defineRule({
  meta: {
    id: 'invalid-stage-name',
    severity: 'error',
    description: 'stage names start with a letter and use only letters, digits, -, _ and .',
    docs: 'naming-stages',
    // BuildKit raises this for every stage, needed or not: instructions.Parse, for the whole file (convert.go:273)
    raisedAt: 'validation',
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
