import { allRefs, baseRefIn, fromCaseMismatch, imageRefIn } from '../stage-graph';
import { fromHasName } from '../stages';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** An image name BuildKit cannot parse (`FROM Ubuntu`, `COPY --from=^x`), so it fails before pulling. */
export const invalidImageReference = defineRule({
  meta: {
    id: 'invalid-image-reference',
    severity: 'error',
    description: 'an image name that is not a valid reference',
    docs: 'choosing-a-base',
    // BuildKit raises this for every stage, needed or not: resolveBaseImage parses every base name, reachable or not, before its `if reachable`
    // (convert.go:629, :640); `--from` images are stages of their own by then (:527-531)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      if (s.baseStage !== null || s.base === '' || !s.baseRange) continue;
      const n = s.from.args.length;
      if (!(n === 1 || (n === 3 && fromHasName(s.from)))) continue;
      // a mis-cased stage is unknown-stage-reference's; an unset ARG that leaves `golang:` fails
      // here as well (InvalidDefaultArgInFrom only warns about the defaults beforehand)
      if (fromCaseMismatch(model, s)) continue;
      const ref = baseRefIn(model, s);
      if (ref.ok) continue;
      report(at(s.baseRange, { message: `failed to parse stage name "${s.base}": ${ref.error}` }));
    }
    for (const ref of allRefs(model)) {
      // an `image` ref holds no variable: buildStageModel resolves those to `none`
      if (ref.kind === 'from' || ref.via !== 'image' || ref.onbuild) continue;
      const parsed = imageRefIn(model, ref.value);
      if (parsed.ok) continue;
      report(
        at(ref.range, {
          message: `failed to parse stage name "${ref.value}": ${parsed.error}`,
        }),
      );
    }
  },
});
