import { allRefs, imageRefIn, namesBuildContext, stageTypo } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** A `--from` / `from=` that names no stage (nor nearly one): BuildKit pulls that image. */
export const externalImageReference = defineRule({
  meta: {
    id: 'external-image-reference',
    severity: 'info',
    description: 'a --from that pulls an image rather than using a stage',
    docs: 'naming-stages',
  },
  check({ model, options, report }) {
    for (const ref of allRefs(model)) {
      if (ref.kind === 'from' || ref.via !== 'image' || ref.onbuild) continue;
      if (namesBuildContext(options, ref.value)) continue;
      // (an `image` ref holds no variable: buildStageModel resolves those to `none`)
      if (ref.value.toLowerCase() === 'scratch') continue;
      if (stageTypo(model, ref.value)) continue; // unknown-stage-reference explains it
      const image = imageRefIn(model, ref.value);
      if (!image.ok) continue; // invalid-image-reference explains it
      report(
        at(ref.range, {
          message: `"${ref.value}" is not a stage in this Dockerfile, so BuildKit pulls the image ${image.normalized}`,
        }),
      );
    }
  },
});
