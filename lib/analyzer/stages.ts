/**
 * The stage model: what BuildKit's dockerfile2llb makes of the FROM lines and the references
 * between stages (convert.go `toDispatchState`, `dispatchStates`, `toCommand`, `detectRunMount`).
 * One pass over the instructions, then name lookups through maps keyed by lowercased name.
 */
import { expandNames, expandText, hasExpansion } from './expand';
import { patternBudget, type PatternBudget } from './shell-pattern';
import type {
  AnalyzeOptions,
  Dockerfile,
  Flag,
  Instruction,
  Range,
  StageInfo,
  StageModel,
  StageRef,
} from './types';

/** The automatic platform ARGs BuildKit defines for FROM (linux/amd64 stands in for the host). */
const AUTOMATIC_ARGS: readonly (readonly [string, string])[] = [
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDOSVERSION', ''],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETOSVERSION', ''],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
];

/** Names of the automatic ARGs, always declared for FROM. */
export const AUTOMATIC_ARG_NAMES: ReadonlySet<string> = new Set([
  ...AUTOMATIC_ARGS.map(([k]) => k),
  'TARGETSTAGE',
]);

const INTEGER = /^[+-]?[0-9]+$/;
/** A `--mount` value whose fields may hold a `from=` key (keys are read case-insensitively). */
const MAY_FROM = /from/i;

function flagOf(inst: Instruction, name: string): Flag | undefined {
  for (const f of inst.flags) if (f.name === name) return f;
  return undefined;
}

/** The FROM stage name when the line has the `<base> AS <name>` shape. */
export function fromHasName(from: Instruction): boolean {
  if (from.args.length !== 3) return false;
  // `toLowerCase() === 'as'` by codes: only `A`/`a` and `S`/`s` lowercase to those letters
  const as = from.args[1]!.value;
  return as.length === 2 && (as.charCodeAt(0) | 32) === 97 && (as.charCodeAt(1) | 32) === 115;
}

/** What a `--mount` value says of a stage: its last `from=` and `target=`/`dst=`/`destination=`. */
interface MountSource {
  /** the `from=` value, and its column offset inside the flag value ('' and -1: none) */
  from: string;
  offset: number;
  target: string | undefined;
}

/**
 * Reads the `from` and target fields of a `--mount` value (keys are trimmed and read
 * case-insensitively), slicing out only those: one result, no list of every field.
 */
function mountSource(value: string): MountSource {
  const out: MountSource = { from: '', offset: -1, target: undefined };
  let start = 0;
  while (start <= value.length) {
    let end = value.indexOf(',', start);
    if (end < 0) end = value.length;
    // a field quoted as a whole is read inside its quotes
    let from = start;
    let to = end;
    if (to - from >= 2 && value.charCodeAt(from) === 34 && value.charCodeAt(to - 1) === 34) {
      from++;
      to--;
    }
    const eq = value.indexOf('=', from);
    if (eq >= 0 && eq < to) {
      const key = value.slice(from, eq).trim().toLowerCase();
      if (key === 'from') {
        out.from = value.slice(eq + 1, to);
        out.offset = eq + 1;
      } else if (key === 'target' || key === 'dst' || key === 'destination') {
        out.target = value.slice(eq + 1, to);
      }
    }
    start = end + 1;
  }
  return out;
}

function subRange(r: Range, offset: number, length: number): Range {
  // Flag values do not cross lines in practice; when one does, keep the whole value range.
  if (r.line !== r.endLine) return r;
  const column = r.column + offset;
  return { line: r.line, column, endLine: r.line, endColumn: column + length };
}

const K_OTHER = 0;
const K_FROM = 1;
const K_ARG = 2;
const K_COPY = 3;
const K_RUN = 4;
const K_ONBUILD = 5;

