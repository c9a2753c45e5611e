'use client';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  lastAnalysis,
  requestAnalysis,
  subscribeAnalysis,
  type AnalysisResult,
} from './analysis-client';

/**
 * The analysis of `text` for `target`, computed off the main thread; null until the first result.
 * While newer text is being analyzed the previous result stays, so panels never flash empty.
 */
export function useAnalysis(channel: string, text: string, target: string): AnalysisResult | null {
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAnalysis(channel, onChange),
    [channel],
  );
  const result = useSyncExternalStore(
    subscribe,
    () => lastAnalysis(channel) ?? null,
    () => null,
  );
  useEffect(() => {
    requestAnalysis(channel, text, target || undefined);
  }, [channel, text, target]);
  return result;
}
