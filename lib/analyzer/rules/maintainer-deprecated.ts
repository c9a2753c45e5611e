import { defineRule } from '../types';

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
    for (const ins of ctx.file.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const author = ins.text.trim();
      const { range } = ins;
      const safe = range.line === range.endLine && author !== '' && !/["\\$`]/.test(author);
      ctx.report({
        ...ins.keywordRange,
        message: 'Maintainer instruction is deprecated in favor of using label',
        fix: safe
          ? { ...range, text: `LABEL org.opencontainers.image.authors="${author}"` }
          : undefined,
      });
    }
  },
});
