/** Sizes one RUN: what its commands write, minus what it deletes itself and what mounts swallow. */
import type { Instruction } from '../types';
import { formatBytes } from './format';
import { apk } from './heuristics/apk';
import { apt } from './heuristics/apt';
import { withoutAside } from './heuristics/copy';
import { cargoBuild } from './heuristics/cargo-build';
import { isAptAutoRemove, removal, type Removal } from './heuristics/cleanup';
import { someParts, type Heuristic, type PartList, type RunContext } from './heuristics/context';
import { DOWNLOAD_PROGRAMS, DownloadReader } from './heuristics/download';
import { goBuild } from './heuristics/go-build';
import { pickAlternative, splitAlternatives } from './heuristics/conditional';
import { SOURCE_BUILD_PROGRAMS, sourceBuild } from './heuristics/source-build';
import { jvmBuild } from './heuristics/jvm-build';
import { uncommittedTargets, type MountTarget } from './heuristics/mounts';
import { nodePm } from './heuristics/node-pm';
import { pip } from './heuristics/pip';
import { yum } from './heuristics/yum';
import { copyOf, type Part } from './range';
import {
  isUnder,
  lastIndexOfCode,
  resolvePath,
  runScript,
  splitCommandsOf,
  type Command,
} from './shell';

/**
 * Wrappers that run the named program for another platform and write what it writes: tonistiigi/xx,
 * which Docker's own Dockerfiles use to cross-compile (`xx-go build -o /usr/bin/buildctl`).
 */
const WRAPPED = new Map([
  ['xx-go', 'go'],
  ['xx-cargo', 'cargo'],
]);

/** One heuristic per program name, so each command costs one map lookup. */
const BY_PROGRAM = new Map<string, Heuristic>();
for (const [h, names] of [
  [apt, ['apt-get', 'apt', 'aptitude']],
  [apk, ['apk']],
  [yum, ['yum', 'dnf', 'microdnf', 'tdnf']],
  [pip, ['pip', 'python', 'uv', 'virtualenv']],
  [nodePm, ['npm', 'yarn', 'pnpm', 'npx', 'corepack']],
  [goBuild, ['go']],
  [cargoBuild, ['cargo']],
  [jvmBuild, ['mvn', 'mvnw', 'gradle', 'gradlew']],
] as const) {
  for (const n of names) BY_PROGRAM.set(n, h);
}
const DELETERS = new Set([
  'rm',
  'apt-get',
  'apt',
  'apk',
  'yum',
  'dnf',
  'microdnf',
  'npm',
  'yarn',
  'go',
  'cargo',
  'python',
  'pip',
  'Remove-Item',
]);
const OTHERS = new Set([
  'chown',
  'chmod',
  'chgrp',
  'apt-mark',
  ...DOWNLOAD_PROGRAMS,
  ...SOURCE_BUILD_PROGRAMS,
]);
/** Every program some heuristic, deleter or copier reads; other commands are never tokenised. */
const RELEVANT = new Set([...BY_PROGRAM.keys(), ...DELETERS, ...OTHERS, ...WRAPPED.keys()]);

/** `/usr/bin/pip3.12` → pip, `python3` → python, `./mvnw` → mvnw, `xx-go` → go. */
function programOf(word: string): string {
  const slash = lastIndexOfCode(word, 47);
  const base = slash < 0 ? word : word.slice(slash + 1);
  // 'x'
  if (base.charCodeAt(0) === 120) return WRAPPED.get(base) ?? base;
  // 'p': python3.12 and pip3 collapse to one name
  if (base.charCodeAt(0) === 112) {
    const n = base.startsWith('pip') ? 3 : base.startsWith('python') ? 6 : 0;
    if (n > 0 && versionTail(base, n)) return n === 3 ? 'pip' : 'python';
  }
  return base;
}

