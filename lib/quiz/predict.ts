import { analyze } from '@/lib/analyzer';
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

/** The stage reference written on `line`: COPY/ADD --from, RUN --mount from=, or FROM <base>. */
function refOnLine(dockerfile: string, line: number): string | null {
  const text = dockerfile.split(/\r?\n/)[line - 1] ?? '';
  const copy = /^\s*(?:COPY|ADD)\b.*?--from=("?)([^\s"]+)\1/i.exec(text);
  if (copy) return copy[2] ?? null;
  const mount = /^\s*RUN\b.*?--mount=\S*?\bfrom=([^,\s]+)/i.exec(text);
  if (mount) return mount[1] ?? null;
  const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)/i.exec(text);
  return from?.[1] ?? null;
}

function resolveFrom(dockerfile: string, line: number): PredictResult {
  const analysis = analyze(dockerfile);
  const ref = refOnLine(dockerfile, line);
  const stages = analysis.stages;
  if (!ref) {
    return { ok: false, error: `line ${line} has no COPY --from, RUN --mount from= or FROM` };
  }
  const owner = [...stages].reverse().find((s) => s.line <= line);
  const isFrom = owner?.line === line;
  const current = isFrom ? stages.find((s) => s.line === line) : owner;
  if (!current) return { ok: false, error: `line ${line} is not inside any stage` };
  // Only stages before the current one can be named; a FROM line's own stage cannot be its base.
  const earlier = stages.filter((s) => s.index < current.index);
  if (!earlier.length) {
    return {
      ok: false,
      error: `line ${line} has no earlier stage to resolve to; ask about a later line`,
    };
  }
  const byName = earlier.find((s) => s.name?.toLowerCase() === ref.toLowerCase());
  const byIndex = /^\d+$/.test(ref) ? earlier.find((s) => s.index === Number(ref)) : undefined;
  const resolved = byName ?? byIndex;
  // The analyzer's stage graph is the authority: the resolved stage must be one the stage needs.
  if (resolved && !current.dependsOn.includes(resolved.index)) {
    return {
      ok: false,
      error: `the analyzer does not link line ${line} to stage ${resolved.index}; check the Dockerfile`,
    };
  }
  const problem = analysis.diagnostics.find((d) => d.line === line && d.severity === 'error');
  const options: ChoiceOption[] = earlier.map((stage, i) => ({
    id: optionId(i),
    text: stageLabel(stage),
    correct: stage === resolved,
    feedback:
      stage === resolved
        ? byName
          ? `Right: \`${ref}\` matches this stage's name (BuildKit compares names case-insensitively).`
          : `Right: a number after \`--from\` counts stages from 0, so \`${ref}\` is this stage.`
        : `No: \`${ref}\` does not name this stage${stage.name ? ` (\`${stage.name}\`)` : ''}.`,
  }));
  options.push({
    id: optionId(options.length),
    text: `No stage: BuildKit pulls an image called \`${ref}\``,
    correct: !resolved,
    feedback: resolved
      ? `No: a stage matches \`${ref}\`, so no image is pulled.`
      : `Right: no earlier stage is called \`${ref}\`, so BuildKit treats it as an image name${
          problem ? ` — ${problem.message}` : ''
        }.`,
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
