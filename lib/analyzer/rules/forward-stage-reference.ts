import {
  findCycle,
  fromLaterStage,
  namesBuildContext,
  pulledImage,
  stageName,
} from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/**
 * A reference to a stage defined later in the file. COPY and mounts fail at build time; FROM does
 * not even see later stages and pulls an image of that name instead.
 */
export const forwardStageReference = defineRule({
  meta: {
    id: 'forward-stage-reference',
    severity: 'error',
    description: 'a stage is used before it is defined',
    docs: 'common-mistakes',
    // dispatch() raises both at convert.go:1124 and convert_runmount.go:77; a FROM that misses a
    // later stage pulls an image, and pulls happen only for reachable stages (convert.go:640, :696)
    raisedAt: 'dispatch',
  },
  check({ model, options, report }) {
    // BuildKit reports a cycle before any out-of-order copy, so refs on the cycle are left to it.
    const cycle = findCycle(model);
    // almost no file has a cycle: no set to build then
    const inCycle = cycle ? new Set(cycle.refs) : null;
    for (const s of model.stages) {
      for (const ref of s.refs) {
        if (ref.kind === 'from' || ref.onbuild || ref.resolved === null) continue;
        if (ref.resolved <= s.index || inCycle?.has(ref)) continue;
        // a build context named like the stage replaces it and is loaded before any stage is
        // dispatched (convert.go:460-474, :641-647), so the copy finds it ready
        const later = model.stages[ref.resolved];
        if (later?.key && namesBuildContext(options, later.key)) continue;
        const message =
          ref.kind === 'copy'
            ? `cannot copy from stage "${ref.value}", it needs to be defined before current stage "${stageName(s)}"`
            : `cannot mount from stage "${ref.value}" to "${ref.mountTarget ?? ''}", stage needs to be defined before current command`;
        report(at(ref.range, { message }));
      }
      const later = fromLaterStage(model, s);
      // a named build context of that name is read instead of pulling an image (convert.go:666)
      if (later && s.baseRange && !namesBuildContext(options, s.base)) {
        const image = pulledImage(s.base) ?? s.base;
        report(
          at(s.baseRange, {
            message: `FROM ${s.base} names stage "${stageName(later)}", which is defined later on line ${later.line}: FROM sees only earlier stages, so BuildKit would pull the image ${image} instead`,
          }),
        );
      }
    }
  },
});
