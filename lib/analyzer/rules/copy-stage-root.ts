import { parseImageRef } from '../image-ref';
import { chainRoot } from '../stage-graph';
import { defineRule, type StageModel, type StageRef } from '../types';
import { at } from './support/ranges';

/** `/` or `/.`; the length test first settles almost every word without a string compare. */
function isRoot(path: string): boolean {
  return path.length <= 2 && (path === '/' || path === '/.');
}

/**
 * Helper images built FROM scratch whose documented use is `COPY --from=<image> / /`: tonistiigi/xx
 * (its README's Installation section; its image is the `FROM scratch AS base` stage of
 * base/Dockerfile, holding only the xx-* scripts).
 */
const SCRATCH_HELPERS: ReadonlySet<string> = new Set(['tonistiigi/xx']);

/** The stage a FROM chain starts from holds only what was put in it: its base is `scratch`. */
function startsFromScratch(model: StageModel, index: number): boolean {
  const root = chainRoot(model, index);
  return root !== undefined && root.baseStage === null && root.base === 'scratch';
}

/** The image a stage chain or a `--from` image starts from is a scratch-based helper. */
function isScratchHelper(model: StageModel, ref: StageRef): boolean {
  const image = ref.resolved === null ? ref.value : chainRoot(model, ref.resolved)?.base;
  if (image === undefined) return false;
  const parsed = parseImageRef(image);
  return parsed.ok && SCRATCH_HELPERS.has(parsed.familiar);
}

/** What a copy of `/` from `what` into `stage` does, and how sure the rule is that it is a mistake. */
function finding(model: StageModel, ref: StageRef, source: string, destination: string) {
  const what = ref.resolved !== null ? `stage "${ref.value}"` : `image ${ref.value}`;
  const copy = `COPY --from=${ref.value} ${source}`;
  if (isRoot(destination) && startsFromScratch(model, ref.stage)) {
    // the squash idiom: FROM scratch starts from an empty config (convert.go:597-600), and COPY
    // brings files only
    return {
      severity: 'info' as const,
      message: `${copy} ${destination} into a stage built FROM scratch flattens ${what} into one layer: the image keeps all of its files, OS files and tools included, but none of its ENV, WORKDIR, USER or CMD, which this stage has to set again`,
    };
  }
  return {
    message: `${copy} copies the entire filesystem of ${what}, its OS files and tools included; copy only the paths you need`,
  };
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
        // a stage or helper image built FROM scratch holds only what was put in it: copying / is the point
        if (ref.resolved !== null && startsFromScratch(model, ref.resolved)) continue;
        if (isScratchHelper(model, ref)) continue;
        const destination = words[words.length - 1]!.value;
        for (let i = 0; i < words.length - 1; i++) {
          const w = words[i]!;
          if (isRoot(w.value)) report(at(w.range, finding(model, ref, w.value, destination)));
        }
      }
    }
  },
});
