import { defineRule, type Instruction } from '../types';
import { bit, fileIndex, Kind } from './support/file-index';
import { at, onFirstLine } from './support/ranges';
import { replayScopes } from './support/stage-scope';

const NEEDS_LEXER = /[$'"\\`]/;

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
    // The first WORKDIR of each stage chain; a stage built FROM another inherits "set".
    const setAtEnd: boolean[] = [];
    const firsts: Instruction[] = [];
    const { masks } = fileIndex(ctx.model);
    for (const stage of ctx.model.stages) {
      let set = stage.baseStage !== null && setAtEnd[stage.baseStage] === true;
      if (!set && masks[stage.index]! & bit(Kind.WORKDIR)) {
        for (const ins of stage.instructions) {
          if (ins.keyword !== 'WORKDIR') continue;
          if (ins.text.trim() !== '') firsts.push(ins);
          set = true;
          break;
        }
      }
      setAtEnd[stage.index] = set;
    }
    if (firsts.length === 0) return;
    for (const ins of firsts) {
      const raw = ins.text.trim();
      // BuildKit checks the expanded path; variables need the stage env (replayed only then).
      const path = NEEDS_LEXER.test(raw) ? (replayScopes(ctx).workdirs.get(ins) ?? null) : raw;
      // Skip when a variable's value cannot be known.
      if (path === null || path.startsWith('/')) continue;
      ctx.report(
        at(onFirstLine(ins, ins.args[0]?.range), {
          message: `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes`,
        }),
      );
    }
  },
});
