import { defineRule, type Instruction, type Range } from '../types';
import { closest } from '../suggest';
import { at, onFirstLine } from './support/ranges';
import { replayScopes } from './support/stage-scope';

/** Where `$name` / `${name}` is written on the instruction's first line, if it is. */
function referenceRange(lines: string[], ins: Instruction, name: string): Range {
  const lineNo = ins.range.line;
  const text = lines[lineNo - 1] ?? '';
  for (const form of [`\${${name}`, `$${name}`]) {
    let at = text.indexOf(form, ins.keywordRange.endColumn - 1);
    while (at >= 0) {
      const next = text[at + form.length];
      if (form.startsWith('${') || next === undefined || !/[\p{L}\p{N}_]/u.test(next)) {
        const end = form.startsWith('${')
          ? text.indexOf('}', at) + 1 || text.length
          : at + form.length;
        return { line: lineNo, column: at + 1, endLine: lineNo, endColumn: end + 1 };
      }
      at = text.indexOf(form, at + 1);
    }
  }
  return onFirstLine(ins, null);
}

/**
 * A `$VAR` in an instruction BuildKit expands (ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME,
 * STOPSIGNAL, ARG defaults, RUN mounts) that is no ARG or ENV in scope nor in the base image's env:
 * mirrors BuildKit's UndefinedVar, including its "did you mean" suggestion. Stages whose base image
 * env is unknown are skipped, since any name might come from the image.
 */
export const undefinedVar = defineRule({
  meta: {
    id: 'undefined-var',
    severity: 'warning',
    description: 'Variables should be declared with ARG or ENV before they are used',
    docs: 'https://docs.docker.com/go/dockerfile/rule/undefined-var/',
    buildkit: 'UndefinedVar',
  },
  check(ctx) {
    // The shared scope replay finds the names; this rule only words the reports.
    const replay = replayScopes(ctx);
    const uses = replay.undefinedUses;
    const count = replay.failure ? replay.failure.uses : uses.length;
    for (let k = 0; k < count; k++) {
      const use = uses[k]!;
      for (const name of use.names) {
        const match = closest(name, use.envNames);
        ctx.report(
          at(referenceRange(ctx.file.lines, use.ins, name), {
            message: `Usage of undefined variable '$${name}'${match ? ` (did you mean $${match}?)` : ''}`,
            suggestion: match ?? undefined,
          }),
        );
      }
    }
    // a base image env that cannot be read stops the walk there, as it always has
    if (replay.failure) throw replay.failure.error;
  },
});
