import { defineRule } from '../types';
import { at } from './support/ranges';

/**
 * A FROM base name whose ARG expansion fails (`${VERSION:?set VERSION}` with VERSION unset, a bad
 * substitution, an unterminated quote). BuildKit expands every stage's base name before any stage
 * runs (dockerfile2llb/convert.go, `ProcessWordWithMatches(st.BaseName, …)` in the loop over all
 * stages), so the build fails whether the target needs the stage or not, with the lexer's message
 * (shell/lex.go, e.g. `VERSION: is not allowed to be unset`). Where the analyzer gave up on a word
 * (nested too deep, patterns too costly) it says so instead of guessing.
 */
export const baseNameExpansion = defineRule({
  meta: {
    id: 'base-name-expansion',
    severity: 'error',
    description: 'the FROM base name cannot be expanded',
    docs: 'common-mistakes',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const expansion = stage.baseVars;
      if (!expansion || !stage.baseRange) continue;
      if (expansion.error !== null) {
        report(at(stage.baseRange, { message: expansion.error }));
      } else if (expansion.limit) {
        const message = `${expansion.limit}, so the checks of this base name are incomplete`;
        report(at(stage.baseRange, { message, severity: 'warning' }));
      }
    }
  },
});
