/**
 * BuildKit's rule documentation examples (docs/rules/*.md): a "Bad" example must make the
 * analyzer report that build check, a "Good" one must not. The examples are illustrative
 * (some lack a FROM or need a .dockerignore), so disagreements are expected and listed.
 */
import type { SourceChecker } from '../types';
import { buildkitNames } from './buildkit-checks';

export const checker: SourceChecker = {
  source: 'buildkit-rule-docs',
  title: 'the documented check fires on ❌ Bad examples and not on ✅ Good ones',
  check(c, ctx) {
    if (!ctx.analyze) return { ok: false, skipped: true };
    const rule = c.expect.rule as string;
    const fires = c.expect.rule_fires as boolean;
    const names = buildkitNames();
    const hits = ctx
      .analyze(ctx.read(c.path))
      .diagnostics.filter((d) => names.get(d.rule) === rule);
    if (hits.length > 0 === fires) return { ok: true };
    return {
      ok: false,
      detail: fires
        ? `${rule} expected, not reported`
        : `${rule} not expected, reported at line ${hits.map((h) => h.line).join(', ')}`,
    };
  },
};
