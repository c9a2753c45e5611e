import { baseChain } from '../stage-graph';
import { defineRule } from '../types';

/** `COPY --from=x / …` copies x's whole filesystem, OS and toolchain included. */
export const copyStageRoot = defineRule({
  meta: {
    id: 'copy-stage-root',
    severity: 'warning',
    description: 'COPY --from of / copies an entire filesystem',
    docs: 'common-mistakes',
    hadolint: 'DL3067',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      for (const ref of s.refs) {
        if (ref.kind !== 'copy' || ref.onbuild) continue;
        if (ref.resolved !== null) {
          // a stage built FROM scratch holds only what was copied into it: copying / is the point
          const chain = baseChain(model, ref.resolved);
          const root = chain[chain.length - 1];
          if (root && root.baseStage === null && root.base === 'scratch') continue;
        }
        for (const w of ref.instruction.args.slice(0, -1)) {
          if (w.value !== '/' && w.value !== '/.') continue;
          const what = ref.resolved !== null ? `stage "${ref.value}"` : `image ${ref.value}`;
          report({
            ...w.range,
            message: `COPY --from=${ref.value} ${w.value} copies the entire filesystem of ${what}, its OS files and tools included; copy only the paths you need`,
          });
        }
      }
    }
  },
});
