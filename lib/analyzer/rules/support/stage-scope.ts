/**
 * Replays what BuildKit's dispatcher knows while it walks a stage: the env (base image env, ENV,
 * ARG values), the declared build args, whether WORKDIR was set. A stage built `FROM <stage>`
 * starts from that stage's final state, as `dispatchState.init` does.
 *
 * The replay runs once per analysis (kept per model) and records what the scope-dependent rules
 * ask: the variables UndefinedVar reports and the expanded first WORKDIRs. A stage's scope is its
 * own definitions over its base stage's final scope, so no stage copies another's env.
 */
import type { AnalyzeOptions, Instruction, RuleContext, StageInfo, StageModel } from '../../types';
import { expandInScope, unsetNames, type EnvLookup } from '../../expand';
import { perAnalysis } from '../../memo';
import { bit, fileIndex, Kind } from './file-index';
import { imageEnvNames } from './image-env';
import { envOrLabelPairs } from './key-values';
import { plain } from './words';

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

/** ARGs that BuildKit keeps out of the env and never reports as undefined. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * One stage's scope: its own definitions over the final scope of the stage it is built FROM.
 * Stages define a handful of names, so plain arrays (no hashing) hold them.
 */
class StageScope {
  /** own env names in definition order, and their values (null: defined but unknown) */
  readonly names: string[] = [];
  readonly values: (string | null)[] = [];
  /** own ARG declarations */
  readonly args: string[] = [];
  /** a WORKDIR instruction ran in the stage or its base stages */
  workdirSet: boolean;
  /** false when the base image is unknown, so any name might be defined by it */
  readonly known: boolean;
  // the callbacks the lexers take, made when a word first needs one (most stages need none)
  private lookupCb: EnvLookup | null = null;
  private isUnsetCb: ((name: string) => boolean) | null = null;

  constructor(
    readonly parent: StageScope | null,
    known: boolean,
  ) {
    this.known = known;
    this.workdirSet = parent !== null && parent.workdirSet;
  }

  /** The value lookup for expandInScope (null: defined but unknown, or an unknown base image). */
  lookup(): EnvLookup {
    return (this.lookupCb ??= (name) => {
      const value = this.get(name);
      if (value !== undefined) return value;
      return this.known ? undefined : null;
    });
  }

  /** `lookup(name) === undefined` */
  isUnset(): (name: string) => boolean {
    return (this.isUnsetCb ??= (name) => this.known && this.get(name) === undefined);
  }

  /** Defines `name`; a redefinition keeps its place, as a Map's set does. */
  set(name: string, value: string | null): void {
    const at = this.names.indexOf(name);
    if (at >= 0) this.values[at] = value;
    else {
      this.names.push(name);
      this.values.push(value);
    }
  }

  /** The value defined here or in a base stage; undefined when none defines it. */
  get(name: string): string | null | undefined {
    const at = this.names.indexOf(name);
    if (at >= 0) return this.values[at];
    return this.parent === null ? undefined : this.parent.get(name);
  }

  hasEnv(name: string): boolean {
    return this.names.includes(name) || (this.parent !== null && this.parent.hasEnv(name));
  }

  isBuildArg(name: string): boolean {
    return this.args.includes(name) || (this.parent !== null && this.parent.isBuildArg(name));
  }

  /** The defined env names in the order a copied Map would hold them (base stage's first). */
  envNames(): string[] {
    const out = this.parent ? this.parent.envNames() : [];
    for (const name of this.names) if (!this.parent?.hasEnv(name)) out.push(name);
    return out;
  }
}

/** Names an instruction uses that are neither in scope nor declared ARGs (UndefinedVar). */
export interface UndefinedUse {
  ins: Instruction;
  names: string[];
  /** the env names in scope there, for "did you mean" */
  envNames: string[];
}

