import { onFromLine } from '../stage-graph';
import { AUTOMATIC_ARG_NAMES } from '../stages';
import { closest } from '../suggest';
import { defineRule } from '../types';

/** FROM uses a variable no global ARG declares; mirrors BuildKit's UndefinedArgInFrom. */
export const undefinedArgInFrom = defineRule({
  meta: {
    id: 'undefined-arg-in-from',
    severity: 'warning',
    description: 'FROM uses an ARG that is not declared before the first FROM',
    docs: 'https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/',
    buildkit: 'UndefinedArgInFrom',
  },
  check({ model, report }) {
    const declared = new Set<string>([...AUTOMATIC_ARG_NAMES, ...model.globalArgs.keys()]);
    if (model.env) for (const k of model.env.keys()) declared.add(k);
    for (const s of model.stages) {
      const uses = [
        { vars: s.baseVars, range: s.baseRange },
        {
          vars: s.platformVars,
          range: s.from.flags.find((f) => f.name === 'platform')?.valueRange ?? null,
        },
      ];
      for (const { vars, range } of uses) {
        for (const name of vars?.unmatched ?? []) {
          if (declared.has(name)) continue;
          const guess = closest(name, declared);
          report({
            ...onFromLine(s, range),
            message: `FROM argument '${name}' is not declared${guess ? ` (did you mean ${guess}?)` : ''}`,
            suggestion: guess ?? undefined,
          });
        }
      }
    }
  },
});