/** Only digits and dots from `from` on (`3.12`, or nothing). */
function versionTail(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/** For each first letter, a bit per name length of the relevant programs: most words miss it. */
const FIRST_LETTER_LENGTHS = new Int32Array(128);
for (const name of RELEVANT)
  FIRST_LETTER_LENGTHS[name.charCodeAt(0)]! |= 1 << Math.min(name.length, 31);

/** A plain word whose base name is `script[b, end)` names no relevant program: its first letter and length say so. */
function surelyIrrelevant(script: string, b: number, end: number): boolean {
  if (b >= end) return true;
  const c = script.charCodeAt(b);
  // 'p': python3.12 and pip3 are relevant under any length
  if (c === 112) return false;
  return c >= 128 || (FIRST_LETTER_LENGTHS[c]! & (1 << Math.min(end - b, 31))) === 0;
}

function relevant(word: string): boolean {
  const slash = lastIndexOfCode(word, 47);
  const c = word.charCodeAt(slash + 1);
  // 'p': python3.12 and pip3 are relevant under any length
  if (c !== 112) {
    const len = Math.min(word.length - slash - 1, 31);
    if (c >= 128 || (FIRST_LETTER_LENGTHS[c]! & (1 << len)) === 0) return false;
  }
  return RELEVANT.has(programOf(word));
}

const NO_MOUNTS: MountTarget[] = [];

/** The parts a RUN commits and notes on what it did not commit. */
export interface RunResult {
  parts: Part[];
  notes: string[];
}

function matches(p: Part, r: Removal): boolean {
  // plain loops: no array builtin whose inlined map check meets a list built elsewhere
  if (r.prefixes) for (const prefix of r.prefixes) if (p.key.startsWith(prefix)) return true;
  const keys = r.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] === p.key) return true;
  const group = p.group;
  if (group) {
    const groups = r.groups;
    for (let i = 0; i < groups.length; i++) if (groups[i] === group) return true;
  }
  const path = p.path;
  if (path === undefined) return false;
  const paths = r.paths;
  for (let i = 0; i < paths.length; i++) if (isUnder(path, paths[i]!)) return true;
  return false;
}

/** The index of the last `apt-get autoremove` among `cmds`, or -1. */
function lastAptAutoRemove(cmds: readonly Command[]): number {
  let last = -1;
  for (let index = 0; index < cmds.length; index++) {
    const words = cmds[index]!.words;
    if (words.length > 1 && isAptAutoRemove([programOf(words[0]!), ...words.slice(1)]))
      last = index;
  }
  return last;
}

/** What one RUN has read so far; shared by the stretches of its script. */
interface RunState {
  parts: Part[];
  notes: string[];
  downloads: DownloadReader | null;
  /** `apt-mark auto` ran: a later purge --auto-remove removes what this RUN installed */
  markedAuto: boolean;
  /** a `make install` was counted already */
  built: boolean;
}

/** Sizes a RUN instruction in the given stage context (updates the context: venv, seen keys). */
export function estimateRun(instruction: Instruction, ctx: RunContext): RunResult {
  const script = runScript(instruction);
  const state: RunState = {
    parts: [],
    notes: [],
    downloads: null,
    markedAuto: false,
    built: false,
  };
  readScript(script, ctx, state);
  let parts = state.parts;
  const notes = state.notes;
  // mounts only matter to what the RUN writes: most RUNs with mounts write nothing recognised
  const mounts =
    parts.length > 0 && instruction.flags.length > 0
      ? uncommittedTargets(instruction.flags, ctx.workdir)
      : NO_MOUNTS;
  if (mounts.length > 0) parts = withoutMounted(parts, mounts, notes);
  const own = ctx.committed.own;
  for (const p of parts) {
    ctx.seen.add(p.key);
    own.push(p);
  }
  return { parts, notes };
}

/** Reads a script into `state`; an `if` reads each branch apart and keeps them as alternatives. */
function readScript(script: string, ctx: RunContext, state: RunState): void {
  const segments = splitAlternatives(script);
  if (segments === null) {
    readCommands(script, ctx, state);
    return;
  }
  for (const segment of segments) {
    if (segment.kind === 'plain') {
      readCommands(segment.text, ctx, state);
      continue;
    }
    const branches: Part[][] = [];
    for (const text of segment.branches) {
      const branch: RunState = { ...state, parts: [] };
      readScript(text, ctx, branch);
      branches.push(branch.parts);
      state.markedAuto ||= branch.markedAuto;
    }
    for (const p of pickAlternative(branches)) state.parts.push(p);
  }
}

/** Reads the simple commands of a script without conditionals into `state`. */
function readCommands(script: string, ctx: RunContext, state: RunState): void {
  const cmds = splitCommandsOf(script, relevant, surelyIrrelevant);
  const lastAutoRemove = lastAptAutoRemove(cmds);
  for (let index = 0; index < cmds.length; index++) {
    let cmd = cmds[index]!;
    if (cmd.words.length === 0) continue;
    const prog = programOf(cmd.words[0]!);
    const h = BY_PROGRAM.get(prog);
    if (!h && !DELETERS.has(prog) && !OTHERS.has(prog)) continue;
    // the heuristics read the program by name: `/sbin/apk` and `xx-go` as apk and go
    if (prog !== cmd.words[0]) cmd = { words: [prog, ...cmd.words.slice(1)], env: cmd.env };
    if (prog === 'apt-mark') {
      state.markedAuto ||= cmd.words[1] === 'auto';
      continue;
    }
    const r = DELETERS.has(prog)
      ? removal(cmd, ctx, index < lastAutoRemove, state.markedAuto)
      : null;
    if (r) {
      applyRemoval(r, ctx, state);
      continue;
    }
    const written = h ? h(cmd, ctx) : writesOf(cmd, prog, ctx, script, state);
    if (written) for (const p of written) state.parts.push(p);
  }
}

