'use client';
import { memo } from 'react';
import type { Analysis, Diagnostic } from '@/lib/analyzer/types';
import type { PanelId } from '@/lib/playground/panels';
import { ProblemsList } from './problems-list';
import { SizeBreakdown } from './size-breakdown';
import { StageGraph } from './stage-graph';
import { TargetSelect } from './target-select';

function Panel({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <h3 id={id} className="mb-2 text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The analysis panels beside an editor, in the order given. Memoized: typing alone does not re-render them. */
export const AnalysisPanels = memo(function AnalysisPanels({
  idPrefix,
  panels,
  analysis,
  source,
  target,
  onTargetChange,
  onSelect,
  onFix,
}: {
  idPrefix: string;
  panels: readonly PanelId[];
  analysis: Analysis;
  source: string;
  target: string;
  onTargetChange(target: string): void;
  onSelect(d: Diagnostic): void;
  onFix(d: Diagnostic): void;
}) {
  return (
    <div className="space-y-3">
      {panels.map((panel) =>
        panel === 'problems' ? (
          <Panel key={panel} title="Problems" id={`${idPrefix}-problems`}>
            <ProblemsList diagnostics={analysis.diagnostics} onSelect={onSelect} onFix={onFix} />
          </Panel>
        ) : panel === 'graph' ? (
          <Panel key={panel} title="Stage graph" id={`${idPrefix}-graph`}>
            <div className="mb-2">
              <TargetSelect stages={analysis.stages} value={target} onChange={onTargetChange} />
            </div>
            <StageGraph analysis={analysis} source={source} />
          </Panel>
        ) : (
          <Panel key={panel} title="Image size (estimate)" id={`${idPrefix}-size`}>
            <SizeBreakdown analysis={analysis} />
          </Panel>
        ),
      )}
    </div>
  );
});
