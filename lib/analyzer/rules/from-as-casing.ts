import { onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';

/** `FROM x as y` / `from x AS y`; mirrors BuildKit's FromAsCasing. */
export const fromAsCasing = defineRule({
  meta: {
    id: 'from-as-casing',
    severity: 'warning',
    description: 'the AS keyword should match the casing of FROM',
    docs: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
    buildkit: 'FromAsCasing',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      const as = s.from.args[1];
      if (s.from.args.length < 3 || !as) continue;
      const kw = s.from.keywordRaw;
      // `FROM` is its own toUpperCase(), the same string: a pointer test settles the usual case
      const lower = kw !== s.from.keyword && kw === kw.toLowerCase();
      // mixed-case FROM is ConsistentInstructionCasing's business, as in BuildKit
      if (!lower && kw !== s.from.keyword && kw !== kw.toUpperCase()) continue;
      const want = lower ? as.value.toLowerCase() : as.value.toUpperCase();
      if (as.value === want) continue;
      const range = onFromLine(s, as.range);
      report(
        at(range, {
          message: `'${as.value}' and '${kw}' keywords' casing do not match`,
          suggestion: want,
          fix: range === as.range ? fixAt(as.range, want) : undefined,
        }),
      );
    }
  },
});
