/**
 * BuildKit's stage-graph tests (dockerfile2llb convert, multistage, targets, mount, errors): where
 * BuildKit fails, the analyzer must report an error (at the line BuildKit names, with its message
 * when the test pins it); where it converts, no error; stage counts, targets and bindings agree.
 */
import { parse } from '../../parse';
import { buildStageModel } from '../../stages';
import type { Analysis, Diagnostic } from '../../types';
import type { CaseOutcome, SourceChecker } from '../types';

interface Target {
  name: string;
  base?: string;
  default: boolean;
  line: number;
}

const errorsOf = (a: Analysis): Diagnostic[] => a.diagnostics.filter((d) => d.severity === 'error');
const show = (ds: Diagnostic[]) => ds.map((d) => `${d.line} ${d.rule}: ${d.message}`).join('; ');

export const checker: SourceChecker = {
  source: 'buildkit-dockerfile2llb',
  title: 'BuildKit conversion errors (line, message) and clean conversions, targets, bindings',
  check(c, ctx): CaseOutcome {
    const analyze = ctx.analyze;
    if (!analyze) return { ok: false, skipped: true };
    const text = ctx.read(c.path);
    const e = c.expect;
    const analysis = analyze(text);
    const errors = errorsOf(analysis);
    const problems: string[] = [];

    const exact = e.buildkit_error_exact as string | undefined;
    const contains = e.buildkit_error_contains as string[] | undefined;
    const lines = e.buildkit_error_lines as number[] | undefined;
    const expectsError = exact !== undefined || contains !== undefined || e.buildkit_error === true;
    if (expectsError) {
      if (errors.length === 0) problems.push('BuildKit fails; the analyzer reports no error');
      if (exact !== undefined && !errors.some((d) => d.message === exact)) {
        problems.push(`no error with BuildKit's exact message "${exact}" (got ${show(errors)})`);
      }
      if (contains && !errors.some((d) => contains.every((s) => d.message.includes(s)))) {
        problems.push(`no error containing ${JSON.stringify(contains)} (got ${show(errors)})`);
      }
      if (lines && !errors.some((d) => lines.includes(d.line))) {
        problems.push(`no error at line ${lines.join(' or ')} (got ${show(errors)})`);
      }
    } else if (e.buildkit_error === null && errors.length > 0) {
      problems.push(`BuildKit converts it; the analyzer reports ${show(errors)}`);
    }

    const count = e.stage_count as number | undefined;
    if (count !== undefined && analysis.stages.length !== count) {
      problems.push(`${analysis.stages.length} stages, BuildKit ${count}`);
    }
    for (const t of (e.target_ok as string[] | undefined) ?? []) {
      const errs = errorsOf(analyze(text, { target: t }));
      if (errs.length > 0) problems.push(`target "${t}" builds in BuildKit; got ${show(errs)}`);
    }
    for (const t of (e.target_error as string[] | undefined) ?? []) {
      const errs = errorsOf(analyze(text, { target: t }));
      if (!errs.some((d) => d.rule === 'unknown-target')) {
        problems.push(`target "${t}" fails in BuildKit; no unknown-target error`);
      }
    }
    const targets = e.targets as Target[] | undefined;
    if (targets) {
      targets.forEach((t, i) => {
        const s = analysis.stages[i];
        const name = s?.name?.toLowerCase() ?? '';
        if (!s || name !== t.name || s.line !== t.line || (i === analysis.target) !== t.default) {
          problems.push(`target ${i} is ${JSON.stringify(s)}, BuildKit ${JSON.stringify(t)}`);
        } else if (t.base !== undefined && s.base !== t.base) {
          problems.push(`target ${i} base ${s.base}, BuildKit ${t.base}`);
        }
      });
    }
    const bindings = e.copy_from_resolves_to_stage as Record<string, number> | undefined;
    const images = e.copy_from_is_image as string[] | undefined;
    if (bindings || images) {
      const model = buildStageModel(parse(text));
      const refs = model.stages.flatMap((s) => s.refs).filter((r) => r.kind === 'copy');
      for (const [value, index] of Object.entries(bindings ?? {})) {
        const ref = refs.find((r) => r.value === value);
        if (ref?.resolved !== index)
          problems.push(`--from=${value} binds ${ref?.resolved}, BuildKit ${index}`);
      }
      for (const value of images ?? []) {
        const ref = refs.find((r) => r.value === value);
        if (ref?.via !== 'image') problems.push(`--from=${value} should be an image`);
      }
    }

    return problems.length === 0 ? { ok: true } : { ok: false, detail: problems.join(' | ') };
  },
};