export interface ScopeReplay {
  /** in the order BuildKit's dispatcher meets them */
  undefinedUses: UndefinedUse[];
  /** the expanded text of each stage chain's first WORKDIR that needs expansion (null: unknown) */
  workdirs: Map<Instruction, string | null>;
  /**
   * The error reading a base image's env threw (see imageEnvNames), and how many uses were
   * found before it: a walk in file order stops there.
   */
  failure: { error: unknown; uses: number } | null;
  /** stages (by index) whose scope could not be built, with that error */
  broken: Map<number, unknown>;
}

const NEEDS_LEXER = /[$'"\\`]/;
const BACKSLASH = 92;

/** The instructions whose words BuildKit expands (RUN only in its mounts). */
const EXPANDED =
  bit(Kind.ENV) |
  bit(Kind.LABEL) |
  bit(Kind.COPY) |
  bit(Kind.ADD) |
  bit(Kind.WORKDIR) |
  bit(Kind.USER) |
  bit(Kind.VOLUME) |
  bit(Kind.STOPSIGNAL);

/** The instructions the replay reads: the expanded ones, ARG and RUN. */
const RELEVANT = EXPANDED | bit(Kind.ARG) | bit(Kind.RUN);

/** Cheap test: can this instruction reference a variable BuildKit expands? */
function mayReference(ins: Instruction, kind: Kind): boolean {
  if (kind === Kind.RUN) {
    for (const f of ins.flags) if (f.name === 'mount' && f.value?.includes('$')) return true;
    return false;
  }
  if (!(EXPANDED & bit(kind))) return false;
  if (ins.text.includes('$')) return true;
  for (const f of ins.flags) if (f.value?.includes('$')) return true;
  for (const h of ins.heredocs) if (h.expand && h.content.includes('$')) return true;
  return false;
}

/**
 * `"text"` or `'text'` whose inside the lexer copies as it is (no quote of its kind, and for
 * double quotes no `$` or escape character): its text, or null for any other word.
 */
function quotedText(word: string, escape: number): string | null {
  const n = word.length;
  const q = word.charCodeAt(0);
  if (n < 2 || (q !== 34 && q !== 39) || word.charCodeAt(n - 1) !== q) return null;
  for (let i = 1; i < n - 1; i++) {
    const c = word.charCodeAt(i);
    if (c === q || (q === 34 && (c === 36 || c === escape))) return null;
  }
  return word.slice(1, -1);
}

/**
 * Per stage (by index), 1 when the replay must walk it: it or a stage built FROM it (directly or
 * not) holds an instruction that reads the scope. The other stages record nothing, and no
 * walked stage starts from their final scope. Also fills `refs` (by file-index position) with
 * mayReference of every instruction the replay reads, so the walk does not test them again.
 */
function neededStages(model: StageModel, refs: Uint8Array): Uint8Array {
  const { kinds, starts, masks } = fileIndex(model);
  const stages = model.stages;
  const needed = new Uint8Array(stages.length);
  for (const stage of stages) {
    if (!(masks[stage.index]! & RELEVANT)) continue;
    const list = stage.instructions;
    const start = starts[stage.index]!;
    let reads = false;
    for (let i = 0; i < list.length; i++) {
      const kind = kinds[start + i]! as Kind;
      if (!(RELEVANT & bit(kind))) continue;
      const ins = list[i]!;
      const may = mayReference(ins, kind);
      if (may) refs[start + i] = 1;
      if (!reads) {
        reads =
          may ||
          (kind === Kind.ARG && ins.text.includes('$')) ||
          (kind === Kind.WORKDIR && NEEDS_LEXER.test(ins.text));
      }
    }
    if (reads) needed[stage.index] = 1;
  }
  // FROM sees only earlier stages: walking back carries the need down each chain
  for (let k = stages.length - 1; k >= 0; k--) {
    const s = stages[k]!;
    if (needed[s.index] === 1 && s.baseStage !== null) needed[s.baseStage] = 1;
  }
  return needed;
}

function rootScope(stage: StageInfo): StageScope {
  const names = imageEnvNames(stage.base);
  const scope = new StageScope(null, names !== null);
  if (names) {
    scope.set('PATH', null);
    for (const name of names) scope.set(name, null);
    // (the length first: lowercasing a long image name only to compare it is a builtin call)
    const base = stage.base.trim();
    if (base.length === 7 && base.toLowerCase() === 'scratch') scope.set('PATH', DEFAULT_PATH);
  }
  return scope;
}

/** The replay for one analysis: walks every stage once, in file order (base stages come first). */
class Replay implements ScopeReplay {
  undefinedUses: UndefinedUse[] = [];
  workdirs = new Map<Instruction, string | null>();
  failure: { error: unknown; uses: number } | null = null;
  broken = new Map<number, unknown>();
  /** names found in the current instruction, in order of first use */
  private found: string[] = [];
  private readonly escapeCode: number;

  constructor(
    private readonly model: StageModel,
    private readonly options: AnalyzeOptions,
    private readonly escape: string,
  ) {
    this.escapeCode = escape.charCodeAt(0);
  }

  run(): this {
    const finals: StageScope[] = [];
    const { kinds, starts } = fileIndex(this.model);
    const refs = new Uint8Array(kinds.length);
    const needed = neededStages(this.model, refs);
    for (const stage of this.model.stages) {
      const base = stage.baseStage !== null ? finals[stage.baseStage] : undefined;
      // (no base image env failed to read in almost every file: no lookup then)
      const broken =
        stage.baseStage !== null && this.broken.size > 0
          ? this.broken.get(stage.baseStage)
          : undefined;
      if (broken !== undefined) {
        this.broken.set(stage.index, broken);
        continue;
      }
      // Nothing here or in a stage built FROM it reads the scope: nothing to replay. (Only
      // rootScope can fail, and only where imageEnvNames throws, which it does on no string.)
      if (needed[stage.index] === 0) continue;
      let scope: StageScope;
      try {
        scope = base ? new StageScope(base, base.known) : rootScope(stage);
      } catch (error) {
        this.failure ??= { error, uses: this.undefinedUses.length };
        this.broken.set(stage.index, error);
        continue;
      }
      const list = stage.instructions;
      const start = starts[stage.index]!;
      for (let i = 0; i < list.length; i++) {
        const kind = kinds[start + i]! as Kind;
        if (RELEVANT & bit(kind)) this.step(list[i]!, kind, scope, refs[start + i] === 1);
      }
      finals[stage.index] = scope;
    }
    return this;
  }

  /** Collects the unmatched names of one word (only a word with `$` can have any). */
  private use(word: string, scope: StageScope, rawQuotes = false): void {
    if (!word.includes('$')) return;
    // only the unset names matter here, not the expanded text
    unsetNames(word, scope.isUnset(), rawQuotes ? '\\' : this.escape, rawQuotes, this.found);
  }

  private add(names: readonly string[]): void {
    for (const name of names) if (!this.found.includes(name)) this.found.push(name);
  }

  /** Expands a word in scope, collecting its unmatched names when `collect` is set. */
  private expand(word: string, scope: StageScope, collect: boolean): string | null {
    if (plain(word, this.escapeCode)) return word;
    const quoted = quotedText(word, this.escapeCode);
    if (quoted !== null) return quoted;
    const expansion = expandInScope(word, scope.lookup(), this.escape);
    if (collect) this.add(expansion.unmatched);
    return expansion.value;
  }

  /** Records the names found so far that are no declared ARG, then starts afresh. */
  private flush(ins: Instruction, scope: StageScope): void {
    const found = this.found;
    if (found.length === 0) return;
    this.found = [];
    const names = found.filter((n) => !scope.isBuildArg(n) && !NON_ENV_ARGS.has(n));
    if (names.length > 0) this.undefinedUses.push({ ins, names, envNames: scope.envNames() });
  }

  private flagUses(ins: Instruction, name: string, scope: StageScope): void {
    for (const flag of ins.flags) {
      if (flag.name === name && flag.value !== null) this.use(flag.value, scope);
    }
  }

  private globalArgValue(key: string): string | null | undefined {
    const fromBuild = this.options.buildArgs?.[key];
    if (fromBuild !== undefined && this.model.globalArgs.has(key)) return fromBuild;
    const value = this.model.globalArgs.get(key);
    if (value !== undefined) return plain(value, BACKSLASH) && !value.includes('`') ? value : null;
    return PREDEFINED_ARGS.includes(key) ? null : undefined;
  }

  /** `mayRef`: mayReference(ins, kind), as neededStages found it. */
  private step(ins: Instruction, kind: Kind, scope: StageScope, mayRef: boolean): void {
    const escape = this.escape;
    // UndefinedVar can only find something in a known stage, in words that hold a `$`.
    const check = scope.known && mayRef;
    switch (kind) {
      case Kind.ENV: {
        // The words UndefinedVar checks are the ones the ENV expands: one expansion serves both.
        const pairs = envOrLabelPairs(this.model, ins);
        if (pairs.length === 0) return;
        const updates: (string | null)[] = [];
        for (const pair of pairs) {
          updates.push(this.expand(pair.key, scope, check) ?? pair.key);
          updates.push(this.expand(pair.value ?? '', scope, check));
        }
        this.flush(ins, scope);
        for (let i = 0; i < updates.length; i += 2) scope.set(updates[i]!, updates[i + 1]!);
        return;
      }
      case Kind.ARG:
        // each word is `NAME` or `NAME=default` (argPairs), read in place
        for (const word of ins.args) {
          const eq = word.value.indexOf('=');
          const key = eq < 0 ? word.value : word.value.slice(0, eq);
          const fromBuild = this.options.buildArgs?.[key];
          let value: string | null | undefined;
          if (fromBuild !== undefined) {
            value = fromBuild;
          } else if (eq >= 0) {
            value = this.expand(word.value.slice(eq + 1), scope, true);
            this.flush(ins, scope);
          } else {
            value = this.globalArgValue(key);
          }
          if (value !== undefined && !NON_ENV_ARGS.has(key)) scope.set(key, value);
          if (!scope.args.includes(key)) scope.args.push(key);
        }
        return;
      case Kind.WORKDIR: {
        if (!scope.workdirSet) {
          const raw = ins.text.trim();
          if (raw !== '' && NEEDS_LEXER.test(raw)) {
            this.workdirs.set(ins, expandInScope(raw, scope.lookup(), escape).value);
          }
        }
        scope.workdirSet = true;
        if (check) this.use(ins.text.trim(), scope);
        break;
      }
      case Kind.USER:
        if (check) this.use(ins.text.trim(), scope);
        break;
      case Kind.LABEL:
        if (!check) return;
        for (const pair of envOrLabelPairs(this.model, ins)) {
          this.use(pair.key, scope);
          this.use(pair.value ?? '', scope);
        }
        break;
      case Kind.COPY:
      case Kind.ADD:
        if (!check) return;
        this.flagUses(ins, 'chown', scope);
        this.flagUses(ins, 'chmod', scope);
        if (ins.json) for (const path of ins.json) this.use(path, scope);
        else for (const w of ins.args) if (!w.value.startsWith('<<')) this.use(w.value, scope);
        for (const doc of ins.heredocs) if (doc.expand) this.use(doc.content, scope, true);
        break;
      case Kind.VOLUME:
        if (!check) return;
        if (ins.json) for (const path of ins.json) this.use(path, scope);
        else for (const w of ins.args) this.use(w.value, scope);
        break;
      case Kind.STOPSIGNAL:
        if (check && ins.args[0]) this.use(ins.args[0].value, scope);
        break;
      case Kind.RUN:
        if (check) this.flagUses(ins, 'mount', scope);
        break;
      default:
        return;
    }
    this.flush(ins, scope);
  }
}

const REPLAY = Symbol('scope replay');

/** The scope replay of this analysis, computed on first use and shared by the rules. */
export function replayScopes(ctx: RuleContext): ScopeReplay {
  return perAnalysis(ctx.model, REPLAY, () =>
    new Replay(ctx.model, ctx.options, ctx.file.escape).run(),
  );
}
