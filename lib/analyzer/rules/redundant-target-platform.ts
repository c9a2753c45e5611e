import { onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

/** `FROM --platform=$TARGETPLATFORM`, which is the default; mirrors BuildKit's RedundantTargetPlatform. */
export const redundantTargetPlatform = defineRule({
  meta: {
    id: 'redundant-target-platform',
    severity: 'warning',
    description: '--platform=$TARGETPLATFORM is the default',
    docs: 'https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/',
    buildkit: 'RedundantTargetPlatform',
    hadolint: 'DL3065',
  },
  check({ model, report }) {
    const target = model.env?.get('TARGETPLATFORM');
    for (const s of model.stages) {
      const vars = s.platformVars;
      if (!vars || vars.unmatched.length > 0 || vars.matched.length !== 1) continue;
      if (vars.matched[0] !== 'TARGETPLATFORM' || s.platform !== target) continue;
      const flag = s.from.flags.find((f) => f.name === 'platform');
      report(
        at(onFromLine(s, flag?.range ?? null), {
          message: `Setting platform to predefined ${s.platformRaw ?? ''} in FROM is redundant as this is the default behavior`,
        }),
      );
    }
  },
});
