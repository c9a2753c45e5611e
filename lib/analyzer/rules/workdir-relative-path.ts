import { defineRule } from '../types';
import { expandWord } from './support/expand';
import { onFirstLine } from './support/ranges';
import { scopeLookup, walkStages } from './support/stage-scope';

/**
 * A relative WORKDIR before any absolute one depends on the base image's working directory:
 * mirrors BuildKit's WorkdirRelativePath (only the first WORKDIR of a stage chain is checked).
 */
export const workdirRelativePath = defineRule({
  meta: {
    id: 'workdir-relative-path',
    severity: 'warning',
    description: 'The first WORKDIR of a stage should be an absolute path',
    docs: 'https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/',
    buildkit: 'WorkdirRelativePath',
  },
  check(ctx) {
    walkStages(ctx, {
      visit(ins, scope) {
        if (ins.keyword !== 'WORKDIR' || scope.workdirSet) return;
        const raw = ins.text.trim();
        if (raw === '') return;
        // BuildKit checks the expanded path; skip when a variable's value cannot be known.
        const path = expandWord(raw, scopeLookup(scope), ctx.file.escape).value;
        if (path === null || path.startsWith('/')) return;
        ctx.report({
          ...onFirstLine(ins, ins.args[0]?.range),
          message: `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes`,
        });
      },
    });
  },
});
