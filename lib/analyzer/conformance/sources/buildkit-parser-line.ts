/** BuildKit's TestParseIncludesLineNumbers: instruction start/end lines must match exactly. */
import { parse } from '../../parse';
import type { SourceChecker } from '../types';

export const checker: SourceChecker = {
  source: 'buildkit-parser-line',
  title: 'instruction line ranges equal BuildKit node StartLine/EndLine',
  check(c, ctx) {
    const want = c.expect.children_line_ranges as [number, number][];
    const got = parse(ctx.read(c.path)).instructions.map((i) => [i.range.line, i.range.endLine]);
    const same = JSON.stringify(got) === JSON.stringify(want);
    return same
      ? { ok: true }
      : { ok: false, detail: `got ${JSON.stringify(got)}, want ${JSON.stringify(want)}` };
  },
};
