import { baseContextSource } from '../named-contexts';
import { baseRefIn, fromCaseMismatch, fromLaterStage } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `FROM node` with no tag or digest: BuildKit pulls whatever `latest` is that day. */
export const untaggedBaseImage = defineRule({
  meta: {
    id: 'untagged-base-image',
    severity: 'warning',
    description: 'base images should name a version tag',
    docs: 'choosing-a-base',
    hadolint: 'DL3006',
  },
  check({ model, options, report }) {
    for (const s of model.stages) {
      if (s.baseStage !== null || s.base === 'scratch' || !s.baseRange) continue;
      // an ARG without a value gives no image to judge; stage-name mix-ups have their own rules
      if ((s.baseVars?.unmatched.length ?? 0) > 0) continue;
      if (fromCaseMismatch(model, s) || fromLaterStage(model, s)) continue;
      // a named build context of that name is read instead of pulling `latest`
      if (baseContextSource(options, s) !== undefined) continue;
      const ref = baseRefIn(model, s);
      if (!ref.ok || ref.tag !== null || ref.digest !== null) continue;
      report(
        at(s.baseRange, {
          message: `Base image ${s.base} has no tag, so BuildKit pulls ${ref.normalized}, which changes whenever a new release is pushed; name a version tag`,
        }),
      );
    }
  },
});
