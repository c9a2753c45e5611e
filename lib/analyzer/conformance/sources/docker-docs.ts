/**
 * The docs' multi-stage examples (docs.docker.com/build/building/multi-stage/): stage names,
 * `FROM <stage>` edges, and which stages BuildKit builds for `--target` (the legacy builder
 * built all of them; BuildKit skips what the target does not need).
 */
import type { CaseOutcome, SourceChecker } from '../types';

export const checker: SourceChecker = {
  source: 'docker-docs',
  title: 'stage names, FROM edges and the stages built for a target',
  check(c, ctx): CaseOutcome {
    if (!ctx.analyze) return { ok: false, skipped: true };
    const e = c.expect;
    const target = e.target as string | undefined;
    const a = ctx.analyze(ctx.read(c.path), target ? { target } : {});
    const problems: string[] = [];
    const names = a.stages.map((s) => s.name);
    const want = e.stage_names as string[] | undefined;
    if (want && JSON.stringify(names) !== JSON.stringify(want)) {
      problems.push(`stages ${JSON.stringify(names)}, docs ${JSON.stringify(want)}`);
    }
    for (const [child, parent] of (e.from_stage_edges as [string, string][] | undefined) ?? []) {
      const s = a.stages.find((x) => x.name === child);
      const p = a.stages.find((x) => x.name === parent);
      if (!s || !p || s.baseStage !== p.index) problems.push(`${child} should be FROM ${parent}`);
    }
    const built = e.buildkit_built_stages as string[] | undefined;
    if (built) {
      const got = a.buildOrder.map((i) => a.stages[i]?.name);
      if (JSON.stringify([...got].sort()) !== JSON.stringify([...built].sort())) {
        problems.push(
          `builds ${JSON.stringify(got)}, docs say BuildKit builds ${JSON.stringify(built)}`,
        );
      }
      const skipped = a.stages.filter((s) => !s.reachable).map((s) => s.name);
      const flagged = a.diagnostics
        .filter((d) => d.rule === 'unreachable-stage')
        .map((d) => a.stages.find((s) => s.line === d.line)?.name);
      if (JSON.stringify(flagged) !== JSON.stringify(skipped)) {
        problems.push(
          `unreachable-stage on ${JSON.stringify(flagged)}, skipped ${JSON.stringify(skipped)}`,
        );
      }
    }
    return problems.length === 0 ? { ok: true } : { ok: false, detail: problems.join(' | ') };
  },
};