/** Drops what `r` deletes from this RUN's parts, with a note on what it did or could not do. */
function applyRemoval(r: Removal, ctx: RunContext, state: RunState): void {
  if (r.note) state.notes.push(r.note);
  const kept: Part[] = [];
  for (const p of state.parts) if (!matches(p, r)) kept.push(p);
  if (kept.length < state.parts.length) {
    state.notes.push(`${short(r.label)} in the same RUN: not committed`);
    state.parts = kept;
  } else if (someParts(ctx.committed, (p) => matches(p, r))) {
    state.notes.push(
      `${short(r.label)} deletes files of an earlier layer: they still count (no negative layers)`,
    );
  }
}

/** What a command without its own heuristic writes: chown copies, a source build, a download. */
function writesOf(
  cmd: Command,
  prog: string,
  ctx: RunContext,
  script: string,
  state: RunState,
): Part[] | null {
  const chown = chownCopies(cmd, ctx);
  if (chown) return chown;
  const fromSource = sourceBuild(cmd, state.built);
  if (fromSource) {
    state.built = true;
    return fromSource;
  }
  if (!DOWNLOAD_PROGRAMS.has(prog)) return null;
  state.downloads ??= new DownloadReader(script);
  return state.downloads.read(cmd, ctx);
}

/** The parts no mount swallows (a note for each labelled one that is), in order. */
function withoutMounted(parts: Part[], mounts: MountTarget[], notes: string[]): Part[] {
  const kept: Part[] = [];
  for (const p of parts) {
    const path = p.path;
    let m: MountTarget | undefined;
    if (path) {
      for (const t of mounts) {
        if (isUnder(path, t.target)) {
          m = t;
          break;
        }
      }
    }
    if (m === undefined) {
      kept.push(p);
      continue;
    }
    if (p.label)
      notes.push(
        `${withoutAside(p.label)} under --mount=type=${m.type},target=${m.target}: not committed`,
      );
  }
  return kept;
}

const RECURSIVE = /^-\w*R/;

/** `chown -R`/`chmod -R` rewrite every file below the path: a second copy (image-sizes.md §3.7.3). */
function chownCopies(cmd: Command, ctx: RunContext): Part[] | null {
  const words = cmd.words;
  const prog = words[0];
  if (prog !== 'chown' && prog !== 'chmod' && prog !== 'chgrp') return null;
  let recursive = false;
  for (let i = 1; i < words.length; i++) {
    if (RECURSIVE.test(words[i]!)) {
      recursive = true;
      break;
    }
  }
  if (!recursive) return null;
  // the operands after the owner or mode, built by push (see removal's lists)
  const targets: string[] = [];
  let operand = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-')) continue;
    if (operand++ > 0) targets.push(resolvePath(w, ctx.workdir));
  }
  let copies: Part[] | null = null;
  for (let l: PartList | null = ctx.committed; l; l = l.parent) {
    for (const p of l.own) {
      const path = p.path;
      if (!path) continue;
      for (const t of targets) {
        if (isUnder(path, t)) {
          (copies ??= []).push(p);
          break;
        }
      }
    }
  }
  // nothing to copy again: the caller reads null as it read an empty list (no download either)
  if (copies === null) return null;
  const first = `${prog} -R ${targets.join(' ')} copies ${copies.length} earlier write(s) again (use COPY --chown)`;
  const out: Part[] = [];
  for (let i = 0; i < copies.length; i++) {
    const p = copies[i]!;
    out.push(copyOf(p, 'chown:copy', i === 0 ? first : '', p.path));
  }
  return out;
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * "apk add build-base ≈ +200 MB; apk index … ≈ +2.5 MB": labels with their sizes, in order; an
 * unlabelled part adds to the label before it. `compressed` sizes them on the pull-size basis.
 */
export function describeParts(parts: Part[], compressed = false): string {
  let out = '';
  let label = '';
  let bytes = 0;
  for (const p of parts) {
    if (p.label) {
      if (label)
        out = out
          ? `${out}; ${label} ≈ +${formatBytes(bytes)}`
          : `${label} ≈ +${formatBytes(bytes)}`;
      label = p.label;
      bytes = 0;
    }
    bytes += compressed ? p.bytes / p.ratio : p.bytes;
  }
  if (label)
    out = out ? `${out}; ${label} ≈ +${formatBytes(bytes)}` : `${label} ≈ +${formatBytes(bytes)}`;
  return out;
}
