import type { Analysis } from '@/lib/analyzer/types';

/** A message to the analysis worker. `channel` names the editor; each channel keeps only its newest. */
export interface AnalysisRequest {
  channel: string;
  id: number;
  text: string;
  target?: string;
}

/** The worker's answer; `ms` is the time analyze() took inside the worker. */
export interface AnalysisResponse {
  channel: string;
  id: number;
  analysis: Analysis;
  ms: number;
}
