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
import { namedContextSource } from '../named-contexts';
import { resolveBaseImage, UNKNOWN_IMAGE } from './base-images';
import { formatBytes } from './format';
import { estimateCopy, type CopySource } from './heuristics/copy';
import { KeySet, newContext, type RunContext } from './heuristics/context';
import { tidy, tidyHigh, tidyLow, tidyPoint, zero, type Guess, type Part } from './range';
import { resolveNamedContext, type ResolvedBase, type Resolver } from './named-context';
import { describeParts, estimateRun } from './run';
import { resolvePath } from './shell';

export { describeEstimate, describeSaving, formatBytes, formatRange } from './format';
export { resolveBaseImage } from './base-images';

export type SizeBasis = 'uncompressed' | 'compressed';

/** Options for {@link estimateSizes}. */
export interface EstimateOptions {
  /** which figures fill `bytes/low/high`; default uncompressed, as `docker images` shows */
  basis?: SizeBasis;
  /** `--build-context NAME=SOURCE` pairs: a base or `--from` they supply is not pulled */
  buildContexts?: Record<string, string>;
}

interface StageResult {
  base: { u: Guess; c: Guess; reason: string; info: SizeEstimate['base'] };
  /** the stage's estimate, built as its layers are read */
  estimate: SizeEstimate;
  /** its layers' raw sums in the call's {@link Figures}: layers `first` to `end` (exclusive) */
  first: number;
  end: number;
  ctx: RunContext;
  u: Guess;
  c: Guess;
  added: Guess;
}

/**
 * The raw (untidied) sums of every layer of one call, for the one-image counterfactual: six
 * numbers per layer in one double array (uncompressed point, low, high, then compressed), and the
 * stage index each layer copies from (-1: none). No object per layer.
 */
interface Figures {
  sums: Float64Array;
  copiesFrom: Int32Array;
  /** layers written so far */
  count: number;
}

function resolverOfThisCall(): Resolver {
  const plain = new Map<string, ResolvedBase>();
  // by platform, then by image: no joined key string to build and hash per lookup
  let byPlatform: Map<string, Map<string, ResolvedBase>> | null = null;
  return (ref, platform) => {
    let seen = plain;
    if (platform) {
      byPlatform ??= new Map();
      const m = byPlatform.get(platform);
      if (m === undefined) byPlatform.set(platform, (seen = new Map()));
      else seen = m;
    }
    let hit = seen.get(ref);
    if (hit === undefined) {
      const r = resolveBaseImage(ref, platform);
      const what = r.known ? r.family : 'unknown image';
      const image = r.image || ref;
      const reason = `${image} base ≈ ${formatBytes(r.uncompressed.bytes)} (${what}; ${r.note})`;
      hit = { r, reason };
      seen.set(ref, hit);
    }
    return hit;
  };
}

/** A resolver that also knows which names a `--build-context` supplies. */
type ContextResolver = (
  ref: string,
  platform?: string | null,
  stageKey?: string | null,
) => ResolvedBase;

/**
 * `resolve`, but a base or `--from` that a named build context supplies reads that context: one
 * named like the stage replaces the stage, one named like the image replaces the pull.
 */
function withNamedContexts(
  resolve: Resolver,
  contexts: Record<string, string> | undefined,
): ContextResolver {
  if (!contexts || Object.keys(contexts).length === 0) return resolve;
  const options = { buildContexts: contexts };
  return (ref, platform, stageKey) => {
    const byStage = stageKey ? namedContextSource(options, stageKey) : undefined;
    if (byStage !== undefined && stageKey) {
      return resolveNamedContext(resolve, stageKey, byStage, platform);
    }
    const byImage = namedContextSource(options, ref);
    return byImage === undefined
      ? resolve(ref, platform)
      : resolveNamedContext(resolve, ref, byImage, platform);
  };
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
    return run(model, basis, options.buildContexts);
  } catch (e) {
    const fallback = unknownEstimate(basis, `size estimator failed: ${String(e)}`);
    return { stages: model.stages.map(() => ({ ...fallback })), target: fallback };
  }
}

