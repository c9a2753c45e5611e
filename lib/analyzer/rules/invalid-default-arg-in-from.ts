import { expandWord } from '../expand';
import { baseRefIn, imageRefIn, onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';
import { plain } from './support/words';

/**
 * With ARG defaults only (no --build-arg), a FROM base is empty or not a valid image name;
 * mirrors BuildKit's InvalidDefaultArgInFrom (validateBaseImagesWithDefaultArgs).
 */
export const invalidDefaultArgInFrom = defineRule({
  meta: {
    id: 'invalid-default-arg-in-from',
    severity: 'warning',
    description: 'ARG defaults give FROM an empty or invalid image name',
    docs: 'https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/',
    buildkit: 'InvalidDefaultArgInFrom',
  },
  check({ model, file, options, report }) {
    const env = model.defaultEnv ?? new Map<string, string>();
    const escape = file.escape.charCodeAt(0);
    // With no --build-arg the model's FROM env holds exactly the defaults (buildStageModel fills
    // both maps alike), so its expansion of each base is the one this check needs.
    const args = options.buildArgs;
    const same = (!args || Object.keys(args).length === 0) && model.env !== undefined;
    for (const s of model.stages) {
      const raw = s.baseRaw ?? s.base;
      let image = raw;
      if (same && s.baseVars !== undefined) {
        if (s.baseVars.error) return; // as below: BuildKit abandons the check
        image = s.base;
      } else if (!plain(raw, escape)) {
        // a word without `$`, quotes or escapes expands to itself: no lexer needed
        const e = expandWord(raw, env, file.escape);
        if (e.error) return; // BuildKit abandons the check and fails later with the same error
        image = e.result;
      }
      if ((image === s.base ? baseRefIn(model, s) : imageRefIn(model, image)).ok) continue;
      report(
        at(onFromLine(s, s.baseRange), {
          message: `Default value for ARG ${raw} results in empty or invalid base image name`,
        }),
      );
    }
  },
});
