import { baseChain, chainRoot } from '../stage-graph';
import { defineRule, type Instruction, type StageInfo } from '../types';
import { at } from './support/ranges';
import { bit, fileIndex, Kind } from './support/file-index';
import { mountTargets } from './support/shell-commands';

const COPIES = new Set(['COPY', 'ADD']);

/** COPY/ADD puts files in the stage; ONBUILD COPY/ADD does so in the stages built FROM it. */
function putsFiles(ins: Instruction, inherited: boolean): boolean {
  if (COPIES.has(ins.keyword)) return true;
  return inherited && ins.keyword === 'ONBUILD' && COPIES.has(ins.onbuild?.keyword ?? '');
}

/**
 * A RUN in a stage whose base chain ends at `scratch`: scratch is empty, so there is no /bin/sh
 * for the shell form and no program for the exec form unless COPY/ADD (or a bind mount) put one
 * there. BuildKit accepts the file and fails only when the RUN executes.
 */
export const runInScratchStage = defineRule({
  meta: {
    id: 'run-in-scratch-stage',
    severity: 'error',
    description: 'RUN in a stage built FROM scratch, which has no shell and no programs',
    docs: 'choosing-a-base',
    // the RUN fails when it executes, and only reachable stages are dispatched and solved
    // (convert.go:780)
    raisedAt: 'dispatch',
  },
  check({ model, report }) {
    const { masks } = fileIndex(model);
    for (const stage of model.stages) {
      if (!(masks[stage.index]! & bit(Kind.RUN))) continue; // it reports RUNs only
      const root = chainRoot(model, stage.index);
      if (!root || root.baseStage !== null || root.base !== 'scratch') continue;
      const chain = baseChain(model, stage.index);
      // the stages it is built FROM, base first; their instructions all ran before this stage's
      const ancestors: StageInfo[] = chain.slice(1).reverse();
      let copied = ancestors.some((s) => s.instructions.some((i) => putsFiles(i, true)));
      let shell: string | null = null;
      for (const s of ancestors) {
        for (const i of s.instructions)
          if (i.keyword === 'SHELL' && i.json) shell = i.json[0] ?? '';
      }
      for (const ins of stage.instructions) {
        if (putsFiles(ins, false)) copied = true;
        else if (ins.keyword === 'SHELL' && ins.json) shell = ins.json[0] ?? '';
        if (ins.keyword !== 'RUN') continue;
        const bound = mountTargets(model, ins).some((m) => m.type === 'bind');
        const exec = ins.json !== null;
        if (!copied && !bound) {
          const missing = exec
            ? `no ${ins.json?.[0] ? `"${ins.json[0]}"` : 'program'} to run`
            : `no ${shell || '/bin/sh'} and no programs at all`;
          report(
            at(ins.range, {
              message: `this RUN fails: the stage is built FROM scratch, which is empty, so there is ${missing}; COPY in what it needs first, or start FROM a small base image such as alpine`,
            }),
          );
        } else if (!exec && shell === null) {
          // a SHELL instruction names the copied-in shell on purpose; without one, /bin/sh is assumed
          report(
            at(ins.range, {
              severity: 'warning',
              message: 'scratch has no /bin/sh; this RUN works only if you copied a shell in',
            }),
          );
        }
      }
    }
  },
});
