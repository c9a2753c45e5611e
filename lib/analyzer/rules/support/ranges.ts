/** Small helpers for placing diagnostics on the line BuildKit reports. */
import type { Fix, Flag, Instruction, Range } from '../../types';

/**
 * `range` when it starts on the instruction's first line, else the keyword range: BuildKit
 * reports build checks at the instruction's first line, and so must we.
 */
export function onFirstLine(ins: Instruction, range: Range | null | undefined): Range {
  return range && range.line === ins.range.line ? range : ins.keywordRange;
}

/**
 * A report's position fields copied from `range`. Ranges come in several object shapes, and a
 * `{ ...range }` spread over many shapes takes V8's slow path; these four fields are all a
 * Range holds, in its order.
 */
export function span(range: Range): Range {
  return {
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
}

/**
 * A report at `range` with `fields` after it: `{ ...range, ...fields }` built without V8's slow
 * path for an object spread followed by more properties.
 */
export function at<T extends object>(range: Range, fields: T): Range & T {
  return Object.assign(span(range), fields);
}

/** A fix replacing `range` with `text`. */
export function fixAt(range: Range, text: string): Fix {
  return {
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    text,
  };
}

/** A fix writing `text` over a flag's value, when the value is written plainly on one line. */
export function flagValueFix(lines: readonly string[], flag: Flag, text: string): Fix | undefined {
  const r = flag.valueRange;
  if (!r || r.line !== r.endLine) return undefined;
  const written = (lines[r.line - 1] ?? '').slice(r.column - 1, r.endColumn - 1);
  return written === flag.value ? fixAt(r, text) : undefined;
}
