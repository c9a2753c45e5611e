import { defineRule, type Fix } from '../types';

/** `line.trim() === ''` without the copy: most lines fail on their first characters. */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || line.trim() !== '') return false;
    return true;
  }
  return true;
}

/**
 * Blank lines inside a line continuation: mirrors BuildKit's NoEmptyContinuation, which reports
 * once per instruction, on the instruction's last continuation line. The fix deletes the blank
 * lines when they form one block.
 */
export const noEmptyContinuation = defineRule({
  meta: {
    id: 'no-empty-continuation',
    severity: 'warning',
    description: 'Empty lines inside a line continuation will become errors',
    docs: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
    buildkit: 'NoEmptyContinuation',
  },
  check(ctx) {
    const { lines } = ctx.file;
    const visit = (ins: (typeof ctx.file.instructions)[number]) => {
      const first = ins.range.line;
      if (ins.range.endLine === first) return;
      // Heredoc bodies start on the line after the instruction's own text.
      let last = ins.range.endLine;
      for (const doc of ins.heredocs) last = Math.min(last, doc.range.line - 1);
      const blanks: number[] = [];
      for (let n = first + 1; n <= last; n++) {
        if (isBlank(lines[n - 1] ?? '')) blanks.push(n);
      }
      if (blanks.length === 0) return;
      const from = blanks[0]!;
      const to = blanks[blanks.length - 1]!;
      const fix: Fix | undefined =
        to - from + 1 === blanks.length && to < last
          ? { line: from, column: 1, endLine: to + 1, endColumn: 1, text: '' }
          : undefined;
      ctx.report({
        line: last,
        column: 1,
        endLine: last,
        endColumn: (lines[last - 1] ?? '').length + 1,
        message: 'Empty continuation line',
        fix,
      });
    };
    for (const ins of ctx.file.instructions) visit(ins);
  },
});
