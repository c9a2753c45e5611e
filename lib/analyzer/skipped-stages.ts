/**
 * When BuildKit raises an error. Some errors come before any stage runs, for every stage: parsing
 * and flag checks (instructions.Parse), `--from` values and cycles (buildStageDependencyGraph),
 * blank or unparsable base names (buildDispatchStates, resolveBaseImage before its `if reachable`).
 * Others come only while a stage the target needs is resolved or dispatched: image pulls
 * (convert.go:696, inside `if reachable` at :640) and everything dispatch() checks (the loop at
 * convert.go:778-783 skips a stage the target does not reach). Rules say which kind they report
 * with `RuleMeta.raisedAt`; this module turns a dispatch-time error in a skipped stage into the
 * warning a learner should see: this build passes, and a build with `--target X` would not.
 * Line numbers are moby/buildkit 73ed6825c4b7569379ef89df0aedcdbe64473d31,
 * frontend/dockerfile/dockerfile2llb/convert.go.
 */
import { perAnalysis } from './memo';
import { stageName } from './stage-graph';
import type { AnalyzeOptions, Diagnostic, StageInfo, StageModel } from './types';

const BEST_TARGETS = Symbol('best targets');

/** The stage whose lines hold `line` (after its FROM, before the next one), or undefined. */
export function stageAtLine(model: StageModel, line: number): StageInfo | undefined {
  const stages = model.stages;
  let low = 0;
  let high = stages.length - 1;
  let found: StageInfo | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const stage = stages[middle]!;
    if (stage.from.range.line <= line) {
      found = stage;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Stage names `--target` can select: each name's last stage, as BuildKit's by-name map keeps it. */
function targetableStages(model: StageModel): boolean[] {
  const seen = new Set<string>();
  const targetable = new Array<boolean>(model.stages.length).fill(false);
  for (let index = model.stages.length - 1; index >= 0; index--) {
    const key = model.stages[index]!.key;
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    targetable[index] = true;
  }
  return targetable;
}

/**
 * For every stage, the last stage that `--target` can select and whose build needs it (itself
 * included), or -1. Walking the candidates from the last one and stopping at stages already
 * claimed is linear: whatever a claimed stage needs was claimed by the same or a later target.
 */
function bestTargets(model: StageModel): number[] {
  const count = model.stages.length;
  const best = new Array<number>(count).fill(-1);
  const targetable = targetableStages(model);
  for (let candidate = count - 1; candidate >= 0; candidate--) {
    if (!targetable[candidate] || best[candidate] !== -1) continue;
    const pending = [candidate];
    best[candidate] = candidate;
    while (pending.length > 0) {
      const stage = model.stages[pending.pop()!]!;
      for (const dependency of stage.dependsOn) {
        if (best[dependency] !== -1) continue;
        best[dependency] = candidate;
        pending.push(dependency);
      }
    }
  }
  return best;
}

/** The last stage a `--target` can name whose build needs `stage`, or undefined. */
export function targetNeeding(model: StageModel, stage: StageInfo): StageInfo | undefined {
  const best = perAnalysis(model, BEST_TARGETS, bestTargets)[stage.index] ?? -1;
  return best < 0 ? undefined : model.stages[best];
}

/** How the build that skips `stage` is named: the default build, or the chosen `--target`. */
function skippingBuild(model: StageModel, options: AnalyzeOptions): string {
  const target = model.stages[model.target];
  if (options.target) return `A build with --target ${options.target}`;
  return `The default build (target "${target ? stageName(target) : ''}")`;
}

/** What a dispatch-time finding does in a build that dispatches its stage. */
const CONSEQUENCE = {
  error: { now: 'so it does not fail here', then: 'would fail' },
  warning: { now: 'so BuildKit does not check it here', then: 'would report this' },
} as const;

/** Words a dispatch-time finding in a skipped stage: what happens now, and which build it hits. */
function skippedMessage(
  model: StageModel,
  options: AnalyzeOptions,
  stage: StageInfo,
  severity: 'error' | 'warning',
): string {
  const { now, then } = CONSEQUENCE[severity];
  const skipped = `${skippingBuild(model, options)} skips stage "${stageName(stage)}", ${now}`;
  const needing = targetNeeding(model, stage);
  if (!needing) {
    return `${skipped}; no --target reaches this stage, as neither it nor a stage that needs it has a name`;
  }
  return `${skipped}; a build with --target ${stageName(needing)} ${then}`;
}

/** One level down: the build does not stop (error), or BuildKit does not say it (warning). */
const DOWNGRADED = { error: 'warning', warning: 'info' } as const;

/**
 * A dispatch-time finding in a stage the build does not need goes one severity down (an error to
 * a warning, a warning to info) and says why; other findings are left unchanged. With an unknown
 * `--target` BuildKit stops before any of this, so nothing is downgraded then.
 */
export function downgradeIfSkipped(
  model: StageModel,
  options: AnalyzeOptions,
  diagnostic: Diagnostic,
): void {
  const severity = diagnostic.severity;
  if (severity === 'info' || model.target < 0) return;
  const stage = stageAtLine(model, diagnostic.line);
  if (!stage || stage.reachable) return;
  diagnostic.severity = DOWNGRADED[severity];
  diagnostic.message = `${diagnostic.message}. ${skippedMessage(model, options, stage, severity)}`;
}
