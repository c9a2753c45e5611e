/**
 * One walk over the stage instructions per analysis, shared by the rules: each instruction's
 * keyword as a small number (so rules compare numbers, not strings), and which keywords each
 * stage holds (so a rule that reads a few keywords skips the other stages at once).
 */
import { perAnalysis } from '../../memo';
import type { Flag, Instruction, StageInfo, StageModel } from '../../types';

/** Keyword kinds; OTHER is any keyword not listed (unknown instructions). */
export const enum Kind {
  OTHER = 0,
  ADD,
  ARG,
  CMD,
  COPY,
  ENTRYPOINT,
  ENV,
  EXPOSE,
  FROM,
  HEALTHCHECK,
  LABEL,
  MAINTAINER,
  ONBUILD,
  RUN,
  SHELL,
  STOPSIGNAL,
  USER,
  VOLUME,
  WORKDIR,
}

/**
 * The kind of an uppercased keyword. Told apart by length and a letter or two first, so only a
 * candidate is compared whole: no hashing of each instruction's keyword string.
 */
function kindOf(k: string): Kind {
  switch (k.length) {
    case 3:
      return k === 'RUN'
        ? Kind.RUN
        : k === 'ENV'
          ? Kind.ENV
          : k === 'ARG'
            ? Kind.ARG
            : k === 'ADD'
              ? Kind.ADD
              : k === 'CMD'
                ? Kind.CMD
                : Kind.OTHER;
    case 4:
      return k === 'COPY'
        ? Kind.COPY
        : k === 'USER'
          ? Kind.USER
          : k === 'FROM'
            ? Kind.FROM
            : Kind.OTHER;
    case 5:
      return k === 'LABEL' ? Kind.LABEL : k === 'SHELL' ? Kind.SHELL : Kind.OTHER;
    case 6:
      return k === 'EXPOSE' ? Kind.EXPOSE : k === 'VOLUME' ? Kind.VOLUME : Kind.OTHER;
    case 7:
      return k === 'WORKDIR' ? Kind.WORKDIR : k === 'ONBUILD' ? Kind.ONBUILD : Kind.OTHER;
    case 10:
      return k === 'ENTRYPOINT'
        ? Kind.ENTRYPOINT
        : k === 'MAINTAINER'
          ? Kind.MAINTAINER
          : k === 'STOPSIGNAL'
            ? Kind.STOPSIGNAL
            : Kind.OTHER;
    case 11:
      return k === 'HEALTHCHECK' ? Kind.HEALTHCHECK : Kind.OTHER;
    default:
      return Kind.OTHER;
  }
}

/** The bit of a kind in a stage's `mask`. */
export function bit(kind: Kind): number {
  return 1 << kind;
}

export interface FileIndex {
  /**
   * the kind of every stage instruction, stage after stage: stage `k`'s instruction `i` is at
   * `starts[k] + i` (one array per analysis, not one per stage)
   */
  kinds: Uint8Array;
  /** per stage (by index), where its instructions start in `kinds` */
  starts: Int32Array;
  /** per stage (by index), the bits of the kinds it holds */
  masks: number[];
  /**
   * FROMs and stage instructions whose keyword is not plainly uppercase, in file order (the
   * casing rule reads only these; the others it just counts)
   */
  notUpper: Instruction[];
  /** how many FROMs and stage instructions have a known keyword written in uppercase */
  upper: number;
}

const FILE_INDEX = Symbol('file index');

/** The index of this analysis's stage instructions, built on first use. */
export function fileIndex(model: StageModel): FileIndex {
  return perAnalysis(model, FILE_INDEX, buildIndex);
}

function buildIndex(model: StageModel): FileIndex {
  const stages = model.stages;
  let total = 0;
  for (const stage of stages) total += stage.instructions.length;
  const kinds = new Uint8Array(total);
  const starts = new Int32Array(stages.length);
  const masks: number[] = [];
  const notUpper: Instruction[] = [];
  let upper = 0;
  let at = 0;
  for (const stage of stages) {
    // An uppercase keyword is its own toUpperCase(), which V8 returns as the same string: so
    // `keywordRaw === keyword` is a pointer test, and with a known keyword it means uppercase.
    if (stage.from.keywordRaw === stage.from.keyword) upper++;
    else notUpper.push(stage.from);
    const list = stage.instructions;
    starts[stage.index] = at;
    let mask = 0;
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      const kind = kindOf(ins.keyword);
      kinds[at++] = kind;
      mask |= 1 << kind;
      if (kind !== Kind.OTHER && ins.keywordRaw === ins.keyword) upper++;
      else notUpper.push(ins);
    }
    masks[stage.index] = mask;
  }
  return { kinds, starts, masks, notUpper, upper };
}

/** Visits the stage instructions whose kind is in `bits`, in file order, with their stage. */
export function eachOfKinds(
  model: StageModel,
  bits: number,
  visit: (ins: Instruction, stage: StageInfo) => void,
): void {
  const { kinds, starts, masks } = fileIndex(model);
  for (const stage of model.stages) {
    if (!(masks[stage.index]! & bits)) continue;
    const start = starts[stage.index]!;
    const list = stage.instructions;
    for (let i = 0; i < list.length; i++) {
      if (bits & (1 << kinds[start + i]!)) visit(list[i]!, stage);
    }
  }
}

/** Visits each `--name=value` flag (a bare `--name` has no value to judge) of the instructions whose kind is in `bits`. */
export function eachFlagValue(
  model: StageModel,
  bits: number,
  name: string,
  visit: (flag: Flag, value: string, ins: Instruction) => void,
): void {
  eachOfKinds(model, bits, (ins) => {
    for (const flag of ins.flags)
      if (flag.name === name && flag.value !== null) visit(flag, flag.value, ins);
  });
}
