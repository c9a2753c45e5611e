/**
 * The one place analyze() meets the size estimator (lib/analyzer/size). Until the estimator's
 * entry point lands, sizes are left out and analyze() reports a zero estimate.
 */
import type { AnalyzeOptions, Dockerfile, SizeEstimate, StageModel } from './types';

export interface StageSizes {
  /** by stage index */
  stages: (SizeEstimate | undefined)[];
  target: SizeEstimate;
}

/** Size estimates per stage and for the target, or null when no estimator is available. */
export function estimateSizes(
  _file: Dockerfile,
  _model: StageModel,
  _options: AnalyzeOptions,
): StageSizes | null {
  return null;
}
