/**
 * A light reading of a shell-form RUN: its simple commands (split at `&&`, `||`, `|`, `;`, `&`),
 * with word positions kept so that fixes can insert flags. Enough for package-manager hints; it is
 * no shell parser.
 */
import { perAnalysis, perAnalysisMap } from '../../memo';
import type { Instruction, Range, RuleContext, StageInfo, StageModel } from '../../types';

export interface CommandWord {
  value: string;
  /** null for words read from a heredoc body, which have no exact position */
  range: Range | null;
}

export interface SimpleCommand {
  /** the command name first; leading `VAR=x`, `sudo` and `env` are dropped */
  words: CommandWord[];
}

const SEPARATORS = new Set(['&&', '||', '|', ';', '&', '(', ')', '{', '}', 'then', 'do', 'else']);
const PREFIXES = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command']);

function strip(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}

/** `/^[A-Za-z_][A-Za-z0-9_]*=/`: a leading `VAR=value` assignment. */
function isAssignment(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 61) return i > 0;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return false;
}

/** Ends the command `words[start..]`: appended to `commands` without its leading prefixes. */
function flush(words: CommandWord[], start: number, commands: SimpleCommand[]): void {
  let i = start;
  while (i < words.length) {
    const v = words[i]!.value;
    if (PREFIXES.has(v) || isAssignment(v)) i++;
    else break;
  }
  if (i < words.length) commands.push({ words: words.slice(i) });
}

function split(words: readonly CommandWord[]): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  // Every command's words go into one list, each command copied out of it when it ends: a
  // fresh list per command reserved 17 slots at its first push.
  const current: CommandWord[] = [];
  let start = 0;
  for (const word of words) {
    let value = word.value;
    if (SEPARATORS.has(value)) {
      flush(current, start, commands);
      start = current.length;
      continue;
    }
    let range: Range | null = word.range;
    const endsList = value.endsWith(';') && !value.endsWith('\\;');
    if (endsList) {
      value = value.slice(0, -1);
      range = range && {
        line: range.line,
        column: range.column,
        endLine: range.endLine,
        endColumn: range.endColumn - 1,
      };
    }
    if (value.startsWith('(') || value.startsWith('{')) {
      value = value.slice(1);
      range = range && {
        line: range.line,
        column: range.column + 1,
        endLine: range.endLine,
        endColumn: range.endColumn,
      };
    }
    if (value !== '') current.push({ value: strip(value), range });
    if (endsList) {
      flush(current, start, commands);
      start = current.length;
    }
  }
  flush(current, start, commands);
  return commands;
}

const COMMANDS = Symbol('run commands');

/** The simple commands of a RUN (shell form, heredoc bodies included); [] for exec form. */
export function runCommands(model: StageModel, ins: Instruction): SimpleCommand[] {
  // Several size rules read the same RUN; split it once per analysis.
  const cache = perAnalysisMap<Instruction, SimpleCommand[]>(model, COMMANDS);
  let commands = cache.get(ins);
  if (!commands) {
    commands = splitRun(ins);
    cache.set(ins, commands);
  }
  return commands;
}

function isMarker(w: CommandWord): boolean {
  return w.value.startsWith('<<');
}

function splitRun(ins: Instruction): SimpleCommand[] {
  if (ins.json !== null) return [];
  // The words as the parser gave them (split copies what it keeps), without heredoc markers,
  // which are no command words.
  const args = ins.args;
  const words = args.some(isMarker) ? args.filter((w) => !isMarker(w)) : args;
  const commands = split(words);
  for (const doc of ins.heredocs) {
    for (const line of doc.content.split('\n')) {
      const docWords = line
        .split(/[ \t]+/)
        .filter((v) => v !== '' && v !== '\\')
        .map((value) => ({ value, range: null }));
      commands.push(...split(docWords));
    }
  }
  return commands;
}

const MOUNTS = Symbol('mount targets');

/**
 * The option value of `--mount=...` flags: `target`/`dst`/`destination` paths with their type.
 * Read once per analysis (several rules ask); do not mutate the list.
 */
