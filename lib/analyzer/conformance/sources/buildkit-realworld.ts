/**
 * BuildKit's own multi-stage Dockerfiles, which its CI builds: no error diagnostic, and the
 * stages (FROM lines and names) the corpus reader found.
 */
import { parse } from '../../parse';
import type { SourceChecker } from '../types';

interface DerivedStage {
  line: number;
  name: string | null;
}

export const checker: SourceChecker = {
  source: 'buildkit-realworld',
  title: 'builds in BuildKit CI: no error diagnostic, same stages and FROM lines',
  check(c, ctx) {
    const src = ctx.read(c.path);
    const want = ((c.derived?.stages ?? []) as DerivedStage[]).map((s) => `${s.line}:${s.name}`);
    if (!ctx.analyze) {
      const errors = parse(src).diagnostics.filter((d) => d.severity === 'error');
      return errors.length
        ? { ok: false, detail: `parse error: ${errors[0]?.message}` }
        : { ok: true };
    }
    const a = ctx.analyze(src);
    const errors = a.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      const e = errors[0];
      return {
        ok: false,
        detail: `${errors.length} errors, first ${e?.rule}@${e?.line}: ${e?.message}`,
      };
    }
    const got = a.stages.map((s) => `${s.line}:${s.name}`);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      return { ok: false, detail: `stages differ: got ${got.length}, want ${want.length}` };
    }
    return { ok: true };
  },
};
