/**
 * One walk over the stage instructions per analysis, shared by the rules: each instruction's
 * keyword as a small number (so rules compare numbers, not strings), and which keywords each
 * stage holds (so a rule that reads a few keywords skips the other stages at once).
 */
import { perAnalysis } from '../../memo';
import type { Instruction, StageInfo, StageModel } from '../../types';

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

/** `k === lit` for a `k` of the same length whose first code already matched: by codes. */
function rest(k: string, lit: string): boolean {
  for (let i = 1; i < lit.length; i++) if (k.charCodeAt(i) !== lit.charCodeAt(i)) return false;
  return true;
}

/**
 * The kind of an uppercased keyword. Told apart by length and first letter, then the other codes
 * compared: the parser's keyword strings are not interned, so each `===` against a literal would
 * compare characters in a builtin call.
 */
function kindOf(k: string): Kind {
  const c = k.charCodeAt(0);
  switch (k.length) {
    case 3:
      if (c === 82) return rest(k, 'RUN') ? Kind.RUN : Kind.OTHER;
      if (c === 69) return rest(k, 'ENV') ? Kind.ENV : Kind.OTHER;
      if (c === 65) {
        const d = k.charCodeAt(1);
        if (d === 82) return rest(k, 'ARG') ? Kind.ARG : Kind.OTHER;
        return rest(k, 'ADD') ? Kind.ADD : Kind.OTHER;
      }
      return c === 67 && rest(k, 'CMD') ? Kind.CMD : Kind.OTHER;
    case 4:
      if (c === 67) return rest(k, 'COPY') ? Kind.COPY : Kind.OTHER;
      if (c === 85) return rest(k, 'USER') ? Kind.USER : Kind.OTHER;
      return c === 70 && rest(k, 'FROM') ? Kind.FROM : Kind.OTHER;
    case 5:
      if (c === 76) return rest(k, 'LABEL') ? Kind.LABEL : Kind.OTHER;
      return c === 83 && rest(k, 'SHELL') ? Kind.SHELL : Kind.OTHER;
    case 6:
      if (c === 69) return rest(k, 'EXPOSE') ? Kind.EXPOSE : Kind.OTHER;
      return c === 86 && rest(k, 'VOLUME') ? Kind.VOLUME : Kind.OTHER;
    case 7:
      if (c === 87) return rest(k, 'WORKDIR') ? Kind.WORKDIR : Kind.OTHER;
      return c === 79 && rest(k, 'ONBUILD') ? Kind.ONBUILD : Kind.OTHER;
    case 10:
      if (c === 69) return rest(k, 'ENTRYPOINT') ? Kind.ENTRYPOINT : Kind.OTHER;
      if (c === 77) return rest(k, 'MAINTAINER') ? Kind.MAINTAINER : Kind.OTHER;
      return c === 83 && rest(k, 'STOPSIGNAL') ? Kind.STOPSIGNAL : Kind.OTHER;
    case 11:
      return c === 72 && rest(k, 'HEALTHCHECK') ? Kind.HEALTHCHECK : Kind.OTHER;
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
  return perAnalysis(model, FILE_INDEX, () => buildIndex(model));
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
