/** The sources of a COPY or ADD, and what kind of place each names. */
import type { Instruction, Range } from '../../types';

/** A COPY/ADD source as written, with where (the arguments' range in JSON form). */
export interface Source {
  value: string;
  range: Range;
}

/** The sources of a COPY/ADD: every operand but the destination, here-documents left out. */
export function copySources(ins: Instruction): Source[] {
  if (ins.json) {
    const range = ins.argsRange ?? ins.keywordRange;
    return ins.json
      .slice(0, -1)
      .filter((value) => !value.startsWith('<<'))
      .map((value) => ({ value, range }));
  }
  return ins.args
    .slice(0, -1)
    .filter((w) => !w.value.startsWith('<<'))
    .map((w) => ({ value: w.value, range: w.range }));
}

/**
 * A git remote as BuildKit's ParseGitRef reads one, broadly: `git@…`, `git://`, `ssh://`, or a
 * `.git` path (`https://github.com/org/repo.git#ref`).
 */
export function isGitRemote(src: string): boolean {
  return /^(?:git@|git:\/\/|ssh:\/\/)|\.git(?:[#?/]|$)/.test(src);
}

/** A source BuildKit fetches itself rather than reading from the build context. */
export function isRemote(src: string): boolean {
  return src.includes('://') || src.startsWith('git@');
}