function run(
  model: StageModel,
  basis: SizeBasis,
  buildContexts: Record<string, string> | undefined,
): { stages: SizeEstimate[]; target: SizeEstimate } {
  const resolve = withNamedContexts(resolverOfThisCall(), buildContexts);
  const results: StageResult[] = [];
  // a layer per RUN/COPY/ADD at most: sized once, so no growing array of doubles
  let most = 0;
  for (const stage of model.stages) most += stage.instructions.length;
  const figures: Figures = {
    sums: new Float64Array(most * 6),
    copiesFrom: new Int32Array(most),
    count: 0,
  };
  const stages: SizeEstimate[] = [];
  for (const stage of model.stages) {
    const r = estimateStage(stage, results, resolve, basis, figures);
    results.push(r);
    stages.push(r.estimate);
  }
  const t = model.target;
  if (t < 0 || t >= stages.length) {
    return {
      stages,
      target: { ...unknownEstimate(basis, 'no stage to build'), bytes: 0, low: 0, high: 0 },
    };
  }
  const st = stages[t]!;
  // the same keys in the same order as the stage's estimate (no spread: one object shape)
  const target: SizeEstimate = {
    bytes: st.bytes,
    low: st.low,
    high: st.high,
    basis: st.basis,
    reasons: st.reasons,
    layers: st.layers,
    compressed: st.compressed,
    uncompressed: st.uncompressed,
    base: st.base,
  };
  const single = singleStage(model, results, figures);
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
  resolve: ContextResolver,
): StageResult['base'] & { from: StageResult | null } {
  const b = stage.baseStage;
  if (b !== null && b >= 0 && b < results.length) {
    const parent = results[b]!;
    return {
      u: parent.u,
      c: parent.c,
      reason: `FROM ${stage.base} (stage ${b}) inherits ≈ ${formatBytes(parent.u.bytes)}`,
      info: { image: stage.base, family: `stage ${b}`, known: true },
      from: parent,
    };
  }
  const { r, reason } = resolve(stage.base, stage.platform, stage.key);
  const image = r.image || stage.base;
  return {
    u: r.uncompressed,
    c: r.compressed,
    reason,
    info: r.source
      ? { image, family: r.family, known: r.known, source: r.source }
      : { image, family: r.family, known: r.known },
    from: null,
  };
}

/** The COPY --from target of `ins` as the stage model resolved it; undefined when it has none. */
function copyRefOf(stage: StageInfo, ins: Instruction): number | string | null | undefined {
  const refs = stage.refs;
  if (!refs) return undefined;
  // the refs follow the instructions: look on from the last COPY's ref, so that each ref is read
  // once per stage instead of once per later COPY
  let i = REF_CURSOR.at;
  for (; i < refs.length; i++) {
    const ref = refs[i]!;
    if (ref.instruction !== ins || ref.kind !== 'copy') continue;
    // the last ref of the instruction wins, as the map it replaces did
    let last = ref;
    while (i + 1 < refs.length && refs[i + 1]!.instruction === ins) {
      const next = refs[i + 1]!;
      i++;
      if (next.kind === 'copy') last = next;
    }
    REF_CURSOR.at = i + 1;
    return last.resolved ?? (last.via === 'image' ? last.value : null);
  }
  // not after the cursor: the whole list, last first
  for (let j = refs.length - 1; j >= 0; j--) {
    const ref = refs[j]!;
    if (ref.instruction === ins && ref.kind === 'copy')
      return ref.resolved ?? (ref.via === 'image' ? ref.value : null);
  }
  return undefined;
}

/** Where {@link copyRefOf} goes on in the current stage's refs (reset per stage). */
const REF_CURSOR = { at: 0 };

/** Uncompressed and compressed sums, both as ranges. */
interface Sums {
  uncompressed: Guess;
  compressed: Guess;
}

