/**
 * Pure mapping from analyzer output to the shapes Monaco wants (markers, code actions).
 * No Monaco runtime here: severities are Monaco's numeric enum values, so this is unit-testable.
 */
import type { Diagnostic, Fix, Severity } from '@/lib/analyzer/types';

/** Monaco's `MarkerSeverity` values (monaco.d.ts: Hint 1, Info 2, Warning 4, Error 8). */
export const MARKER_SEVERITY: Record<Severity, number> = { error: 8, warning: 4, info: 2 };

/** The marker owner for every analyzer marker. */
export const MARKER_OWNER = 'stagecraft';

export interface MarkerRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** `IMarkerData` with the code target as a string; the editor turns it into a `Uri`. */
export interface MarkerSpec extends MarkerRange {
  severity: number;
  message: string;
  source: string;
  code: { value: string; target: string };
}

/** The site's page for a rule (every analyzer rule has one under /rules/, offline). */
export function ruleHref(rule: string, origin: string): string {
  return `${origin}/rules/${encodeURIComponent(rule)}/`;
}

/** The lesson a diagnostic points to, when its `docs` is a lesson slug (optionally `#anchor`). */
export function lessonHref(docs: string | undefined, origin: string): string | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(#[\w-]+)?$/.exec(docs?.trim() ?? '');
  return match ? `${origin}/learn/${match[1]}/${match[2] ?? ''}` : null;
}

/** A marker range that Monaco will draw: at least one character wide, never before column 1. */
export function toMarkerRange(range: {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}): MarkerRange {
  const startLineNumber = Math.max(1, range.line);
  const startColumn = Math.max(1, range.column);
  const endLineNumber = Math.max(startLineNumber, range.endLine);
  let endColumn = Math.max(1, range.endColumn);
  if (endLineNumber === startLineNumber && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLineNumber, startColumn, endLineNumber, endColumn };
}

/** Maps diagnostics to marker data: the rule id is the code, linked to its docs. */
export function toMarkers(diagnostics: readonly Diagnostic[], origin: string): MarkerSpec[] {
  return diagnostics.map((d) => ({
    ...toMarkerRange(d),
    severity: MARKER_SEVERITY[d.severity] ?? MARKER_SEVERITY.info,
    message: d.message,
    source: 'stagecraft',
    code: { value: d.rule, target: ruleHref(d.rule, origin) },
  }));
}

/** The fields of a Monaco marker that identify which diagnostic it came from. */
export interface MarkerKey extends MarkerRange {
  message: string;
  code?: string | { value: string };
}

function sameRange(a: MarkerRange, b: MarkerRange): boolean {
  return (
    a.startLineNumber === b.startLineNumber &&
    a.startColumn === b.startColumn &&
    a.endLineNumber === b.endLineNumber &&
    a.endColumn === b.endColumn
  );
}

/** Finds the diagnostic a Monaco marker was made from (same range, rule and message). */
export function diagnosticForMarker(
  diagnostics: readonly Diagnostic[],
  marker: MarkerKey,
): Diagnostic | undefined {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  return diagnostics.find(
    (d) => d.rule === code && d.message === marker.message && sameRange(toMarkerRange(d), marker),
  );
}

/** A short label for the text a fix inserts. */
function preview(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/** The quick-fix title shown in the lightbulb menu and the problems list. */
export function fixTitle(diagnostic: Diagnostic): string {
  const fix = diagnostic.fix;
  if (!fix) return '';
  if (diagnostic.suggestion) return `Change to '${diagnostic.suggestion}'`;
  if (fix.text === '') return 'Remove it';
  return `Replace with ${preview(fix.text)}`;
}

export interface QuickFixSpec {
  title: string;
  diagnostic: Diagnostic;
  edit: MarkerRange & { text: string };
}

/** The edit that applies a fix, in Monaco's range shape (no widening: fixes may be empty inserts). */
export function fixToEdit(fix: Fix): MarkerRange & { text: string } {
  return {
    startLineNumber: fix.line,
    startColumn: fix.column,
    endLineNumber: fix.endLine,
    endColumn: fix.endColumn,
    text: fix.text,
  };
}

/** Quick fixes for the markers Monaco passes to a code-action provider. */
export function quickFixes(
  diagnostics: readonly Diagnostic[],
  markers: readonly MarkerKey[],
): QuickFixSpec[] {
  const out: QuickFixSpec[] = [];
  for (const marker of markers) {
    const d = diagnosticForMarker(diagnostics, marker);
    if (d?.fix && !out.some((f) => f.diagnostic === d)) {
      out.push({ title: fixTitle(d), diagnostic: d, edit: fixToEdit(d.fix) });
    }
  }
  return out;
}

/** The 0-based string offset of a 1-based line and column, clamped to the line's end. */
export function offsetOf(source: string, line: number, column: number): number {
  let index = 0;
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', index);
    if (next < 0) return source.length;
    index = next + 1;
  }
  const lineEnd = source.indexOf('\n', index);
  const end = lineEnd < 0 ? source.length : lineEnd;
  return Math.min(index + Math.max(1, column) - 1, end);
}

/** Applies a fix to plain text (the textarea editor and the problems-list "Fix" button). */
export function applyFix(source: string, fix: Fix): string {
  const start = offsetOf(source, fix.line, fix.column);
  const end = Math.max(start, offsetOf(source, fix.endLine, fix.endColumn));
  return source.slice(0, start) + fix.text + source.slice(end);
}
