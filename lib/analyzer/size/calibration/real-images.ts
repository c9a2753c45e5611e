/** Every real image of the calibration set, and how the estimator does on each. */
import { parse } from '../../parse';
import { buildStageModel } from '../../stages';
import type { SizeEstimate } from '../../types';
import { estimateSizes } from '../index';
import type { PublishedCase } from './published';
import { APPLICATION_IMAGES, DOTNET_IMAGES } from './published-dotnet';
import { OFFICIAL_RUNTIMES } from './published-official';
import { OFFICIAL_SERVERS } from './published-servers';

/** The real images, in report order. */
export const PUBLISHED_CASES: PublishedCase[] = [
  ...OFFICIAL_RUNTIMES,
  ...OFFICIAL_SERVERS,
  ...DOTNET_IMAGES,
  ...APPLICATION_IMAGES,
];

/** One real image compared with its estimate, on the basis its size was published in. */
export interface PublishedResult {
  case: PublishedCase;
  basis: 'uncompressed' | 'compressed';
  /** published size in bytes, on `basis` */
  published: number;
  estimate: SizeEstimate;
  /** estimate ÷ published */
  ratio: number;
  /** the estimate's low–high range holds the published size */
  holds: boolean;
}

/** Figures over the whole set. */
export interface CalibrationSummary {
  cases: number;
  /** share of cases whose range holds the published size */
  coverage: number;
  /** share of point estimates within 2× of the published size */
  withinTwice: number;
  /** median of estimate ÷ published */
  medianRatio: number;
  /** the largest factor off, max(ratio, 1/ratio), and its case */
  worstFactor: number;
  worstCase: string;
}

/** Estimates one real image on the basis its size was published in (uncompressed preferred). */
export function measurePublished(c: PublishedCase): PublishedResult {
  const basis = c.uncompressedMb !== undefined ? 'uncompressed' : 'compressed';
  const published = (c.uncompressedMb ?? c.compressedMb ?? 0) * 1e6;
  const file = parse(c.dockerfile);
  const estimate = estimateSizes(file, buildStageModel(file), { basis }).target;
  return {
    case: c,
    basis,
    published,
    estimate,
    ratio: estimate.bytes / published,
    holds: estimate.low <= published && published <= estimate.high,
  };
}

/** How far off a ratio is, as a factor ≥ 1. */
export function factorOff(ratio: number): number {
  if (!(ratio > 0)) return Infinity;
  return ratio >= 1 ? ratio : 1 / ratio;
}

/** Coverage, share within 2×, median and worst ratio over `results`. */
export function summarize(results: PublishedResult[]): CalibrationSummary {
  const ratios = results.map((r) => r.ratio).sort((a, b) => a - b);
  const middle = Math.floor(ratios.length / 2);
  const median =
    ratios.length % 2 === 1 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  let worst = results[0];
  for (const r of results) if (factorOff(r.ratio) > factorOff(worst!.ratio)) worst = r;
  return {
    cases: results.length,
    coverage: results.filter((r) => r.holds).length / results.length,
    withinTwice: results.filter((r) => factorOff(r.ratio) <= 2).length / results.length,
    medianRatio: median,
    worstFactor: worst ? factorOff(worst.ratio) : 0,
    worstCase: worst?.case.id ?? '',
  };
}
