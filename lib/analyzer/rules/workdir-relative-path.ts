import { defineRule, type Instruction, type StageInfo } from '../types';
import { bit, fileIndex, Kind } from './support/file-index';
import { at, onFirstLine } from './support/ranges';
import { imageEnvNames } from './support/image-env';
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
    const firsts: [Instruction, StageInfo][] = [];
    const { masks } = fileIndex(ctx.model);
    for (const stage of ctx.model.stages) {
      let set = stage.baseStage !== null && setAtEnd[stage.baseStage] === true;
      if (!set && masks[stage.index]! & bit(Kind.WORKDIR)) {
        for (const ins of stage.instructions) {
          if (ins.keyword !== 'WORKDIR') continue;
          if (ins.text.trim() !== '') firsts.push([ins, stage]);
          set = true;
          break;
        }
      }
      setAtEnd[stage.index] = set;
    }
    if (firsts.length === 0) return;
    for (const [ins, stage] of firsts) {
      const raw = ins.text.trim();
      // BuildKit checks the expanded path; variables need the stage env (replayed only then).
      let path: string | null = raw;
      if (NEEDS_LEXER.test(raw)) {
        // reading the stage's (or its root's) base image env may throw, as it always has
        imageEnvNames(stage.base);
        const replay = replayScopes(ctx);
        const broken = replay.broken.get(stage.index);
        if (broken !== undefined) throw broken;
        path = replay.workdirs.get(ins) ?? null;
      }
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
