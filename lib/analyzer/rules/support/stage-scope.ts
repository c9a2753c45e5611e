/**
 * Replays what BuildKit's dispatcher knows while it walks a stage: the env (base image env, ENV,
 * ARG values), the declared build args, whether SHELL or WORKDIR was set. A stage built
 * `FROM <stage>` starts from that stage's final state, as `dispatchState.init` does.
 */
import type { Instruction, RuleContext, StageInfo } from '../../types';
import { expandInScope, type EnvLookup } from '../../expand';
import { baseImageEnv } from './image-env';
import { argPairs, envOrLabelPairs } from './key-values';

export interface Scope {
  /** defined env names in insertion order; a null value is defined but unknown */
  env: Map<string, string | null>;
  /** false when the base image is unknown, so any name might be defined by it */
  known: boolean;
  /** every ARG name declared in the stage (or inherited from its base stage) */
  buildArgs: Set<string>;
  /** a SHELL instruction ran in the stage or its base stages */
  shell: boolean;
  /** a WORKDIR instruction ran in the stage or its base stages */
  workdirSet: boolean;
}

export interface WalkHooks {
  /** Called for each stage instruction before its own effect is applied to the scope. */
  visit?(ins: Instruction, scope: Scope, stage: StageInfo): void;
  /** Called when an ARG default is expanded, with the names it left undefined. */
  argDefault?(ins: Instruction, unmatched: string[], scope: Scope): void;
}

/** Automatic platform ARGs that a stage `ARG NAME` picks up without a default. */
const PREDEFINED_ARGS = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
];

/** ARGs that BuildKit keeps out of the env. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A lookup over a scope: unknown images make every missing name "maybe defined". */
export function scopeLookup(scope: Scope): EnvLookup {
  return (name) => {
    if (scope.env.has(name)) return scope.env.get(name);
    return scope.known ? undefined : null;
  };
}

function initialScope(stage: StageInfo, finals: Scope[]): Scope {
  const base = stage.baseStage !== null ? finals[stage.baseStage] : undefined;
  if (base) {
    return {
      env: new Map(base.env),
      known: base.known,
      buildArgs: new Set(base.buildArgs),
      shell: base.shell,
      workdirSet: base.workdirSet,
    };
  }
  const names = baseImageEnv(stage.base);
  const env = new Map<string, string | null>();
  for (const name of names ?? []) env.set(name, null);
  if (names && stage.base.trim().toLowerCase() === 'scratch') env.set('PATH', DEFAULT_PATH);
  return { env, known: names !== null, buildArgs: new Set(), shell: false, workdirSet: false };
}

function globalArgValue(ctx: RuleContext, key: string): string | null | undefined {
  const fromBuild = ctx.options.buildArgs?.[key];
  if (fromBuild !== undefined && ctx.model.globalArgs.has(key)) return fromBuild;
  const value = ctx.model.globalArgs.get(key);
  if (value !== undefined) return /[$'"\\`]/.test(value) ? null : value;
  return PREDEFINED_ARGS.includes(key) ? null : undefined;
}

function applyEffects(ins: Instruction, scope: Scope, ctx: RuleContext, hooks: WalkHooks): void {
  const escape = ctx.file.escape;
  switch (ins.keyword) {
    case 'ENV': {
      const lookup = scopeLookup(scope);
      const updates: [string, string | null][] = [];
      for (const pair of envOrLabelPairs(ins)) {
        const key = expandInScope(pair.key, lookup, escape).value ?? pair.key;
        updates.push([key, expandInScope(pair.value ?? '', lookup, escape).value]);
      }
      for (const [key, value] of updates) scope.env.set(key, value);
      break;
    }
    case 'ARG':
      for (const pair of argPairs(ins)) {
        const fromBuild = ctx.options.buildArgs?.[pair.key];
        let value: string | null | undefined;
        if (fromBuild !== undefined) {
          value = fromBuild;
        } else if (pair.value !== null) {
          const expansion = expandInScope(pair.value, scopeLookup(scope), escape);
          hooks.argDefault?.(ins, expansion.unmatched, scope);
          value = expansion.value;
        } else {
          value = globalArgValue(ctx, pair.key);
        }
        if (value !== undefined && !NON_ENV_ARGS.has(pair.key)) scope.env.set(pair.key, value);
        scope.buildArgs.add(pair.key);
      }
      break;
    case 'SHELL':
      if (ins.json !== null) scope.shell = true;
      break;
    case 'WORKDIR':
      scope.workdirSet = true;
      break;
  }
}

/**
 * Walks every stage in file order (base stages come first), calling the hooks with the scope
 * as BuildKit's dispatcher would see it. One linear pass over the instructions.
 */
export function walkStages(ctx: RuleContext, hooks: WalkHooks): void {
  const finals: Scope[] = [];
  for (const stage of ctx.model.stages) {
    const scope = initialScope(stage, finals);
    for (const ins of stage.instructions) {
      hooks.visit?.(ins, scope, stage);
      applyEffects(ins, scope, ctx, hooks);
    }
    finals[stage.index] = scope;
  }
}

/**
 * The scope just before `target` in `stage`, replaying only the stage's base-stage chain: cheap
 * when a rule needs the env at a few instructions only.
 */
export function scopeBefore(ctx: RuleContext, stage: StageInfo, target: Instruction): Scope {
  const chain: StageInfo[] = [];
  const seen = new Set<number>();
  for (let s: StageInfo | undefined = stage; s && !seen.has(s.index);) {
    seen.add(s.index);
    chain.unshift(s);
    s = s.baseStage !== null ? ctx.model.stages[s.baseStage] : undefined;
  }
  const finals: Scope[] = [];
  const hooks: WalkHooks = {};
  let scope = initialScope(stage, finals);
  for (const s of chain) {
    scope = initialScope(s, finals);
    for (const ins of s.instructions) {
      if (ins === target) return scope;
      applyEffects(ins, scope, ctx, hooks);
    }
    finals[s.index] = scope;
  }
  return scope;
}
