/** Runs the estimator over the calibration set (parse → stage model → estimateSizes). */
import { parse } from '../../parse';
import { buildStageModel } from '../../stages';
import type { SizeEstimate } from '../../types';
import { estimateSizes } from '../index';
import { CALIBRATION_CASES, type CalibrationCase } from './cases';

/** One calibration case with the estimate for its target. */
export interface CalibrationResult {
  case: CalibrationCase;
  estimate: SizeEstimate;
  inRange: boolean;
}

/** Estimates every calibration Dockerfile. */
export function measureCalibration(
  cases: CalibrationCase[] = CALIBRATION_CASES,
): CalibrationResult[] {
  return cases.map((c) => {
    const file = parse(c.dockerfile);
    const estimate = estimateSizes(file, buildStageModel(file)).target;
    const mb = estimate.bytes / 1e6;
    return { case: c, estimate, inRange: mb >= c.expectedMb[0] && mb <= c.expectedMb[1] };
  });
}
