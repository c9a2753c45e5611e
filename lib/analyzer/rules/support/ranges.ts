/** Small helpers for placing diagnostics on the line BuildKit reports. */
import type { Instruction, Range } from '../../types';

/**
 * `range` when it starts on the instruction's first line, else the keyword range: BuildKit
 * reports build checks at the instruction's first line, and so must we.
 */
export function onFirstLine(ins: Instruction, range: Range | null | undefined): Range {
  return range && range.line === ins.range.line ? range : ins.keywordRange;
}
