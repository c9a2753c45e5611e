/**
 * dockerfile-utils' FROM validator tests (build stage names, empty base names, argument count):
 * each asserted diagnostic must be reported by the matching analyzer rule at the same line, and
 * clean cases must get none of them. Its COPY flag-syntax cases belong to the parser's checks.
 */
import type { CaseOutcome, SourceChecker } from '../types';

const MAPPED: Readonly<Record<string, string>> = {
  assertInvalidAs: 'invalid-from',
  assertInstructionRequiresOneOrThreeArguments: 'invalid-from',
  assertDuplicateBuildStageName: 'duplicate-stage-name',
  assertInvalidBuildStageName: 'invalid-stage-name',
  assertBaseNameEmpty: 'empty-base-name',
};
const STAGE_RULES = new Set([...Object.values(MAPPED), 'invalid-image-reference']);

interface Assert {
  fn: string;
  args: string;
}

/** The 0-based start line and character of an assert (the last four numbers are its range). */
function start(a: Assert): { line: number; char: number } {
  const nums = a.args.match(/-?\d+/g)?.map(Number) ?? [];
  return { line: nums[nums.length - 4] ?? -1, char: nums[nums.length - 3] ?? -1 };
}

export const checker: SourceChecker = {
  source: 'dockerfile-utils',
  title: 'FROM stage-name, base-name and arity diagnostics at the asserted line',
  check(c, ctx): CaseOutcome {
    if (!ctx.analyze || !c.path.startsWith('dockerfile-utils/from-')) {
      return { ok: false, skipped: true };
    }
    const expect = c.expect.dockerfile_utils as {
      diagnostic_count: number | null;
      asserts: Assert[];
    };
    const a = ctx.analyze(ctx.read(c.path));
    const ours = a.diagnostics.filter((d) => STAGE_RULES.has(d.rule));
    const problems: string[] = [];
    let asserts = expect.asserts;
    if (expect.diagnostic_count === null && asserts.length === 0) {
      // `from node test` has no count in the test; BuildKit rejects it as wrong arity
      asserts = [{ fn: 'assertInstructionRequiresOneOrThreeArguments', args: '0, 0, 0, 0, 0' }];
    }
    // dockerfile-utils flags every duplicate; BuildKit (and the analyzer) flags the later ones
    const dup = asserts.filter((x) => x.fn === 'assertDuplicateBuildStageName');
    const checked = asserts.filter(
      (x) => x.fn !== 'assertDuplicateBuildStageName' || x === dup[dup.length - 1],
    );
    for (const x of checked) {
      const rule = MAPPED[x.fn];
      const line = start(x).line + 1;
      if (!rule) continue;
      // BuildKit reports FROM checks from the FROM line; a range that covers the asserted line agrees
      if (!ours.some((d) => d.rule === rule && d.line <= line && line <= d.endLine)) {
        problems.push(
          `${x.fn} at line ${line}: no ${rule} there (got ${ours.map((d) => `${d.rule}@${d.line}`).join(', ') || 'nothing'})`,
        );
      }
    }
    if (expect.diagnostic_count === 0 && ours.length > 0) {
      problems.push(
        `clean in dockerfile-utils; reported ${ours.map((d) => `${d.rule}@${d.line}`).join(', ')}`,
      );
    }
    return problems.length === 0 ? { ok: true } : { ok: false, detail: problems.join(' | ') };
  },
};
