import { defineRule, type Instruction } from '../types';
import { at } from './support/ranges';
import { bit, eachOfKinds, Kind } from './support/file-index';

/** MAINTAINER is deprecated; mirrors BuildKit's MaintainerDeprecated, with a LABEL replacement. */
export const maintainerDeprecated = defineRule({
  meta: {
    id: 'maintainer-deprecated',
    severity: 'warning',
    description: 'MAINTAINER is deprecated in favour of a LABEL',
    docs: 'https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/',
    buildkit: 'MaintainerDeprecated',
  },
  check(ctx) {
    // BuildKit reports it while parsing, so a MAINTAINER before the first FROM counts too.
    const { model } = ctx;
    // With stages, the file's other instructions are the preamble (ARGs aside) and FROMs.
    if (model.stages.length === 0) for (const ins of ctx.file.instructions) visit(ins);
    else {
      for (const ins of model.preamble) visit(ins);
      eachOfKinds(model, bit(Kind.MAINTAINER), visit);
    }
    function visit(ins: Instruction): void {
      if (ins.keyword !== 'MAINTAINER') return;
      const author = ins.text.trim();
      const { range } = ins;
      const safe = range.line === range.endLine && author !== '' && !/["\\$`]/.test(author);
      ctx.report(
        at(ins.keywordRange, {
          message: 'Maintainer instruction is deprecated in favor of using label',
          fix: safe
            ? { ...range, text: `LABEL org.opencontainers.image.authors="${author}"` }
            : undefined,
        }),
      );
    }
  },
});
