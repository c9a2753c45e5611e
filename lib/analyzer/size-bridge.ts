/**
 * The one place analyze() meets the size estimator (lib/analyzer/size), so its options and
 * return shape can change without touching analyze().
 */
import { estimateSizes as estimate } from './size';
import type { AnalyzeOptions, Dockerfile, SizeEstimate, StageModel } from './types';

export interface StageSizes {
  /** by stage index */
  stages: (SizeEstimate | undefined)[];
  target: SizeEstimate;
}

/** Size estimates per stage and for the target (uncompressed, as `docker images` shows). */
export function estimateSizes(
  file: Dockerfile,
  model: StageModel,
  options: AnalyzeOptions,
): StageSizes | null {
  return estimate(file, model, { basis: 'uncompressed', buildContexts: options.buildContexts });
}
