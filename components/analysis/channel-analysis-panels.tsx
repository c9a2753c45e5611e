'use client';
import { memo, startTransition, useEffect, useState } from 'react';
import {
  lastAnalysis,
  subscribeAnalysis,
  type AnalysisResult,
} from '@/components/editor/analysis-client';
import { LiveAnalysisPanels, type PanelOptions } from './live-analysis-panels';

/**
 * The panels for an analysis channel, subscribed here so a new analysis re-renders only them (not
 * the page around them), and as a transition: markers and typing come first, the panels follow.
 */
export const ChannelAnalysisPanels = memo(function ChannelAnalysisPanels({
  channel,
  ...props
}: PanelOptions & { channel: string }) {
  const [result, setResult] = useState<AnalysisResult | null>(null);
  useEffect(() => {
    setResult(lastAnalysis(channel) ?? null);
    return subscribeAnalysis(channel, (r) => startTransition(() => setResult(r)));
  }, [channel]);
  return <LiveAnalysisPanels result={result} {...props} />;
});
