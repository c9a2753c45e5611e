/** Shapes shared by the conformance runner and the per-source checkers in ./sources. */
import type { AnalyzeOptions, Analysis } from '../types';

/** One entry of the corpus manifest.json (see the corpus README). */
export interface CorpusCase {
  path: string;
  source: string;
  origin: string;
  result?: string;
  expect: Record<string, unknown>;
  certainty: string;
  notes?: string;
  derived?: Record<string, unknown>;
}

export type AnalyzeFn = (source: string, options?: AnalyzeOptions) => Analysis;

export interface CheckerContext {
  corpusDir: string;
  /** reads a file relative to the corpus directory */
  read(path: string): string;
  /** the full engine, or null while lib/analyzer/analyze.ts does not exist yet */
  analyze: AnalyzeFn | null;
}

/** The verdict on one case: agree, disagree (with the reason) or not applicable. */
export interface CaseOutcome {
  ok: boolean;
  skipped?: boolean;
  detail?: string;
}

/** A checker for one corpus source; each lives in its own file under ./sources. */
export interface SourceChecker {
  /** the manifest `source` it handles */
  source: string;
  /** what agreement means here, one line */
  title: string;
  check(c: CorpusCase, ctx: CheckerContext): CaseOutcome;
}

export interface SourceReport {
  source: string;
  title: string;
  total: number;
  agreed: number;
  skipped: number;
  disagreements: { path: string; detail: string }[];
}
