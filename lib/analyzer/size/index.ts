/**
 * The image size estimator: per stage and per layer, on the uncompressed basis (`docker images`)
 * by default, with compressed (pull size) figures alongside. Every figure is a range with reasons.
 */
import type {
  Dockerfile,
  Instruction,
  LayerEstimate,
  SizeEstimate,
  StageInfo,
  StageModel,
} from '../types';
import { resolveBaseImage, UNKNOWN_IMAGE, type BaseResolution } from './base-images';
import { formatBytes } from './format';
import { estimateCopy, type CopySource } from './heuristics/copy';
import { KeySet, newContext, type RunContext } from './heuristics/context';
import { addInto, tidy, zero, type Guess, type Part } from './range';
import { describeParts, estimateRun } from './run';
import { resolvePath } from './shell';

export { describeEstimate, describeSaving, formatBytes, formatRange } from './format';
export { resolveBaseImage } from './base-images';

export type SizeBasis = 'uncompressed' | 'compressed';

/** Options for {@link estimateSizes}. */
export interface EstimateOptions {
  /** which figures fill `bytes/low/high`; default uncompressed, as `docker images` shows */
  basis?: SizeBasis;
}

interface Layer {
  instruction: Instruction;
  parts: Part[];
  notes: string[];
  u: Guess;
  c: Guess;
  /** COPY --from of this stage index, for the one-image counterfactual */
  copiesFrom: number | null;
}

interface StageResult {
  base: { u: Guess; c: Guess; reason: string; info: SizeEstimate['base'] };
  layers: Layer[];
  ctx: RunContext;
  u: Guess;
  c: Guess;
  added: Guess;
}

/** base + the biggest layers; every layer keeps its own reason in `layers` */
const MAX_REASONS = 5;

/**
 * Estimates every stage and the target. Never throws: on an internal error it returns an
 * "unknown" estimate that says so.
 */
export function estimateSizes(
  _file: Dockerfile,
  model: StageModel,
  options: EstimateOptions = {},
): { stages: SizeEstimate[]; target: SizeEstimate } {
  const basis: SizeBasis = options.basis === 'compressed' ? 'compressed' : 'uncompressed';
  try {
    return run(model, basis);
  } catch (e) {
    const fallback = unknownEstimate(basis, `size estimator failed: ${String(e)}`);
    return { stages: model.stages.map(() => ({ ...fallback })), target: fallback };
  }
}

function run(
  model: StageModel,
  basis: SizeBasis,
): { stages: SizeEstimate[]; target: SizeEstimate } {
  const results: StageResult[] = [];
  for (const stage of model.stages) results.push(estimateStage(stage, results));
  const stages = results.map((r) => toEstimate(r, basis));
  const t = model.target;
  if (t < 0 || t >= stages.length) {
    return {
      stages,
      target: { ...unknownEstimate(basis, 'no stage to build'), bytes: 0, low: 0, high: 0 },
    };
  }
  const target: SizeEstimate = { ...stages[t]! };
  const single = singleStage(model, results);
  if (single) {
    const pick = (g: { u: Guess; c: Guess }) => tidy(basis === 'compressed' ? g.c : g.u);
    const s = pick(single);
    const tt = pick(results[t]!);
    target.singleStage = s;
    // ranges add conservatively: the widest saving pairs the biggest one-image with the smallest target
    target.saving = tidy({
      bytes: Math.max(0, s.bytes - tt.bytes),
      low: Math.max(0, s.low - tt.high),
      high: Math.max(0, s.high - tt.low),
    });
    target.reasons = [
      ...(target.reasons ?? []),
      single.stages > 1
        ? `one-stage counterfactual ≈ ${formatBytes(s.bytes)}: ${single.rootName} plus every reachable stage's layers`
        : 'single stage: nothing to compare',
    ];
  }
  return { stages, target };
}

function baseOf(
  stage: StageInfo,
  results: StageResult[],
): StageResult['base'] & { from: StageResult | null } {
  const b = stage.baseStage;
  if (b !== null && b >= 0 && b < results.length) {
    const parent = results[b]!;
    const label = `stage ${b}`;
    return {
      u: { ...parent.u },
      c: { ...parent.c },
      reason: `FROM ${stage.base} (${label}) inherits ≈ ${formatBytes(parent.u.bytes)}`,
      info: { image: stage.base, family: `stage ${b}`, known: true },
      from: parent,
    };
  }
  const r: BaseResolution = resolveBaseImage(stage.base, stage.platform);
  const what = r.known ? r.family : 'unknown image';
  return {
    u: { ...r.uncompressed },
    c: { ...r.compressed },
    reason: `${r.image || stage.base} base ≈ ${formatBytes(r.uncompressed.bytes)} (${what}; ${r.note})`,
    info: {
      image: r.image || stage.base,
      family: r.family,
      known: r.known,
      ...(r.source ? { source: r.source } : {}),
    },
    from: null,
  };
}