/** The keywords the model reads (K_*); the parser's keywords are interned literals. */
function keywordKind(k: string): number {
  switch (k) {
    case 'FROM':
      return K_FROM;
    case 'ARG':
      return K_ARG;
    case 'COPY':
      return K_COPY;
    case 'RUN':
      return K_RUN;
    case 'ONBUILD':
      return K_ONBUILD;
    default:
      return K_OTHER;
  }
}

/** `--from` and `from=` references in `inst` (of keywordKind `kind`), unresolved, appended to `out`. */
function collectRefs(
  inst: Instruction,
  kind: number,
  stage: number,
  out: StageRef[],
  onbuild: boolean,
): void {
  if (kind === K_COPY) {
    const flag = flagOf(inst, 'from');
    if (flag && flag.value !== null && flag.value !== '') {
      const ref: StageRef = {
        kind: 'copy',
        value: flag.value,
        range: flag.valueRange ?? flag.range,
        instruction: inst,
        stage,
        resolved: null,
        via: 'none',
      };
      if (onbuild) ref.onbuild = true;
      out.push(ref);
    }
  } else if (kind === K_RUN) {
    for (const flag of inst.flags) {
      // a mount without `from` names no stage: most mounts are caches and binds of the context
      if (flag.name !== 'mount' || flag.value === null || !MAY_FROM.test(flag.value)) continue;
      const mount = mountSource(flag.value);
      if (mount.from === '') continue;
      const target = mount.target;
      const base = flag.valueRange ?? flag.range;
      const ref: StageRef = {
        kind: 'mount',
        value: mount.from,
        range: flag.valueRange ? subRange(base, mount.offset, mount.from.length) : base,
        instruction: inst,
        stage,
        resolved: null,
        via: 'none',
      };
      if (target !== undefined) ref.mountTarget = target;
      if (onbuild) ref.onbuild = true;
      out.push(ref);
    }
  } else if (kind === K_ONBUILD && inst.onbuild && !onbuild) {
    collectRefs(inst.onbuild, keywordKind(inst.onbuild.keyword), stage, out, true);
  }
}

/** True when BuildKit refuses the `--from` / `from=` value because it holds a variable. */
export function refHasVariable(ref: StageRef, escape: string): boolean {
  if (ref.kind === 'mount') {
    // commands_runmount.go: any `$` that is not the last character
    const i = ref.value.indexOf('$');
    return i >= 0 && i !== ref.value.length - 1;
  }
  if (ref.kind === 'copy') return hasExpansion(ref.value, escape);
  return false;
}