/** Zeroed sums (one object per stage, added to in place). */
function zeroSums(): Sums {
  return { uncompressed: zero(), compressed: zero() };
}

/** Adds the parts' figures to `into`, compressed by each part's own ratio. */
function addParts(into: Sums, parts: Part[]): void {
  const u = into.uncompressed;
  const c = into.compressed;
  for (const p of parts) {
    u.bytes += p.bytes;
    u.low += p.low;
    u.high += p.high;
    c.bytes += p.bytes / p.ratio;
    c.low += p.low / p.ratio;
    c.high += p.high / p.ratio;
  }
}

/** Adds one sum to another in place. */
function addGuess(into: Guess, g: Guess): void {
  into.bytes += g.bytes;
  into.low += g.low;
  into.high += g.high;
}

/** The stage's starting context: its parent stage's (files, WORKDIR, ENV), else a fresh one. */
function stageContext(parent: StageResult | null): RunContext {
  if (!parent) return newContext();
  const p = parent.ctx;
  return {
    workdir: p.workdir,
    env: copyEnv(p.env),
    venv: p.venv,
    seen: new KeySet(p.seen),
    committed: { own: [], parent: p.committed },
  };
}

/** What one layer-writing instruction writes, with notes, and the stage it copies from. */
interface LayerWrite {
  parts: Part[];
  notes: string[] | null;
  copiesFrom: number | null;
}

/** Reads one RUN, COPY or ADD of `stage` into the parts it writes. */
function readLayer(
  ins: Instruction,
  kind: number,
  stage: StageInfo,
  ctx: RunContext,
  results: StageResult[],
  resolve: ContextResolver,
): LayerWrite {
  if (kind === RUN) {
    const r = estimateRun(ins, ctx);
    return { parts: r.parts, notes: r.notes.length > 0 ? r.notes : null, copiesFrom: null };
  }
  const { source, copiesFrom } = copySourceOf(ins, stage, results, resolve);
  const parts = estimateCopy(ins, ctx, source);
  const own = ctx.committed.own;
  for (const p of parts) {
    ctx.seen.add(p.key);
    own.push(p);
  }
  return { parts, notes: null, copiesFrom };
}

/** What a COPY/ADD `--from` reads: an earlier stage's files, an image, or (null) the context. */
function copySourceOf(
  ins: Instruction,
  stage: StageInfo,
  results: StageResult[],
  resolve: ContextResolver,
): { source: CopySource | null; copiesFrom: number | null } {
  const fromFlag = fromFlagOf(ins);
  if (!fromFlag) return { source: null, copiesFrom: null };
  const ref = copyRefOf(stage, ins);
  const resolved =
    ref !== undefined ? ref : fallbackRef(fromFlag.value ?? '', stage.index, results);
  if (typeof resolved === 'number' && resolved < results.length && resolved !== stage.index) {
    const src = results[resolved]!;
    return {
      source: {
        name: fromFlag.value ?? `stage ${resolved}`,
        parts: src.ctx.committed,
        total: { uncompressed: src.u, compressed: src.c },
        added: src.added,
      },
      copiesFrom: resolved,
    };
  }
  const img = resolve(typeof resolved === 'string' ? resolved : (fromFlag.value ?? '')).r;
  return {
    source: {
      name: fromFlag.value ?? 'image',
      parts: null,
      total: { uncompressed: img.uncompressed, compressed: img.compressed },
      added: img.known ? img.uncompressed : UNKNOWN_IMAGE.uncompressed,
    },
    copiesFrom: null,
  };
}

/** Records a layer's raw sums in the call's {@link Figures} for the one-image counterfactual. */
function recordFigures(figures: Figures, layer: Sums, copiesFrom: number | null): void {
  const at = figures.count++;
  const o = at * 6;
  const u = layer.uncompressed;
  const c = layer.compressed;
  figures.sums[o] = u.bytes;
  figures.sums[o + 1] = u.low;
  figures.sums[o + 2] = u.high;
  figures.sums[o + 3] = c.bytes;
  figures.sums[o + 4] = c.low;
  figures.sums[o + 5] = c.high;
  figures.copiesFrom[at] = copiesFrom ?? -1;
}

