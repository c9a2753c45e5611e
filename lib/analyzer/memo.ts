/**
 * Derived data that several rules of one analysis share, kept on that analysis's stage model.
 *
 * Not WeakMaps keyed by the model or its instructions: V8's young-generation collector handles
 * weak-map entries with young keys expensively (the entries outlive the scavenge, and each pass
 * re-walks them), which cost more than the work they saved. A plain Map owned by the model dies
 * with it, in the same cheap collection as the rest of the call's garbage.
 */
import type { StageModel } from './types';

/**
 * `compute(model)` once per analysis for `key` (a module-level symbol), shared by every rule.
 * Callers asking per instruction or per stage pass a module-level function, not an arrow made
 * at each call: that would allocate a closure per question to answer it once.
 */
export function perAnalysis<T>(
  model: StageModel,
  key: symbol,
  compute: (model: StageModel) => T,
): T {
  const memo = model.memo;
  // one lookup on a hit; `has` only settles a stored undefined
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  const value = compute(model);
  memo.set(key, value);
  return value;
}

/** A per-analysis map for `key`, e.g. one value per instruction. */
export function perAnalysisMap<K, V>(model: StageModel, key: symbol): Map<K, V> {
  return perAnalysis(model, key, newMap) as Map<K, V>;
}

function newMap(): Map<unknown, unknown> {
  return new Map();
}
