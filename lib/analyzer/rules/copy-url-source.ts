import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { isGitRemote } from './support/sources';

/** `COPY http://…`: only ADD downloads; BuildKit fails COPY of a URL or git remote. */
export const copyUrlSource = defineRule({
  meta: {
    id: 'copy-url-source',
    severity: 'error',
    description: 'COPY cannot fetch URLs or git repositories; ADD can',
    docs: 'https://docs.docker.com/reference/dockerfile/#add',
    // dispatchCopy (convert_copy.go:135, :186), run only for reachable stages (convert.go:780)
    raisedAt: 'dispatch',
  },
  check({ model, report }) {
    eachOfKinds(model, bit(Kind.COPY), (inst) => {
      if (inst.json) return;
      // a URL or git source holds one of these, and words are slices of the text
      if (!inst.text.includes('://') && !inst.text.includes('git')) return;
      const words = inst.args;
      for (let i = 0; i < words.length - 1; i++) {
        const w = words[i]!;
        const v = w.value;
        const git = isGitRemote(v);
        if (!git && !v.startsWith('http://') && !v.startsWith('https://')) continue;
        report(
          at(w.range, {
            message: git ? "source can't be a git ref for COPY" : "source can't be a URL for COPY",
            suggestion: 'ADD',
            fix: fixAt(inst.keywordRange, inst.keywordRaw === 'copy' ? 'add' : 'ADD'),
          }),
        );
      }
    });
  },
});
