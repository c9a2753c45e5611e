import type { Analysis } from '@/lib/analyzer/types';
import { describeEstimate, formatBytes, layerFigure } from '@/lib/analyzer/size/format';
import { stageLabel } from '@/lib/playground/stage-graph';

const MAX_LAYERS = 12;

function Bar({
  value,
  max,
  tone,
}: {
  value: number;
  max: number;
  tone: 'target' | 'other' | 'muted';
}) {
  const pct = max > 0 ? Math.max(1, Math.round((value / max) * 100)) : 0;
  const color =
    tone === 'target'
      ? 'bg-sky-600 dark:bg-sky-400'
      : tone === 'muted'
        ? 'bg-slate-300 dark:bg-slate-600'
        : 'bg-amber-500 dark:bg-amber-400';
  return (
    <div className="h-2 w-full rounded bg-slate-100 dark:bg-slate-800" aria-hidden="true">
      <div className={`h-2 rounded ${color}`} style={{ width: `${pct}%` }} />
    </div>
  );
}

function Row({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children: React.ReactNode;
}) {
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 text-sm">
      <span className="truncate" title={label}>
        {label}
      </span>
      <span className="tabular-nums">{value}</span>
      <span className="col-span-2">{children}</span>
    </li>
  );
}

/**
 * Estimated image size: the target against a one-stage build of everything, then per stage and
 * per layer of the target. Always labelled as an estimate with its basis.
 */
export function SizeBreakdown({ analysis }: { analysis: Analysis }) {
  const { size, stages } = analysis;
  if (analysis.target < 0 || stages.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        No target stage, so no size to estimate.
      </p>
    );
  }
  const target = stages[analysis.target];
  const single = size.singleStage;
  const compareMax = Math.max(size.bytes, single?.bytes ?? 0);
  const stageMax = Math.max(1, ...stages.map((s) => s.size?.bytes ?? 0));
  const allLayers = size.layers ?? [];
  // The biggest layers tell the story; a 400-RUN file must not render 400 bars on every keystroke.
  const layers = [...allLayers]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, MAX_LAYERS)
    .sort((a, b) => a.line - b.line);
  const hidden = allLayers.length - layers.length;
  const hiddenBytes =
    allLayers.reduce((sum, l) => sum + l.bytes, 0) - layers.reduce((sum, l) => sum + l.bytes, 0);
  const layerMax = Math.max(1, ...layers.map((l) => l.bytes));

  return (
    <div className="space-y-4">
      <p className="text-sm" data-size-summary>
        <strong>{target ? stageLabel(target) : 'Target'}:</strong> {describeEstimate(size)}
      </p>

      <section aria-label="Target compared with one stage">
        <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          Multi-stage vs one stage
        </h4>
        <ul className="space-y-2">
          <Row label="This build (target)" value={`≈ ${formatBytes(size.bytes)}`}>
            <Bar value={size.bytes} max={compareMax} tone="target" />
          </Row>
          {single ? (
            <Row label="Everything in one stage" value={`≈ ${formatBytes(single.bytes)}`}>
              <Bar value={single.bytes} max={compareMax} tone="other" />
            </Row>
          ) : null}
        </ul>
        {size.saving && size.saving.bytes > 0 ? (
          <p className="mt-1 text-sm">Multi-stage saves ≈ {formatBytes(size.saving.bytes)}.</p>
        ) : null}
      </section>

      <section aria-label="Size per stage">
        <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          Per stage
        </h4>
        <ul className="space-y-2">
          {stages.map((s) => (
            <Row
              key={s.index}
              label={`${stageLabel(s)}${s.index === analysis.target ? ' (target)' : s.reachable ? '' : ' (skipped)'}`}
              value={s.size ? `≈ ${formatBytes(s.size.bytes)}` : 'unknown'}
            >
              <Bar
                value={s.size?.bytes ?? 0}
                max={stageMax}
                tone={s.index === analysis.target ? 'target' : s.reachable ? 'other' : 'muted'}
              />
            </Row>
          ))}
        </ul>
      </section>

      {layers.length ? (
        <section aria-label="Layers of the target">
          <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
            Largest layers of the target
          </h4>
          <ul className="space-y-2">
            {layers.map((layer) => (
              <Row
                key={`${layer.line}-${layer.instruction}`}
                label={`${layer.line}: ${layer.instruction}`}
                value={layerFigure(layer)}
              >
                <Bar value={layer.bytes} max={layerMax} tone="target" />
                <span className="mt-0.5 block text-xs text-slate-600 dark:text-slate-300">
                  {layer.reason}
                </span>
              </Row>
            ))}
          </ul>
          {hidden > 0 ? (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
              {`…and ${hidden} smaller layer${hidden === 1 ? '' : 's'}, ≈ ${formatBytes(hiddenBytes)} in all.`}
            </p>
          ) : null}
        </section>
      ) : null}

      <p className="text-xs text-slate-600 dark:text-slate-300">
        Sizes are estimates ({size.basis}), from known base-image sizes and typical layer costs; a
        real build can differ.
        {size.reasons?.length ? ` ${size.reasons.join('; ')}.` : ''}
      </p>
    </div>
  );
}
