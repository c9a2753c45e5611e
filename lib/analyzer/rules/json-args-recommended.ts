import { defineRule, type Fix, type Instruction } from '../types';
import { at } from './support/ranges';
import { bit, fileIndex, Kind } from './support/file-index';

/** Characters that mean the shell does real work: pipes, lists, variables, globs, quoting, … */
const SHELL_SYNTAX = /[$`|&;<>(){}[\]*?~'"\\#!]/;

/** The exec form of a simple single-line command, or undefined when a shell is really needed. */
/** The keywords this rule reads. */
const READ = bit(Kind.SHELL) | bit(Kind.CMD) | bit(Kind.ENTRYPOINT);

function execFormFix(ins: Instruction): Fix | undefined {
  const { range } = ins;
  if (range.line !== range.endLine || ins.heredocs.length > 0) return undefined;
  const words = ins.args;
  const first = words[0];
  if (!first || SHELL_SYNTAX.test(ins.text) || first.value.includes('=')) return undefined;
  const last = words[words.length - 1]!;
  return {
    line: first.range.line,
    column: first.range.column,
    endLine: last.range.endLine,
    endColumn: last.range.endColumn,
    text: `[${words.map((w) => JSON.stringify(w.value)).join(', ')}]`,
  };
}

/**
 * Shell-form CMD/ENTRYPOINT runs under `/bin/sh -c`, which does not pass signals on: mirrors
 * BuildKit's JSONArgsRecommended, which stays quiet once the stage (or its base stage) sets SHELL.
 */
export const jsonArgsRecommended = defineRule({
  meta: {
    id: 'json-args-recommended',
    severity: 'warning',
    description: 'Use the JSON (exec) form for CMD and ENTRYPOINT',
    docs: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    buildkit: 'JSONArgsRecommended',
    hadolint: 'DL3025',
  },
  check(ctx) {
    // Whether SHELL was set by the end of each stage; a stage built FROM another inherits it.
    const shellAtEnd: boolean[] = [];
    const { masks } = fileIndex(ctx.model);
    for (const stage of ctx.model.stages) {
      let shell = stage.baseStage !== null && shellAtEnd[stage.baseStage] === true;
      if (!(masks[stage.index]! & READ)) {
        shellAtEnd[stage.index] = shell;
        continue;
      }
      for (const ins of stage.instructions) {
        if (ins.keyword === 'SHELL') {
          if (ins.json !== null) shell = true;
          continue;
        }
        if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
        if (ins.json !== null || shell || ins.text.trim() === '') continue;
        ctx.report(
          at(ins.keywordRange, {
            message: `JSON arguments recommended for ${ins.keywordRaw} to prevent unintended behavior related to OS signals`,
            fix: execFormFix(ins),
          }),
        );
      }
      shellAtEnd[stage.index] = shell;
    }
  },
});
