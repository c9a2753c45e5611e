import { chainRoot } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `/` or `/.`; the length test first settles almost every word without a string compare. */
function isRoot(path: string): boolean {
  return path.length <= 2 && (path === '/' || path === '/.');
}

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
        // the sources: every word but the destination
        const words = ref.instruction.args;
        let roots = 0;
        for (let i = 0; i < words.length - 1; i++) if (isRoot(words[i]!.value)) roots++;
        if (roots === 0) continue;
        if (ref.resolved !== null) {
          // a stage built FROM scratch holds only what was copied into it: copying / is the point
          const root = chainRoot(model, ref.resolved);
          if (root && root.baseStage === null && root.base === 'scratch') continue;
        }
        for (let i = 0; i < words.length - 1; i++) {
          const w = words[i]!;
          if (!isRoot(w.value)) continue;
          const what = ref.resolved !== null ? `stage "${ref.value}"` : `image ${ref.value}`;
          report(
            at(w.range, {
              message: `COPY --from=${ref.value} ${w.value} copies the entire filesystem of ${what}, its OS files and tools included; copy only the paths you need`,
            }),
          );
        }
      }
    }
  },
});
