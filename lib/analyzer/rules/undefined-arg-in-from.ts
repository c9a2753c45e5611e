import { onFromLine } from '../stage-graph';
import { AUTOMATIC_ARG_NAMES } from '../stages';
import { closest } from '../suggest';
import { defineRule, type Range, type StageInfo } from '../types';
import { at } from './support/ranges';

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
    // built only once some FROM uses an undeclared name, which is rare
    let known: Set<string> | null = null;
    const declaredNames = (): Set<string> => {
      if (known) return known;
      known = new Set<string>([...AUTOMATIC_ARG_NAMES, ...model.globalArgs.keys()]);
      if (model.env) for (const k of model.env.keys()) known.add(k);
      return known;
    };
    const check = (s: StageInfo, names: string[], range: Range | null): void => {
      for (const name of names) {
        // the set is their union: ask the three first, build it only to suggest a name
        if (
          AUTOMATIC_ARG_NAMES.has(name) ||
          model.globalArgs.has(name) ||
          (model.env !== undefined && model.env.has(name))
        ) {
          continue;
        }
        const declared = declaredNames();
        const guess = closest(name, declared);
        report(
          at(onFromLine(s, range), {
            message: `FROM argument '${name}' is not declared${guess ? ` (did you mean ${guess}?)` : ''}`,
            suggestion: guess ?? undefined,
          }),
        );
      }
    };
    for (const s of model.stages) {
      if (s.baseVars && s.baseVars.unmatched.length > 0)
        check(s, s.baseVars.unmatched, s.baseRange);
      if (s.platformVars && s.platformVars.unmatched.length > 0) {
        const range = s.from.flags.find((f) => f.name === 'platform')?.valueRange ?? null;
        check(s, s.platformVars.unmatched, range);
      }
    }
  },
});
