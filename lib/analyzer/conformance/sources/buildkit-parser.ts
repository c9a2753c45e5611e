/** BuildKit parser testfiles: our dump() must equal BuildKit's `result` byte for byte. */
import { dump, parse } from '../../parse';
import type { SourceChecker } from '../types';

export const checker: SourceChecker = {
  source: 'buildkit-parser',
  title: 'dump() equals BuildKit AST.Dump() result',
  check(c, ctx) {
    if (!c.result) return { ok: false, skipped: true };
    const got = dump(parse(ctx.read(c.path))) + '\n';
    const want = ctx.read(c.result);
    if (got === want) return { ok: true };
    const g = got.split('\n');
    const w = want.split('\n');
    const k = g.findIndex((line, i) => line !== w[i]);
    return {
      ok: false,
      detail: `line ${k + 1}: got ${JSON.stringify(g[k])}, want ${JSON.stringify(w[k])}`,
    };
  },
};