/** Builds the stage graph BuildKit would build from `file`, for `options.target`. */
export function buildStageModel(file: Dockerfile, options: AnalyzeOptions = {}): StageModel {
  const buildArgs = options.buildArgs ?? {};
  // most calls pass no build args: skip the own-property test per ARG then
  const hasBuildArgs = Object.keys(buildArgs).length > 0;
  const given = (key: string): boolean =>
    hasBuildArgs && Object.prototype.hasOwnProperty.call(buildArgs, key);
  const escape = file.escape;
  // one budget for every pattern substitution of the file, so no file can keep the analyzer busy
  const budget = patternBudget();
  const env = new Map<string, string>();
  // Without build args the FROM env holds exactly the defaults: one map serves as both.
  const defaultEnv = hasBuildArgs ? new Map<string, string>() : env;
  for (const [k, v] of AUTOMATIC_ARGS) {
    if (hasBuildArgs) defaultEnv.set(k, v);
    env.set(k, given(k) ? (buildArgs[k] ?? v) : v);
  }
  const globalArgs = new Map<string, string | undefined>();
  const preamble: Instruction[] = [];
  const stages: StageInfo[] = [];
  const preambleRefs: StageRef[] = [];
  /** lowercased name → latest stage index so far (FROM sees only earlier stages) */
  const byName = new Map<string, number>();

  const list = file.instructions;
  const n = list.length;
  let i = 0;
  for (; i < n; i++) {
    const inst = list[i]!;
    const kind = keywordKind(inst.keyword);
    if (kind === K_FROM) break;
    if (kind !== K_ARG) {
      preamble.push(inst);
      collectRefs(inst, kind, -1, preambleRefs, false);
      continue;
    }
    // each word is `KEY=value` or `KEY`, read in place
    for (const w of inst.args) {
      const eq = w.value.indexOf('=');
      const key = eq < 0 ? w.value : w.value.slice(0, eq);
      const value = eq < 0 ? undefined : w.value.slice(eq + 1);
      if (value === undefined) {
        globalArgs.set(key, undefined);
      } else {
        const expanded = expandText(value, defaultEnv, escape, budget);
        globalArgs.set(key, expanded);
        defaultEnv.set(key, expanded);
      }
      if (!hasBuildArgs) continue; // env is defaultEnv, set above
      if (given(key)) {
        env.set(key, buildArgs[key] ?? '');
      } else if (value !== undefined) {
        env.set(key, expandText(value, env, escape, budget));
      }
    }
  }

  if (i < n) {
    // TARGETSTAGE is the requested target, or the last stage's name
    let target = options.target ?? '';
    if (!target) {
      for (let k = n - 1; k >= i; k--) {
        const last = list[k]!;
        if (keywordKind(last.keyword) === K_FROM) {
          target = fromHasName(last) ? (last.args[2]?.value.toLowerCase() ?? '') : '';
          break;
        }
      }
    }
    env.set('TARGETSTAGE', target);
    if (hasBuildArgs) defaultEnv.set('TARGETSTAGE', target);
  }
  while (i < n) {
    const stage = newStage(list[i]!, stages.length, env, escape, byName, budget);
    stages.push(stage);
    let end = i + 1;
    for (; end < n; end++) {
      const inst = list[end]!;
      const kind = keywordKind(inst.keyword);
      if (kind === K_FROM) break;
      if (kind >= K_COPY) collectRefs(inst, kind, stage.index, stage.refs, false);
    }
    // a stage's instructions in one exactly sized copy, not grown one push at a time
    stage.instructions = list.slice(i + 1, end);
    i = end;
  }

  // --from and from= resolve after every stage is known: by index, by name (last duplicate wins),
  // else they name an image (toCommand / detectRunMount).
  for (const ref of preambleRefs) resolveRef(ref, escape, byName, stages.length);
  for (const stage of stages) {
    for (const ref of stage.refs) {
      if (ref.kind !== 'from') resolveRef(ref, escape, byName, stages.length);
    }
  }

  // Dependencies: the base stage, COPY/mount sources, and ONBUILD sources of the base stage,
  // which BuildKit runs in (and so charges to) the child.
  for (const stage of stages) {
    const deps: number[] = [];
    if (stage.baseStage !== null) addSorted(deps, stage.baseStage);
    for (const ref of stage.refs) {
      if (!ref.onbuild && ref.resolved !== null) addSorted(deps, ref.resolved);
    }
    if (stage.baseStage !== null) {
      const parent = stages[stage.baseStage];
      if (parent) {
        for (const ref of parent.refs)
          if (ref.onbuild && ref.resolved !== null) addSorted(deps, ref.resolved);
      }
    }
    stage.dependsOn = deps;
  }

  let target = stages.length - 1;
  if (options.target !== undefined && options.target !== '') {
    target = byName.get(options.target.toLowerCase()) ?? -1;
  }
  const buildOrder = target >= 0 ? dependencyOrder(stages, target) : [];
  for (const i of buildOrder) {
    const s = stages[i];
    if (s) s.reachable = true;
  }

  return {
    stages,
    globalArgs,
    preamble,
    preambleRefs,
    target,
    buildOrder,
    env,
    defaultEnv,
    memo: new Map(),
  };
}

/** A first code INTEGER can start with (a digit or a sign): most values are stage names. */
function mayBeInteger(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45;
}