function estimateStage(stage: StageInfo, results: StageResult[]): StageResult {
  const base = baseOf(stage, results);
  const ctx = newContext();
  if (base.from) {
    // FROM <stage> keeps its files, WORKDIR and ENV
    const p = base.from.ctx;
    ctx.workdir = p.workdir;
    ctx.env = { ...p.env };
    ctx.venv = p.venv;
    ctx.seen = new KeySet(p.seen);
    ctx.committed = { own: [], parent: p.committed };
  }
  const copyRefs = new Map<Instruction, number | string | null>();
  for (const ref of stage.refs ?? []) {
    if (ref.kind === 'copy')
      copyRefs.set(ref.instruction, ref.resolved ?? (ref.via === 'image' ? ref.value : null));
  }
  const layers: Layer[] = [];
  const added = zero();
  const addedC = zero();
  for (const ins of stage.instructions) {
    const kw = ins.keyword;
    if (kw === 'WORKDIR') {
      const dir = ins.args[0]?.value;
      if (dir && !dir.includes('$'))
        ctx.workdir = resolvePath(dir.replace(/^(["'])(.*)\1$/, '$2'), ctx.workdir);
      continue;
    }
    if (kw === 'ENV') {
      readEnv(ins, ctx);
      continue;
    }
    if (kw !== 'RUN' && kw !== 'COPY' && kw !== 'ADD') continue;
    let layerParts: Part[];
    let notes: string[] = [];
    let copiesFrom: number | null = null;
    if (kw === 'RUN') {
      const r = estimateRun(ins, ctx);
      layerParts = r.parts;
      notes = r.notes;
    } else {
      const fromFlag = fromFlagOf(ins);
      let source: CopySource | null = null;
      if (fromFlag) {
        const resolved = copyRefs.has(ins)
          ? copyRefs.get(ins)!
          : fallbackRef(fromFlag.value ?? '', stage.index, results);
        if (typeof resolved === 'number' && resolved < results.length && resolved !== stage.index) {
          const src = results[resolved]!;
          copiesFrom = resolved;
          source = {
            name: fromFlag.value ?? `stage ${resolved}`,
            parts: src.ctx.committed,
            total: { uncompressed: src.u, compressed: src.c },
            added: src.added,
          };
        } else {
          const img = resolveBaseImage(
            typeof resolved === 'string' ? resolved : (fromFlag.value ?? ''),
          );
          source = {
            name: fromFlag.value ?? 'image',
            parts: null,
            total: { uncompressed: img.uncompressed, compressed: img.compressed },
            added: img.known ? img.uncompressed : UNKNOWN_IMAGE.uncompressed,
          };
        }
      }
      layerParts = estimateCopy(ins, ctx, source);
      for (const p of layerParts) {
        ctx.seen.add(p.key);
        ctx.committed.own.push(p);
      }
    }
    const u = zero();
    const c = zero();
    for (const p of layerParts) {
      addInto(u, p);
      addInto(c, { bytes: p.bytes / p.ratio, low: p.low / p.ratio, high: p.high / p.ratio });
    }
    addInto(added, u);
    addInto(addedC, c);
    layers.push({ instruction: ins, parts: layerParts, notes, u, c, copiesFrom });
  }
  return {
    base,
    layers,
    ctx,
    u: addInto({ ...base.u }, added),
    c: addInto({ ...base.c }, addedC),
    added,
  };
}

function fromFlagOf(ins: Instruction): Instruction['flags'][number] | undefined {
  for (const f of ins.flags) {
    // flag names are case-insensitive; most are already lowercase
    if (f.name === 'from' || (f.name.length === 4 && f.name.toLowerCase() === 'from')) return f;
  }
  return undefined;
}

/** COPY --from without a stage model ref: a name or index of an earlier stage, else an image. */
function fallbackRef(
  value: string,
  current: number,
  results: StageResult[],
): number | string | null {
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    return n < current && n < results.length ? n : null;
  }
  return value || null;
}

function readEnv(ins: Instruction, ctx: RunContext): void {
  const args = ins.args;
  const first = args[0]?.value;
  if (first === undefined) return;
  if (!first.includes('=')) {
    // legacy `ENV KEY value with spaces`
    let v = '';
    for (let i = 1; i < args.length; i++) v = i === 1 ? args[i]!.value : `${v} ${args[i]!.value}`;
    setEnv(ctx, first, v);
    return;
  }
  for (const a of args) {
    const w = a.value;
    const eq = w.indexOf('=');
    if (eq > 0) setEnv(ctx, w.slice(0, eq), unquoteValue(w.slice(eq + 1)));
  }
}

const QUOTED = /^(["'])(.*)\1$/;

function unquoteValue(v: string): string {
  const c = v.charCodeAt(0);
  return c === 34 || c === 39 ? v.replace(QUOTED, '$2') : v;
}

function setEnv(ctx: RunContext, k: string, v: string): void {
  ctx.env[k] = v;
  if (k === 'VIRTUAL_ENV' && v.startsWith('/')) ctx.venv = v;
  if (k === 'PATH') {
    const m = /(\/[^:$]*?)\/bin(?::|$)/.exec(v);
    if (m && /venv|virtualenv/.test(m[1]!)) ctx.venv = m[1]!;
  }
}

function toEstimate(r: StageResult, basis: SizeBasis): SizeEstimate {
  const compressed = basis === 'compressed';
  const main = tidy(compressed ? r.c : r.u);
  const scale = compressed ? (p: Part) => p.bytes / p.ratio : undefined;
  const layers: LayerEstimate[] = [];
  for (const l of r.layers) {
    const g = tidy(compressed ? l.c : l.u);
    let text = describeParts(l.parts, scale);
    for (const n of l.notes) text = text ? `${text}; ${n}` : n;
    layers.push({
      line: l.instruction.range.line,
      instruction: l.instruction.keyword,
      bytes: g.bytes,
      low: g.low,
      high: g.high,
      reason: text || 'no size-relevant writes recognised',
      compressed: tidy(l.c),
    });
  }
  return {
    bytes: main.bytes,
    low: main.low,
    high: main.high,
    basis,
    reasons: stageReasons(r.base.reason, layers),
    layers,
    compressed: tidy(r.c),
    uncompressed: tidy(r.u),
    base: r.base.info,
  };
}

/** The base, then the biggest layers (and any deletion/mount notes) in file order. */
function stageReasons(base: string, layers: LayerEstimate[]): string[] {
  let picked: number[] = [];
  for (let i = 0; i < layers.length; i++) {
    const l = layers[i]!;
    if (l.high > 0 || l.reason.includes('not committed') || l.reason.includes('still count'))
      picked.push(i);
  }
  if (picked.length > MAX_REASONS - 1) {
    picked = picked
      .sort((a, b) => layers[b]!.bytes - layers[a]!.bytes)
      .slice(0, MAX_REASONS - 1)
      .sort((a, b) => a - b);
  }
  const out = [base];
  for (const i of picked) {
    const l = layers[i]!;
    out.push(`line ${l.line} ${l.instruction}: ${l.reason}`);
  }
  return out;
}

/**
 * The one-image counterfactual: the base of the first reachable stage (in file order) that starts
 * from an image, plus the layers of every reachable stage, without the `COPY --from` layers that
 * copy from another reachable stage (in one image those files are already there). Other stages'
 * base images are dropped: one image has one base.
 */
function singleStage(
  model: StageModel,
  results: StageResult[],
): { u: Guess; c: Guess; stages: number; rootName: string } | null {
  let reachable = model.stages.filter((s) => s.reachable);
  if (reachable.length === 0) reachable = model.stages.filter((s) => s.index === model.target);
  const root = reachable.find((s) => s.baseStage === null) ?? reachable[0];
  if (!root) return null;
  const inSet = new Set(reachable.map((s) => s.index));
  const rr = results[root.index]!;
  const u = { ...rr.base.u };
  const c = { ...rr.base.c };
  for (const s of reachable) {
    for (const l of results[s.index]!.layers) {
      if (l.copiesFrom !== null && inSet.has(l.copiesFrom)) continue;
      addInto(u, l.u);
      addInto(c, l.c);
    }
  }
  return { u, c, stages: reachable.length, rootName: `${rr.base.info?.image ?? root.base} base` };
}

function unknownEstimate(basis: SizeBasis, why: string): SizeEstimate {
  const g = basis === 'compressed' ? UNKNOWN_IMAGE.compressed : UNKNOWN_IMAGE.uncompressed;
  return {
    ...g,
    basis,
    reasons: [why],
    layers: [],
    compressed: { ...UNKNOWN_IMAGE.compressed },
    uncompressed: { ...UNKNOWN_IMAGE.uncompressed },
  };
}
