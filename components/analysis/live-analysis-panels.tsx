'use client';
import type { Diagnostic } from '@/lib/analyzer/types';
import type { PanelId } from '@/lib/playground/panels';
import type { AnalysisResult } from '@/components/editor/analysis-client';
import { AnalysisPanels } from './analysis-panels';
import { AnalysisPending } from './analysis-pending';

/** What the panels show besides the analysis itself. */
export interface PanelOptions {
  idPrefix: string;
  panels: readonly PanelId[];
  target: string;
  onTargetChange(target: string): void;
  onSelect(d: Diagnostic): void;
  onFix(d: Diagnostic): void;
}

/** The panels for the latest analysis result, or a pending notice until the first one arrives. */
export function LiveAnalysisPanels({
  result,
  idPrefix,
  panels,
  target,
  onTargetChange,
  onSelect,
  onFix,
}: PanelOptions & { result: AnalysisResult | null }) {
  if (!result) return <AnalysisPending />;
  return (
    <AnalysisPanels
      idPrefix={idPrefix}
      panels={panels}
      analysis={result.analysis}
      source={result.text}
      target={target}
      onTargetChange={onTargetChange}
      onSelect={onSelect}
      onFix={onFix}
    />
  );
}
