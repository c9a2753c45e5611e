import { allRefs } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `COPY --from=$X` / `RUN --mount=from=$X`: BuildKit expands no variables there. */
export const variableInFromFlag = defineRule({
  meta: {
    id: 'variable-in-from-flag',
    severity: 'error',
    description: 'variables are not expanded in --from or mount from=',
    docs: 'common-mistakes',
    // BuildKit raises this for every stage, needed or not: toCommand checks every stage's --from (convert.go:950); a mount's from= fails in
    // instructions.Parse (convert.go:273)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    for (const ref of allRefs(model)) {
      // buildStageModel resolves a --from / from= to `none` exactly when refHasVariable holds
      if (ref.kind === 'from' || ref.onbuild || ref.via !== 'none') continue;
      report(
        at(ref.range, {
          message:
            ref.kind === 'copy'
              ? 'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround'
              : "'from' doesn't support variable expansion, define alias stage instead",
        }),
      );
    }
  },
});
