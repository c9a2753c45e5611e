/**
 * One walk over the stage instructions per analysis, shared by the rules: each instruction's
 * keyword as a small number (so rules compare numbers, not strings), the instructions of each
 * keyword in file order, and which keywords each stage holds (so rules skip stages quickly).
 */
import type { Instruction, StageModel } from '../../types';

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

const KINDS: ReadonlyMap<string, Kind> = new Map([
  ['ADD', Kind.ADD],
  ['ARG', Kind.ARG],
  ['CMD', Kind.CMD],
  ['COPY', Kind.COPY],
  ['ENTRYPOINT', Kind.ENTRYPOINT],
  ['ENV', Kind.ENV],
  ['EXPOSE', Kind.EXPOSE],
  ['FROM', Kind.FROM],
  ['HEALTHCHECK', Kind.HEALTHCHECK],
  ['LABEL', Kind.LABEL],
  ['MAINTAINER', Kind.MAINTAINER],
  ['ONBUILD', Kind.ONBUILD],
  ['RUN', Kind.RUN],
  ['SHELL', Kind.SHELL],
  ['STOPSIGNAL', Kind.STOPSIGNAL],
  ['USER', Kind.USER],
  ['VOLUME', Kind.VOLUME],
  ['WORKDIR', Kind.WORKDIR],
]);

const KIND_COUNT = Kind.WORKDIR + 1;

/** The bit of a kind in a stage's `mask`. */
export function bit(kind: Kind): number {
  return 1 << kind;
}

export interface FileIndex {
  /** per stage (by index), the kind of each of its instructions, aligned with `instructions` */
  kinds: Uint8Array[];
  /** per stage (by index), the bits of the kinds it holds */
  masks: number[];
  /** the stage instructions of each kind, in file order (preamble excluded) */
  byKind: Instruction[][];
  /** `byKind`'s stage indexes, aligned with it */
  stageOf: number[][];
}

const cache = new WeakMap<StageModel, FileIndex>();

/** The index of this analysis's stage instructions, built on first use. */
export function fileIndex(model: StageModel): FileIndex {
  let index = cache.get(model);
  if (index) return index;
  const byKind: Instruction[][] = [];
  const stageOf: number[][] = [];
  for (let k = 0; k < KIND_COUNT; k++) {
    byKind.push([]);
    stageOf.push([]);
  }
  const kinds: Uint8Array[] = [];
  const masks: number[] = [];
  for (const stage of model.stages) {
    const list = stage.instructions;
    const out = new Uint8Array(list.length);
    let mask = 0;
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      const kind = KINDS.get(ins.keyword) ?? Kind.OTHER;
      out[i] = kind;
      mask |= 1 << kind;
      byKind[kind]!.push(ins);
      stageOf[kind]!.push(stage.index);
    }
    kinds[stage.index] = out;
    masks[stage.index] = mask;
  }
  index = { kinds, masks, byKind, stageOf };
  cache.set(model, index);
  return index;
}
