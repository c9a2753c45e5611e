import type { Analysis, Diagnostic } from '@/lib/analyzer/types';

/** A message to the analysis worker. `channel` names the editor; each channel keeps only its newest. */
export interface AnalysisRequest {
  channel: string;
  id: number;
  text: string;
  target?: string;
  /**
   * Tests only: the worker stays busy this long before analyzing, as a hanging analysis would.
   * Set from the page's `?test-slow-analysis-ms=` parameter (see analysis-client).
   */
  testDelayMs?: number;
  /** the build context's `.dockerignore`, for the checks that read it */
  dockerignore?: string;
}

/**
 * The worker answers each request in two messages: first the diagnostics (all the markers need, a
 * small copy), then the rest of the analysis for the panels (stages with their size layers).
 */
export type AnalysisResponse =
  | {
      channel: string;
      id: number;
      part: 'diagnostics';
      diagnostics: Diagnostic[];
      /** time analyze() took inside the worker */
      ms: number;
    }
  | { channel: string; id: number; part: 'rest'; rest: Omit<Analysis, 'diagnostics'> }
  /** sent once, when the worker has loaded the analyzer: the time it took does not count as analysis */
  | { part: 'ready' };
