import { useId } from 'react';
import type { Analysis } from '@/lib/analyzer/types';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  layoutStageGraph,
  stageLabel,
} from '@/lib/playground/stage-graph';

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Stages as nodes, FROM/COPY/mount references as edges. The target is outlined; stages the build
 * skips are greyed and dashed (and say "skipped", so colour is not the only cue).
 */
export function StageGraph({ analysis, source }: { analysis: Analysis; source: string }) {
  const uid = useId().replace(/[^\w-]/g, '');
  const titleId = `${uid}-title`;
  const arrowId = `${uid}-arrow`;
  const layout = layoutStageGraph(analysis.stages, source);
  if (layout.nodes.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">No stages yet: add a FROM line.</p>
    );
  }
  const byIndex = new Map(layout.nodes.map((n) => [n.stage.index, n]));
  const pad = 8;
  const targetLabel =
    analysis.target >= 0
      ? stageLabel(analysis.stages[analysis.target] ?? { name: null, index: analysis.target })
      : 'none';

  return (
    <figure className="m-0">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}`}
        className="mx-auto block h-auto w-full"
        // Never drawn larger than life: a two-stage graph should not fill the panel with 30 px text.
        style={{ maxWidth: `${layout.width + 2 * pad}px`, maxHeight: '24rem' }}
      >
        <title
          id={titleId}
        >{`Stage graph: ${layout.nodes.length} stages, target ${targetLabel}`}</title>
        <defs>
          <marker
            id={arrowId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="fill-slate-500" />
          </marker>
        </defs>
        {layout.edges.map((edge) => {
          const a = byIndex.get(edge.from)!;
          const b = byIndex.get(edge.to)!;
          const x1 = a.x + NODE_WIDTH / 2;
          const y1 = a.y + NODE_HEIGHT;
          const x2 = b.x + NODE_WIDTH / 2;
          const y2 = b.y;
          const midY = (y1 + y2) / 2;
          const skipped = !b.stage.reachable;
          return (
            <g
              key={`${edge.from}-${edge.to}`}
              data-edge={`${edge.from}->${edge.to}`}
              opacity={skipped ? 0.45 : 1}
            >
              <path
                d={`M${x1},${y1} C${x1},${midY} ${x2},${midY} ${x2},${y2 - 2}`}
                fill="none"
                strokeWidth={1.5}
                strokeDasharray={edge.kinds.includes('FROM') ? undefined : '5 3'}
                className="stroke-slate-500"
                markerEnd={`url(#${arrowId})`}
              />
              <text
                x={(x1 + x2) / 2 + 4}
                y={midY + 4}
                fontSize={11}
                className="fill-slate-700 dark:fill-slate-300"
              >
                {edge.kinds.join(' + ')}
              </text>
            </g>
          );
        })}
        {layout.nodes.map(({ stage, x, y }) => {
          const isTarget = stage.index === analysis.target;
          const skipped = !stage.reachable;
          return (
            <g
              key={stage.index}
              data-stage={stageLabel(stage)}
              data-reachable={stage.reachable ? 'true' : 'false'}
              data-target={isTarget ? 'true' : undefined}
              opacity={skipped ? 0.5 : 1}
            >
              <rect
                x={x}
                y={y}
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={8}
                strokeWidth={isTarget ? 3 : 1.5}
                strokeDasharray={skipped ? '6 4' : undefined}
                className={
                  isTarget
                    ? 'fill-sky-50 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-300'
                    : skipped
                      ? 'fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500'
                      : 'fill-white stroke-slate-500 dark:fill-slate-900 dark:stroke-slate-400'
                }
              />
              <text
                x={x + 10}
                y={y + 21}
                fontSize={13}
                fontWeight={600}
                className="fill-slate-900 dark:fill-slate-100"
              >
                {truncate(stageLabel(stage), 16)}
                {isTarget ? ' ◎ target' : skipped ? ' (skipped)' : ''}
              </text>
              <text
                x={x + 10}
                y={y + 40}
                fontSize={11}
                className="fill-slate-700 dark:fill-slate-300"
              >
                {truncate(`FROM ${stage.base}`, 26)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-300">
        Solid arrow: FROM. Dashed arrow: COPY --from or RUN --mount. Dashed, grey box: a stage this
        build skips.
      </figcaption>
      <ul className="sr-only">
        {analysis.stages.map((s) => (
          <li key={s.index}>
            {`${stageLabel(s)}, line ${s.line}, from ${s.base}`}
            {s.index === analysis.target ? ', the target' : ''}
            {s.reachable ? '' : ', skipped by this build'}
            {s.dependsOn.length
              ? `, needs ${s.dependsOn.map((d) => stageLabel(analysis.stages[d] ?? { name: null, index: d })).join(', ')}`
              : ''}
          </li>
        ))}
      </ul>
    </figure>
  );
}
