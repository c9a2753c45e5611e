import { OFFICIAL_IMAGES } from '../official-images';
import {
  allRefs,
  fromCaseMismatch,
  imageRefIn,
  isBareName,
  namesBuildContext,
  pulledImage,
  stageTypo,
} from '../stage-graph';
import { defineRule, type StageModel } from '../types';
import { at, fixAt } from './support/ranges';

/**
 * A `--from` / `from=` name that is no stage but is one or two letters away from one, or that is a
 * bare name no official image has; or a FROM base that matches an earlier stage only when case is
 * ignored. BuildKit reads all of them as image names and fails pulling them.
 */
export const unknownStageReference = defineRule({
  meta: {
    id: 'unknown-stage-reference',
    severity: 'error',
    description:
      'a stage reference that names no stage, so BuildKit pulls an image that almost surely does not exist',
    docs: 'naming-stages',
    // the image a `--from` names is pulled only for a reachable stage (convert.go:640, :696); the
    // FROM case report below overrides this, as parsing the name fails for every stage (:629)
    raisedAt: 'dispatch',
  },
  check({ model, options, report }) {
    for (const ref of allRefs(model)) {
      // an `image` ref holds no variable: buildStageModel resolves those to `none`
      if (ref.kind === 'from' || ref.via !== 'image') continue;
      if (namesBuildContext(options, ref.value)) continue;
      const stage = stageTypo(model, ref.value);
      if (!stage || stage.name === null) {
        if (!ref.onbuild && noSuchImage(model, ref.value)) {
          report(
            at(ref.range, {
              message: `"${ref.value}" is not a stage in this Dockerfile, and no official image has that name, so pulling ${pulledImage(ref.value)} fails (unless a local image or a named build context "${ref.value}" exists)`,
            }),
          );
        }
        continue;
      }
      const image = pulledImage(ref.value) ?? ref.value;
      report(
        at(ref.range, {
          message: `"${ref.value}" is not a stage in this Dockerfile, so BuildKit would try to pull the image ${image} (did you mean ${stage.name}?)`,
          suggestion: stage.name,
          fix: fixAt(ref.range, stage.name),
        }),
      );
    }
    for (const s of model.stages) {
      const earlier = fromCaseMismatch(model, s);
      if (!earlier || earlier.key === null || !s.baseRange) continue;
      const key = earlier.key;
      report(
        at(s.baseRange, {
          message: `FROM ${s.base} does not match stage "${earlier.name ?? key}": FROM compares stage names exactly after lowercasing them, so BuildKit reads ${s.base} as an image name and fails (did you mean ${key}?)`,
          suggestion: key,
          fix: s.baseRaw === s.base ? fixAt(s.baseRange, key) : undefined,
          // parsing the mis-cased name fails for every stage, reachable or not (convert.go:629)
          raisedAt: 'validation',
        }),
      );
    }
  },
});

/**
 * A bare `--from` name that resolves to docker.io/library/<name>, which only official images use:
 * BuildKit's fallback pull of any other name fails (the corpus's `COPY --from=invalid`).
 */
function noSuchImage(model: StageModel, value: string): boolean {
  if (!isBareName(value)) return false;
  if (value === 'scratch' || value === 'context' || OFFICIAL_IMAGES.has(value)) return false;
  // an invalid name (e.g. upper case) is invalid-image-reference's to explain
  return imageRefIn(model, value).ok;
}
