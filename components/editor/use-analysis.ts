'use client';
import { useEffect, useState } from 'react';
import { requestAnalysis, type AnalysisResult } from './analysis-client';

/**
 * The analysis of `text` for `target`, computed off the main thread; null until the first result.
 * While newer text is being analyzed the previous result stays, so panels never flash empty.
 */
export function useAnalysis(channel: string, text: string, target: string): AnalysisResult | null {
  const [result, setResult] = useState<AnalysisResult | null>(null);
  useEffect(() => {
    let live = true;
    requestAnalysis(channel, text, target || undefined, (r) => {
      if (live) setResult(r);
    });
    return () => {
      live = false;
    };
  }, [channel, text, target]);
  return result;
}
