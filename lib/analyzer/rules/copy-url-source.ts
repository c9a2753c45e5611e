import { defineRule } from '../types';

// A git remote (BuildKit's gitutil.ParseGitRef) is refused with its own message.
const GIT = /^(?:git@|git:\/\/)|\.git(?:#|$)/;

/** `COPY http://…`: only ADD downloads; BuildKit fails COPY of a URL or git remote. */
export const copyUrlSource = defineRule({
  meta: {
    id: 'copy-url-source',
    severity: 'error',
    description: 'COPY cannot fetch URLs or git repositories; ADD can',
    docs: 'https://docs.docker.com/reference/dockerfile/#add',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      for (const inst of s.instructions) {
        if (inst.keyword !== 'COPY' || inst.json) continue;
        const sources = inst.args.slice(0, -1);
        for (const w of sources) {
          const v = w.value;
          const git = GIT.test(v);
          if (!git && !/^https?:\/\//.test(v)) continue;
          report({
            ...w.range,
            message: git ? "source can't be a git ref for COPY" : "source can't be a URL for COPY",
            suggestion: 'ADD',
            fix: { ...inst.keywordRange, text: inst.keywordRaw === 'copy' ? 'add' : 'ADD' },
          });
        }
      }
    }
  },
});