/** The layer as the estimate shows it: tidy figures on the basis, and its reason. */
function layerEstimate(
  ins: Instruction,
  write: LayerWrite,
  sums: Sums,
  compressed: boolean,
): LayerEstimate {
  const shown = compressed ? sums.compressed : sums.uncompressed;
  const c = sums.compressed;
  const bytes = tidyPoint(shown.bytes);
  let text = describeParts(write.parts, compressed);
  if (write.notes) for (const n of write.notes) text = text ? `${text}; ${n}` : n;
  const cb = tidyPoint(c.bytes);
  return {
    line: ins.range.line,
    instruction: ins.keyword,
    bytes,
    low: tidyLow(shown.low, bytes),
    high: tidyHigh(shown.high, bytes),
    reason: text || 'no size-relevant writes recognised',
    compressed: { bytes: cb, low: tidyLow(c.low, cb), high: tidyHigh(c.high, cb) },
  };
}

/** Whether a layer is worth a reason: it adds something, or says what it did not commit. */
function noteworthy(layer: LayerEstimate, write: LayerWrite): boolean {
  const r = layer.reason;
  return (
    layer.high > 0 ||
    write.notes !== null ||
    r.includes('not committed') ||
    r.includes('still count')
  );
}

/** The base's reason, then the picked layers' reasons in file order. */
function stageReasons(baseReason: string, layers: LayerEstimate[], count: number): string[] {
  const reasons = [baseReason];
  const order = ORDER;
  for (let i = 0; i < count; i++) {
    // insertion sort of at most MAX_REASONS - 1 indices
    const v = PICKED[i * 2]!;
    let j = i;
    for (; j > 0 && order[j - 1]! > v; j--) order[j] = order[j - 1]!;
    order[j] = v;
  }
  for (let i = 0; i < count; i++) {
    const l = layers[order[i]!]!;
    reasons.push(`line ${l.line} ${l.instruction}: ${l.reason}`);
  }
  return reasons;
}

function estimateStage(
  stage: StageInfo,
  results: StageResult[],
  resolve: ContextResolver,
  basis: SizeBasis,
  figures: Figures,
): StageResult {
  const compressed = basis === 'compressed';
  const base = baseOf(stage, results, resolve);
  const ctx = stageContext(base.from);
  const layers: LayerEstimate[] = [];
  const first = figures.count;
  const added = zeroSums();
  // the layers the stage's reasons name: every one that adds or notes something, the biggest
  // MAX_REASONS - 1 (earlier first among equals) when there are too many
  let picked = 0;
  REF_CURSOR.at = 0;
  for (const ins of stage.instructions) {
    const kind = kindOf(ins.keyword);
    if (kind === OTHER) continue;
    if (kind === WORKDIR) {
      const dir = ins.args[0]?.value;
      if (dir && !dir.includes('$')) ctx.workdir = resolvePath(unquoteValue(dir), ctx.workdir);
      continue;
    }
    if (kind === ENV) {
      readEnv(ins, ctx);
      continue;
    }
    const write = readLayer(ins, kind, stage, ctx, results, resolve);
    const sums = zeroSums();
    addParts(sums, write.parts);
    addGuess(added.uncompressed, sums.uncompressed);
    addGuess(added.compressed, sums.compressed);
    recordFigures(figures, sums, write.copiesFrom);
    const layer = layerEstimate(ins, write, sums, compressed);
    if (noteworthy(layer, write))
      picked = pickInto(PICKED, picked, layers.length, layer.bytes, MAX_REASONS - 1);
    layers.push(layer);
  }
  const u = { ...base.u };
  const c = { ...base.c };
  addGuess(u, added.uncompressed);
  addGuess(c, added.compressed);
  const un = tidy(u);
  const co = tidy(c);
  const main = compressed ? co : un;
  return {
    base,
    estimate: {
      bytes: main.bytes,
      low: main.low,
      high: main.high,
      basis,
      reasons: stageReasons(base.reason, layers, picked),
      layers,
      compressed: co,
      uncompressed: un,
      base: base.info,
    },
    first,
    end: figures.count,
    ctx,
    u,
    c,
    added: added.uncompressed,
  };
}