export function mountTargets(
  model: StageModel,
  ins: Instruction,
): { type: string; target: string }[] {
  const mountCache = perAnalysisMap<Instruction, { type: string; target: string }[]>(model, MOUNTS);
  let mounts = mountCache.get(ins);
  if (!mounts) mountCache.set(ins, (mounts = readMounts(ins)));
  return mounts;
}

function readMounts(ins: Instruction): { type: string; target: string }[] {
  const mounts: { type: string; target: string }[] = [];
  for (const flag of ins.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    let type = 'bind';
    let target = '';
    for (const field of flag.value.split(',')) {
      const eq = field.indexOf('=');
      const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      const value = eq < 0 ? '' : field.slice(eq + 1).trim();
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') {
        target = value.replace(/\/+$/, '');
      }
    }
    mounts.push({ type, target });
  }
  return mounts;
}

/** Whether a cache or tmpfs mount covers `path` in this RUN. */
export function hasScratchMount(model: StageModel, ins: Instruction, path: string): boolean {
  return mountTargets(model, ins).some(
    (m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target === path,
  );
}

/**
 * The stages whose layers end up in the image: the target and the stages it is built FROM.
 * Size hints count only there.
 */
export function imageStages(ctx: RuleContext): readonly StageInfo[] {
  return perAnalysis(ctx.model, IMAGE_STAGES, targetChain);
}

const IMAGE_STAGES = Symbol('image stages');

function targetChain(model: StageModel): StageInfo[] {
  const out: StageInfo[] = [];
  let index: number | null = model.target;
  while (index !== null && index >= 0) {
    const stage: StageInfo | undefined = model.stages[index];
    if (!stage) break;
    out.push(stage);
    // FROM sees only earlier stages, so the chain descends (and no Set is needed to end it)
    if (stage.baseStage !== null && stage.baseStage >= index) break;
    index = stage.baseStage;
  }
  return out.reverse();
}

/** `apt` occurs in some image-stage RUN (apt-get, apt and aptitude all hold it). */
export const TOOL_APT = 1;
/** `apk` occurs in some image-stage RUN. */
export const TOOL_APK = 2;
/** `pip` occurs in some image-stage RUN (pip, pip3 and `python -m pip` all hold it). */
export const TOOL_PIP = 4;

const TOOLS = Symbol('package managers in image RUNs');

function toolsIn(text: string): number {
  return (
    (text.includes('apt') ? TOOL_APT : 0) |
    (text.includes('apk') ? TOOL_APK : 0) |
    (text.includes('pip') ? TOOL_PIP : 0)
  );
}

/**
 * Which of `apt`, `apk` and `pip` (TOOL_* bits) occur in the text or heredocs of the image
 * stages' RUNs, once per analysis. Every command word is a piece of that text, so a rule whose
 * package manager is never named there cannot fire: it returns before walking the RUNs or
 * splitting them into commands.
 */
export function imageRunTools(ctx: RuleContext): number {
  return perAnalysis(ctx.model, TOOLS, () => {
    let tools = 0;
    for (const stage of imageStages(ctx)) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN') continue;
        tools |= toolsIn(ins.text);
        for (const doc of ins.heredocs) tools |= toolsIn(doc.content);
      }
    }
    return tools;
  });
}

/** Position just after a word, for inserting ` --flag`. */
export function afterWord(range: Range): Range {
  return {
    line: range.endLine,
    column: range.endColumn,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
}

/** The subcommand of a package manager: the first word after the name that is not an option. */
export function subcommand(
  words: CommandWord[],
  optionsWithValue: readonly string[] = [],
): { index: number; word: CommandWord } | null {
  for (let i = 1; i < words.length; i++) {
    const v = words[i]!.value;
    if (v.startsWith('-')) {
      if (optionsWithValue.includes(v)) i++;
      continue;
    }
    return { index: i, word: words[i]! };
  }
  return null;
}

/** A range from the command name to its subcommand, when both have exact positions. */
export function commandRange(words: CommandWord[], sub: CommandWord, fallback: Range): Range {
  const first = words[0]?.range;
  const last = sub.range;
  if (!first || !last) return fallback;
  return {
    line: first.line,
    column: first.column,
    endLine: last.endLine,
    endColumn: last.endColumn,
  };
}
