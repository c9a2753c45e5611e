/**
 * Questions several stage rules ask of the model: every reference, the first dependency cycle
 * (as BuildKit's validateCircularDependency finds it), likely stage-name typos, and the chain of
 * stages a stage is built FROM. Results are kept per analysis (memo.ts) so rules share one walk.
 */
import { parseImageRef, type BadImageRef, type ImageRef } from './image-ref';
import { perAnalysis, perAnalysisMap } from './memo';
import { namedContextSource } from './named-contexts';
import { editDistance } from './suggest';
import type { AnalyzeOptions, Range, StageInfo, StageModel, StageRef } from './types';

/** Images BuildKit itself offers in "did you mean" (convert.go commonImageNames), and a few more. */
const COMMON_IMAGES: ReadonlySet<string> = new Set([
  'alpine',
  'busybox',
  'centos',
  'debian',
  'fedora',
  'golang',
  'ubuntu',
  'node',
  'python',
  'nginx',
  'redis',
  'postgres',
  'mysql',
  'rust',
  'ruby',
  'php',
  'openjdk',
  'maven',
  'gradle',
  'gcc',
]);

const REFS = Symbol('all refs');

/** Every reference in file order: preamble ones, then each stage's (one list per analysis). */
export function allRefs(model: StageModel): readonly StageRef[] {
  return perAnalysis(model, REFS, () => {
    // counted first and filled in place: one exactly sized array, not a hundred pushes
    const pre = model.preambleRefs ?? [];
    let total = pre.length;
    for (const s of model.stages) total += s.refs.length;
    const list = new Array<StageRef>(total);
    let k = 0;
    for (const ref of pre) list[k++] = ref;
    for (const s of model.stages) for (const ref of s.refs) list[k++] = ref;
    return list;
  });
}

export interface Cycle {
  /** the stage BuildKit names: where its depth-first walk started */
  stage: StageInfo;
  /** the COPY/mount references along the walk, ending with the one that closes the loop */
  refs: StageRef[];
}

const CYCLE = Symbol('cycle');
const NO_EDGES: StageRef[] = [];

/**
 * The first dependency cycle through COPY --from / mount from= edges, found as BuildKit finds it:
 * stages in file order, a shared visited set, and the walk's path of commands.
 */
export function findCycle(model: StageModel): Cycle | null {
  return perAnalysis(model, CYCLE, () => firstCycle(model));
}

/** Some COPY/mount edge leads to its own stage or a later one. */
function hasForwardEdge(model: StageModel): boolean {
  for (const s of model.stages) {
    for (const r of s.refs) {
      if (r.kind !== 'from' && !r.onbuild && r.resolved !== null && r.resolved >= s.index) {
        return true;
      }
    }
  }
  return false;
}

function firstCycle(model: StageModel): Cycle | null {
  // A loop needs an edge to the same or a later stage: with every edge pointing to an earlier
  // stage (the usual file), there is none, and no walk is needed.
  if (!hasForwardEdge(model)) return null;
  const n = model.stages.length;
  // a stage with no COPY/mount edge (most) shares one empty list
  const edges: StageRef[][] = [];
  for (const s of model.stages) {
    let out: StageRef[] = NO_EDGES;
    for (const r of s.refs) {
      if (r.kind === 'from' || r.onbuild || r.resolved === null) continue;
      if (out === NO_EDGES) out = [];
      out.push(r);
    }
    edges.push(out);
  }
  const visited = new Uint8Array(n);
  const onPath = new Uint8Array(n);
  let found: Cycle | null = null;
  for (const start of model.stages) {
    if (visited[start.index]) continue;
    // no edge out (most stages): the walk would only mark it visited
    if (edges[start.index] === NO_EDGES) {
      visited[start.index] = 1;
      continue;
    }
    // Iterative DFS; `path` holds the refs taken so far, `frames` the stage and next edge.
    const frames: { i: number; next: number }[] = [{ i: start.index, next: 0 }];
    const path: StageRef[] = [];
    visited[start.index] = 1;
    onPath[start.index] = 1;
    while (frames.length > 0 && !found) {
      const top = frames[frames.length - 1];
      if (!top) break;
      const out = edges[top.i] ?? [];
      if (top.next >= out.length) {
        onPath[top.i] = 0;
        frames.pop();
        path.pop();
        continue;
      }
      const ref = out[top.next++];
      const dep = ref?.resolved;
      if (!ref || dep === null || dep === undefined) continue;
      if (onPath[dep]) {
        found = { stage: start, refs: [...path, ref] };
        break;
      }
      if (visited[dep]) continue;
      visited[dep] = 1;
      onPath[dep] = 1;
      path.push(ref);
      frames.push({ i: dep, next: 0 });
    }
    if (found) break;
  }
  return found;
}

/** A plain name (no registry, path, tag or digest) that could have been meant as a stage. */
export function isBareName(value: string): boolean {
  if (value === '') return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 47 || c === 58 || c === 64) return false;
  }
  return true;
}

/**
 * The stage a `--from` / `from=` image name was probably meant to be: a stage name within edit
 * distance 2 (1 for names of three letters or fewer). Returns the name as written, or null.
 */
