/**
 * hadolint's stage rules (DL3006, DL3007, DL3022, DL3023, DL3024) from its spec files, mapped to
 * the analyzer's rules. Other hadolint rules are not ours to judge here and are skipped.
 */
import type { CaseOutcome, SourceChecker } from '../types';

const MAPPED: Readonly<Record<string, readonly string[]>> = {
  DL3006: ['untagged-base-image'],
  DL3007: ['latest-base-image'],
  DL3022: ['unknown-stage-reference', 'forward-stage-reference', 'stage-index-out-of-range'],
  DL3023: ['circular-stage-dependency'],
  DL3024: ['duplicate-stage-name'],
};

export const checker: SourceChecker = {
  source: 'hadolint',
  title: 'DL3006/3007/3022/3023/3024 fire where hadolint fires (mapped to the stage rules)',
  check(c, ctx): CaseOutcome {
    if (!ctx.analyze) return { ok: false, skipped: true };
    const expectations = (c.expect.hadolint as { rule: string; fires: boolean }[]).filter(
      (h) => MAPPED[h.rule],
    );
    if (expectations.length === 0) return { ok: false, skipped: true };
    const a = ctx.analyze(ctx.read(c.path));
    const problems: string[] = [];
    for (const { rule, fires } of expectations) {
      const ours = MAPPED[rule] ?? [];
      const hits = a.diagnostics.filter((d) => ours.includes(d.rule));
      if (hits.length > 0 !== fires) {
        problems.push(
          fires
            ? `${rule} fires in hadolint; none of ${ours.join(', ')} reported`
            : `${rule} does not fire in hadolint; reported ${hits.map((h) => `${h.rule}@${h.line}`).join(', ')}`,
        );
      }
    }
    return problems.length === 0 ? { ok: true } : { ok: false, detail: problems.join(' | ') };
  },
};
