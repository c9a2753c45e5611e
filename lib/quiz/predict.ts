import { analyze, parse } from '@/lib/analyzer';
import { buildStageModel } from '@/lib/analyzer/stages';
import { rules } from '@/lib/analyzer/rules';
import type { Analysis, Stage } from '@/lib/analyzer/types';
import type { ChoiceOption, PredictSpec } from '@/lib/content/quiz-schema';

/**
 * Predict questions: the analyzer computes the key from the question's Dockerfile at build time,
 * so an author cannot get it wrong. Each kind turns an analysis into choice options.
 */

export type PredictResult =
  | { ok: true; select: 'single' | 'multiple'; options: ChoiceOption[] }
  | { ok: false; error: string };

const optionId = (i: number) => String.fromCharCode(97 + i);

/** `build` (line 3, FROM golang:1.22), or `stage 0` for an unnamed one. */
export function stageLabel(stage: Stage): string {
  const name = stage.name ? `\`${stage.name}\`` : `unnamed stage ${stage.index}`;
  return `${name} (line ${stage.line}, \`FROM ${stage.base}\`)`;
}

const findStage = (analysis: Analysis, name: string) =>
  analysis.stages.find((s) => s.name?.toLowerCase() === name.toLowerCase());

function targetStages(dockerfile: string, target: string): PredictResult {
  const analysis = analyze(dockerfile, { target });
  const chosen = findStage(analysis, target);
  if (!chosen) return { ok: false, error: `no stage is named "${target}" in the Dockerfile` };
  if (analysis.stages.length < 2) {
    return { ok: false, error: 'the Dockerfile needs at least 2 stages to ask which ones run' };
  }
  const t = `\`${target}\``;
  const options = analysis.stages.map((stage, i) => ({
    id: optionId(i),
    text: stageLabel(stage),
    correct: stage.reachable,
    feedback:
      stage.index === chosen.index
        ? `Built: it is the target, so \`--target ${target}\` stops here.`
        : stage.reachable
          ? `Built: ${t} needs it, directly or through a stage it depends on.`
          : `Skipped: nothing ${t} needs comes from this stage, so BuildKit never runs it.`,
  }));
  return { ok: true, select: 'multiple', options };
}

function resolveFrom(dockerfile: string, line: number): PredictResult {
  const model = buildStageModel(parse(dockerfile));
  const stages = model.stages;
  const fromStage = stages.find((s) => s.line === line);
  const ref = stages.flatMap((s) => s.refs).find((r) => r.range.line === line && !r.onbuild);
  let value: string;
  let resolved: number | null;
  let current: number;
  let via: 'name' | 'index' | 'image' | 'none';
  if (fromStage) {
    // FROM <base>: the base is an earlier stage (baseStage) or an image.
    value = fromStage.base;
    resolved = fromStage.baseStage;
    current = fromStage.index;
    via = resolved === null ? 'image' : 'name';
  } else if (ref) {
    value = ref.value;
    resolved = ref.resolved;
    current = ref.stage;
    via = ref.via;
  } else {
    return {
      ok: false,
      error: `line ${line} has no FROM, COPY --from or RUN --mount from= to resolve`,
    };
  }
  if (via === 'none') {
    return {
      ok: false,
      error: `the reference on line ${line} holds a variable, so it has no fixed answer`,
    };
  }
  const others = stages.filter((s) => s.index !== current);
  if (!others.length) {
    return { ok: false, error: `line ${line} has no other stage it could name; add a stage` };
  }
  const options: ChoiceOption[] = others.map((stage, i) => ({
    id: optionId(i),
    text: stageLabel(stage),
    correct: stage.index === resolved,
    feedback:
      stage.index === resolved
        ? via === 'index'
          ? `Right: a number counts stages from 0, so \`${value}\` is this stage.`
          : `Right: \`${value}\` matches this stage's name.`
        : `No: \`${value}\` does not refer to this stage.`,
  }));
  if (via === 'index') {
    options.push({
      id: optionId(options.length),
      text: `No stage: there is no stage number ${value}, so the build fails`,
      correct: resolved === null,
      feedback:
        resolved === null
          ? `Right: stages are numbered from 0, and none has the number ${value}.`
          : `No: stages are numbered from 0, so stage ${value} exists.`,
    });
    return { ok: true, select: 'single', options };
  }
  options.push({
    id: optionId(options.length),
    text: `No stage: BuildKit pulls an image called \`${value}\``,
    correct: resolved === null,
    feedback:
      resolved === null
        ? `Right: no stage is called \`${value}\`, so BuildKit treats it as an image name.`
        : `No: a stage matches \`${value}\`, so no image is pulled.`,
  });
  return { ok: true, select: 'single', options };
}

function errorRule(dockerfile: string, candidates: string[]): PredictResult {
  const known = new Map(rules.map((r) => [r.meta.id, r.meta]));
  if (known.size) {
    const unknown = candidates.filter((id) => !known.has(id));
    if (unknown.length) return { ok: false, error: `unknown rule ${unknown.join(', ')}` };
  }
  const analysis = analyze(dockerfile);
  const fired = new Map<string, Analysis['diagnostics'][number]>();
  for (const d of analysis.diagnostics) if (!fired.has(d.rule)) fired.set(d.rule, d);
  const hits = candidates.filter((id) => fired.has(id));
  if (hits.length !== 1) {
    const all = [...fired.keys()].join(', ') || 'nothing';
    return {
      ok: false,
      error:
        hits.length === 0
          ? `none of the listed rules fires (the analyzer reports: ${all})`
          : `more than one listed rule fires (${hits.join(', ')}); list exactly one that fires`,
    };
  }
  const options = candidates.map((id, i) => {
    const meta = known.get(id);
    const hit = fired.get(id);
    return {
      id: optionId(i),
      text: meta ? `\`${id}\`: ${meta.description}` : `\`${id}\``,
      correct: Boolean(hit),
      feedback: hit
        ? `Right: line ${hit.line}: ${hit.message}`
        : `No: \`${id}\` does not fire on this Dockerfile.`,
    };
  });
  return { ok: true, select: 'single', options };
}

/** Computes a predict question's options and key from its Dockerfile. Never throws. */
export function computePredict(dockerfile: string, spec: PredictSpec): PredictResult {
  try {
    switch (spec.kind) {
      case 'target-stages':
        return targetStages(dockerfile, spec.target);
      case 'resolve-from':
        return resolveFrom(dockerfile, spec.line);
      case 'error-rule':
        return errorRule(dockerfile, spec.rules);
    }
  } catch (error) {
    return { ok: false, error: `the analyzer failed: ${(error as Error).message}` };
  }
}