export function stageTypo(model: StageModel, value: string): StageInfo | null {
  if (!isBareName(value)) return null;
  const v = value.toLowerCase();
  if (v === 'scratch' || v === 'context' || COMMON_IMAGES.has(v)) return null;
  const max = v.length <= 3 ? 1 : 2;
  let best: StageInfo | null = null;
  let bestDistance = max + 1;
  // Later duplicates win, as the by-name map does; so scan from the end and keep strict improvements.
  for (let k = model.stages.length - 1; k >= 0; k--) {
    const s = model.stages[k];
    if (!s || s.key === null) continue;
    const d = editDistance(v, s.key, bestDistance - 1);
    if (d < bestDistance && d > 0) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}

const CASE_MISMATCH = Symbol('FROM case mismatches');
const LATER_STAGE = Symbol('FROM later stages');

/** A fresh per-analysis list, indexed by stage (unset: not computed yet). */
function perStageList(): unknown[] {
  return [];
}

/**
 * Per stage index, a FROM fact several rules ask (undefined until first asked): computed once per
 * analysis, not once per asking rule.
 */
function perStage(
  model: StageModel,
  key: symbol,
  stage: StageInfo,
  compute: (model: StageModel, stage: StageInfo) => StageInfo | null,
): StageInfo | null {
  const known = perAnalysis(model, key, perStageList) as (StageInfo | null | undefined)[];
  let v = known[stage.index];
  if (v === undefined) known[stage.index] = v = compute(model, stage);
  return v;
}

/** The earlier stage a FROM base names but with different letter case, which BuildKit misses. */
export function fromCaseMismatch(model: StageModel, stage: StageInfo): StageInfo | null {
  if (stage.baseStage !== null) return null;
  return perStage(model, CASE_MISMATCH, stage, caseMismatch);
}

function caseMismatch(model: StageModel, stage: StageInfo): StageInfo | null {
  if (!isBareName(stage.base)) return null;
  const lower = stage.base.toLowerCase();
  if (lower === stage.base) return null;
  for (let k = stage.index - 1; k >= 0; k--) {
    const s = model.stages[k];
    // lengths first: most keys differ in length, and === on these strings is a builtin call
    if (s && s.key !== null && s.key.length === lower.length && s.key === lower) return s;
  }
  return null;
}

/** A later stage a FROM base names; FROM cannot see it, so BuildKit pulls an image instead. */
export function fromLaterStage(model: StageModel, stage: StageInfo): StageInfo | null {
  if (stage.baseStage !== null) return null;
  return perStage(model, LATER_STAGE, stage, laterStage);
}

function laterStage(model: StageModel, stage: StageInfo): StageInfo | null {
  if (!isBareName(stage.base)) return null;
  const lower = stage.base.toLowerCase();
  if (COMMON_IMAGES.has(lower)) return null;
  for (let k = stage.index + 1; k < model.stages.length; k++) {
    const s = model.stages[k];
    if (s && s.key !== null && s.key.length === lower.length && s.key === lower) return s;
  }
  return null;
}

/** `value` names a `--build-context` of this build, which BuildKit reads instead of pulling an image. */
export function namesBuildContext(options: AnalyzeOptions, value: string): boolean {
  return namedContextSource(options, value) !== undefined;
}

/** The stage and the stages it is built FROM, nearest first (stops on a repeat). */
export function baseChain(model: StageModel, index: number): StageInfo[] {
  const out: StageInfo[] = [];
  const seen = new Set<number>();
  let s = model.stages[index];
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    out.push(s);
    s = s.baseStage === null ? undefined : model.stages[s.baseStage];
  }
  return out;
}

const IMAGE_REFS = Symbol('image refs');

/**
 * `parseImageRef`, shared by the rules of one analysis: several read the same base names. The
 * memo lives on the model (memo.ts), so it ends with the analysis.
 */
export function imageRefIn(model: StageModel, value: string): ImageRef | BadImageRef {
  const memo = perAnalysisMap<string, ImageRef | BadImageRef>(model, IMAGE_REFS);
  let ref = memo.get(value);
  if (!ref) memo.set(value, (ref = parseImageRef(value)));
  return ref;
}

const BASE_REFS = Symbol('base image refs');

/**
 * `imageRefIn(model, stage.base)`, kept per stage as well: several rules ask it of every FROM,
 * and a lookup by stage index hashes and compares no string.
 */
export function baseRefIn(model: StageModel, stage: StageInfo): ImageRef | BadImageRef {
  const known = perAnalysis(model, BASE_REFS, perStageList) as (
    ImageRef | BadImageRef | undefined
  )[];
  let ref = known[stage.index];
  if (ref === undefined) known[stage.index] = ref = imageRefIn(model, stage.base);
  return ref;
}

/**
 * The last stage of `baseChain(model, index)` (the one built FROM an image), found without
 * building the chain.
 */
export function chainRoot(model: StageModel, index: number): StageInfo | undefined {
  let s = model.stages[index];
  for (let steps = 0; s && s.baseStage !== null; steps++) {
    const next = model.stages[s.baseStage];
    if (!next) break;
    // FROM sees only earlier stages, so chains end; should one loop, let baseChain cut it
    if (steps > model.stages.length) return baseChain(model, index).at(-1);
    s = next;
  }
  return s;
}

/** The image a `--from` value pulls when it names no stage, e.g. `docker.io/library/x:latest`. */
export function pulledImage(value: string): string | null {
  const ref = parseImageRef(value);
  return ref.ok ? ref.normalized : null;
}

/**
 * The range to report a FROM-level build check on: `range` when it starts on the FROM line
 * (BuildKit reports these at the instruction's first line), else the whole instruction.
 */
export function onFromLine(stage: StageInfo, range: Range | null): Range {
  if (range && range.line === stage.from.range.line) return range;
  return stage.from.range;
}

/** How messages name a stage: `"build"` or `stage-2`, as BuildKit does. */
export function stageName(stage: StageInfo): string {
  return stage.key ?? `stage-${stage.index}`;
}