/** Resolves a `--from` / `from=` reference: by index, by name, else it names an image. */
function resolveRef(
  ref: StageRef,
  escape: string,
  byName: Map<string, number>,
  count: number,
): void {
  if (refHasVariable(ref, escape)) {
    ref.via = 'none';
  } else if (ref.kind === 'copy' && mayBeInteger(ref.value) && INTEGER.test(ref.value)) {
    // COPY accepts a numeric index; mounts do not
    const n = Number.parseInt(ref.value, 10);
    ref.via = 'index';
    ref.resolved = n >= 0 && n < count ? n : null;
  } else {
    const hit = byName.get(ref.value.toLowerCase());
    ref.via = hit === undefined ? 'image' : 'name';
    ref.resolved = hit ?? null;
  }
}

/** Inserts `n` into the ascending list unless present (a stage has a handful of dependencies). */
function addSorted(list: number[], n: number): void {
  let i = list.length;
  while (i > 0 && (list[i - 1] ?? 0) > n) i--;
  if (i > 0 && list[i - 1] === n) return;
  // usually the largest so far: a push, not a splice
  if (i === list.length) list.push(n);
  else list.splice(i, 0, n);
}

function newStage(
  from: Instruction,
  index: number,
  env: Map<string, string>,
  escape: '\\' | '`',
  byName: Map<string, number>,
  budget: PatternBudget,
): StageInfo {
  const baseWord = from.args[0];
  const baseRaw = baseWord?.value ?? '';
  const expansion = expandNames(baseRaw, env, escape, budget);
  const base = expansion.result;
  const named = fromHasName(from);
  const nameWord = named ? from.args[2] : undefined;
  const name = nameWord?.value ?? null;
  const key = name === null ? null : name.toLowerCase();

  // addState: the base is looked up by its raw (expanded) text among earlier stages only.
  const hit = byName.get(base);
  const baseStage = hit === undefined ? null : hit;

  const stage: StageInfo = {
    index,
    name,
    base,
    baseStage,
    line: from.range.line,
    dependsOn: [],
    reachable: false,
    from,
    key,
    nameRange: nameWord?.range ?? null,
    baseRange: baseWord?.range ?? null,
    instructions: [],
    // the FROM reference first, in an array literal: a push would reserve 17 slots
    refs: baseWord
      ? [
          {
            kind: 'from',
            value: base,
            range: baseWord.range,
            instruction: from,
            stage: index,
            resolved: baseStage,
            via: baseStage === null ? 'image' : 'name',
          },
        ]
      : [],
    baseRaw,
    // the expansion holds VariableUse's fields, with its text besides
    baseVars: expansion,
  };
  const platform = flagOf(from, 'platform');
  if (platform && platform.value !== null) {
    const p = expandNames(platform.value, env, escape, budget);
    stage.platform = p.result;
    stage.platformRaw = platform.value;
    stage.platformVars = p;
  }
  if (key !== null) byName.set(key, index);
  return stage;
}

/** Stages the target needs, dependencies first (post-order DFS, lower indexes first). */
function dependencyOrder(stages: readonly StageInfo[], target: number): number[] {
  const order: number[] = [];
  const state = new Uint8Array(stages.length); // 0 new, 1 on stack, 2 done
  const stack: { i: number; next: number }[] = [{ i: target, next: 0 }];
  state[target] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (!top) break;
    const deps = stages[top.i]?.dependsOn ?? [];
    if (top.next < deps.length) {
      const d = deps[top.next++];
      if (d !== undefined && state[d] === 0) {
        state[d] = 1;
        stack.push({ i: d, next: 0 });
      }
      continue;
    }
    state[top.i] = 2;
    order.push(top.i);
    stack.pop();
  }
  return order;
}

/** How BuildKit names a stage in messages: its lowercased name, or `stage-N`. */
export function stageLabel(stage: StageInfo): string {
  return stage.key ?? `stage-${stage.index}`;
}
