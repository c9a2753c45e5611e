import { defineRule, type Range } from '../types';
import { at } from './support/ranges';

const MESSAGE = 'FROM requires either one or three arguments';

/** FROM with neither one argument nor `<base> AS <name>` (a missing name, extra words, a misspelt AS). */
export const invalidFrom = defineRule({
  meta: {
    id: 'invalid-from',
    severity: 'error',
    description: 'FROM takes an image and optionally AS and a stage name',
    docs: 'naming-stages',
    // BuildKit raises this for every stage, needed or not: instructions.Parse, for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      // a stage name is set exactly when FROM reads `x AS name`: well formed, nothing to read
      if (s.key !== null) continue;
      const args = s.from.args;
      const n = args.length;
      if (n === 1) continue;
      const as = args[1];
      if (n === 3 && as && as.value.toLowerCase() === 'as') continue;
      if (n === 3 && as) {
        // the middle word was meant to be AS
        const text = s.from.keywordRaw === s.from.keywordRaw.toLowerCase() ? 'as' : 'AS';
        report(at(as.range, { message: MESSAGE, suggestion: text, fix: { ...as.range, text } }));
        continue;
      }
      let range: Range = s.from.keywordRange;
      const first = n === 2 ? args[1] : args[3];
      const last = args[n - 1];
      if (n >= 2 && first && last) {
        range = {
          line: first.range.line,
          column: first.range.column,
          endLine: last.range.endLine,
          endColumn: last.range.endColumn,
        };
      }
      report(at(range, { message: MESSAGE }));
    }
  },
});