const OTHER = 0;
const WORKDIR = 1;
const ENV = 2;
const RUN = 3;
/** COPY or ADD */
const COPY = 4;

/** What the size estimator does with an instruction of keyword `kw`. */
function kindOf(kw: string): number {
  switch (kw.length) {
    case 3:
      switch (kw.charCodeAt(0)) {
        case 82: // R
          return kw === 'RUN' ? RUN : OTHER;
        case 69: // E
          return kw === 'ENV' ? ENV : OTHER;
        case 65: // A
          return kw === 'ADD' ? COPY : OTHER;
        default:
          return OTHER;
      }
    case 4:
      return kw.charCodeAt(0) === 67 && kw === 'COPY' ? COPY : OTHER;
    case 7:
      return kw.charCodeAt(0) === 87 && kw === 'WORKDIR' ? WORKDIR : OTHER;
    default:
      return OTHER;
  }
}

function fromFlagOf(ins: Instruction): Instruction['flags'][number] | undefined {
  for (const f of ins.flags) {
    // flag names are case-insensitive; most are already lowercase (and `link` is not `from`)
    const n = f.name;
    if (n.length !== 4) continue;
    const c = n.charCodeAt(0);
    if ((c === 102 || c === 70) && (n === 'from' || n.toLowerCase() === 'from')) return f;
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

/**
 * Follows ENV for what the heuristics read: NODE_ENV and PIP_NO_CACHE_DIR (kept in `ctx.env`),
 * and a virtualenv named by VIRTUAL_ENV or PATH. Other variables cost nothing.
 */
function readEnv(ins: Instruction, ctx: RunContext): void {
  const args = ins.args;
  const first = args[0]?.value;
  if (first === undefined) return;
  if (!first.includes('=')) {
    // legacy `ENV KEY value with spaces`
    if (!watched(first, first.length)) return;
    let v = '';
    for (let i = 1; i < args.length; i++) v = i === 1 ? args[i]!.value : `${v} ${args[i]!.value}`;
    setEnv(ctx, first, v);
    return;
  }
  for (const a of args) {
    const w = a.value;
    const eq = w.indexOf('=');
    if (eq > 0 && watched(w, eq)) setEnv(ctx, w.slice(0, eq), unquoteValue(w.slice(eq + 1)));
  }
}

/** `w.slice(0, end)` is a variable some heuristic reads (compared without slicing). */
function watched(w: string, end: number): boolean {
  switch (end) {
    case 4:
      return w.startsWith('PATH');
    case 8:
      return w.startsWith('NODE_ENV');
    case 11:
      return w.startsWith('VIRTUAL_ENV');
    case 16:
      return w.startsWith('PIP_NO_CACHE_DIR');
    default:
      return false;
  }
}

const QUOTED = /^(["'])(.*)\1$/;

function unquoteValue(v: string): string {
  const c = v.charCodeAt(0);
  return c === 34 || c === 39 ? v.replace(QUOTED, '$2') : v;
}

/** A stage's own copy of its parent's ENV: only the variables {@link setEnv} keeps are ever in it. */
function copyEnv(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in env) out[k] = env[k]!;
  return out;
}

function setEnv(ctx: RunContext, k: string, v: string): void {
  if (k === 'NODE_ENV' || k === 'PIP_NO_CACHE_DIR') ctx.env[k] = v;
  if (k === 'VIRTUAL_ENV' && v.startsWith('/')) ctx.venv = v;
  if (k === 'PATH') {
    const m = /(\/[^:$]*?)\/bin(?::|$)/.exec(v);
    if (m && /venv|virtualenv/.test(m[1]!)) ctx.venv = m[1]!;
  }
}

/** [index, bytes] pairs of the picked layers, biggest first (one buffer: estimateStage never nests). */
const PICKED = new Float64Array(2 * MAX_REASONS);
const ORDER = new Int32Array(MAX_REASONS);

/**
 * Inserts layer `index` of `bytes` into the `count` picked pairs kept biggest first, after the
 * ones at least as big (so earlier layers win ties, as a stable sort keeps them), and keeps at most
 * `max`. Returns the new count.
 */
function pickInto(
  picked: Float64Array,
  count: number,
  index: number,
  bytes: number,
  max: number,
): number {
  let at = count;
  while (at > 0 && picked[(at - 1) * 2 + 1]! < bytes) at--;
  if (at >= max) return count;
  const end = count < max ? count : max - 1;
  for (let i = end; i > at; i--) {
    picked[i * 2] = picked[(i - 1) * 2]!;
    picked[i * 2 + 1] = picked[(i - 1) * 2 + 1]!;
  }
  picked[at * 2] = index;
  picked[at * 2 + 1] = bytes;
  return count < max ? count + 1 : max;
}

/**
 * The one-image counterfactual: the biggest base image of the reachable stages (one image must
 * hold every toolchain the build uses, so at least the biggest of them; the first in file order
 * was often a small helper such as tonistiigi/xx), plus the layers of every reachable stage,
 * without the `COPY --from` layers that copy from another reachable stage (in one image those
 * files are already there). Other stages' base images are dropped: one image has one base.
 */
function singleStage(
  model: StageModel,
  results: StageResult[],
  figures: Figures,
): { u: Guess; c: Guess; stages: number; rootName: string } | null {
  const all = model.stages;
  const sums = figures.sums;
  const copies = figures.copiesFrom;
  // the reachable stages (else the target alone), and the first of them built on an image
  const inSet = new Uint8Array(results.length);
  let count = 0;
  let root: StageInfo | undefined;
  let first: StageInfo | undefined;
  for (const s of all) {
    if (!s.reachable) continue;
    count++;
    if (s.index >= 0 && s.index < inSet.length) inSet[s.index] = 1;
    first ??= s;
    if (s.baseStage === null && bigger(s, root, results)) root = s;
  }
  if (count === 0) {
    for (const s of all) {
      if (s.index !== model.target) continue;
      count++;
      if (s.index >= 0 && s.index < inSet.length) inSet[s.index] = 1;
      first ??= s;
      if (s.baseStage === null && bigger(s, root, results)) root = s;
    }
  }
  root ??= first;
  if (!root) return null;
  const rr = results[root.index]!;
  const u = { bytes: rr.base.u.bytes, low: rr.base.u.low, high: rr.base.u.high };
  const c = { bytes: rr.base.c.bytes, low: rr.base.c.low, high: rr.base.c.high };
  for (const s of all) {
    if (s.index < 0 || s.index >= inSet.length || inSet[s.index] !== 1) continue;
    const r = results[s.index]!;
    for (let k = r.first; k < r.end; k++) {
      const from = copies[k]!;
      if (from >= 0 && from < inSet.length && inSet[from] === 1) continue;
      const o = k * 6;
      u.bytes += sums[o]!;
      u.low += sums[o + 1]!;
      u.high += sums[o + 2]!;
      c.bytes += sums[o + 3]!;
      c.low += sums[o + 4]!;
      c.high += sums[o + 5]!;
    }
  }
  return { u, c, stages: count, rootName: `${rr.base.info?.image ?? root.base} base` };
}

/** Whether stage `s` has a bigger base image than `than` (the earlier one wins a tie). */
function bigger(s: StageInfo, than: StageInfo | undefined, results: StageResult[]): boolean {
  if (than === undefined) return true;
  return (results[s.index]?.base.u.bytes ?? 0) > (results[than.index]?.base.u.bytes ?? 0);
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
