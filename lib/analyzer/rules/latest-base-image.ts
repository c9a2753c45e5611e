import { baseContextSource } from '../named-contexts';
import { imageRefIn } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `FROM node:latest`: the tag moves with every release, so builds are not repeatable. */
export const latestBaseImage = defineRule({
  meta: {
    id: 'latest-base-image',
    severity: 'warning',
    description: 'base images should not use the latest tag',
    docs: 'choosing-a-base',
    hadolint: 'DL3007',
  },
  check({ model, options, report }) {
    for (const s of model.stages) {
      if (s.baseStage !== null || !s.baseRange) continue;
      if ((s.baseVars?.unmatched.length ?? 0) > 0) continue;
      // a named build context of that name is read instead of pulling `latest`
      if (baseContextSource(options, s) !== undefined) continue;
      const ref = imageRefIn(model, s.base);
      // a digest pins the content whatever the tag says
      if (!ref.ok || ref.tag !== 'latest' || ref.digest !== null) continue;
      report(
        at(s.baseRange, {
          message: `Base image ${s.base} uses the latest tag, which changes whenever a new release is pushed; name a version tag`,
        }),
      );
    }
  },
});
