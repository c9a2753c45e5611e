/** Pure layout of the stage graph: stages as nodes in dependency layers, references as edges. */
import type { Stage } from '@/lib/analyzer/types';

export type EdgeKind = 'FROM' | 'COPY' | 'mount';

export interface GraphNode {
  stage: Stage;
  /** 0 for stages that need no other stage */
  layer: number;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: number;
  to: number;
  kinds: EdgeKind[];
}

export interface GraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 52;
const GAP_X = 24;
const GAP_Y = 44;

function resolve(value: string, stages: readonly Stage[], before: number): number | null {
  const lower = value.toLowerCase();
  const byName = stages.findIndex((s) => s.index < before && s.name?.toLowerCase() === lower);
  if (byName >= 0) return stages[byName]!.index;
  if (/^\d+$/.test(value) && Number(value) < before) return Number(value);
  return null;
}

/**
 * How each stage uses another: FROM (its base), COPY/ADD --from, or RUN --mount from=. Read from
 * the stage's own lines; `dependsOn` stays the authority on which edges exist.
 */
export function edgeKinds(source: string, stages: readonly Stage[]): Map<string, Set<EdgeKind>> {
  const lines = source.split(/\r?\n/);
  const kinds = new Map<string, Set<EdgeKind>>();
  const add = (from: number, to: number, kind: EdgeKind) => {
    const key = `${from}->${to}`;
    if (!kinds.has(key)) kinds.set(key, new Set());
    kinds.get(key)!.add(kind);
  };
  stages.forEach((stage, i) => {
    if (stage.baseStage !== null) add(stage.baseStage, stage.index, 'FROM');
    const end = (stages[i + 1]?.line ?? lines.length + 1) - 1;
    for (let l = stage.line; l < end; l++) {
      const text = lines[l] ?? '';
      if (/^\s*#/.test(text)) continue;
      for (const m of text.matchAll(/--from=("?)([^\s"]+)\1/g)) {
        const dep = resolve(m[2]!, stages, stage.index);
        if (dep !== null) add(dep, stage.index, 'COPY');
      }
      for (const m of text.matchAll(/--mount=(\S+)/g)) {
        const from = /(?:^|,)from=([^,\s]+)/.exec(m[1]!)?.[1];
        const dep = from ? resolve(from, stages, stage.index) : null;
        if (dep !== null) add(dep, stage.index, 'mount');
      }
    }
  });
  return kinds;
}

/** Lays stages out top to bottom: each stage one layer below the deepest stage it needs. */
export function layoutStageGraph(stages: readonly Stage[], source: string): GraphLayout {
  const layers = new Map<number, number>();
  for (const stage of stages) {
    const deps = stage.dependsOn.filter((d) => d < stage.index && layers.has(d));
    layers.set(stage.index, deps.length ? 1 + Math.max(...deps.map((d) => layers.get(d)!)) : 0);
  }
  const perLayer = new Map<number, number>();
  const nodes = stages.map((stage) => {
    const layer = layers.get(stage.index) ?? 0;
    const column = perLayer.get(layer) ?? 0;
    perLayer.set(layer, column + 1);
    return {
      stage,
      layer,
      x: column * (NODE_WIDTH + GAP_X),
      y: layer * (NODE_HEIGHT + GAP_Y),
    };
  });
  const kinds = edgeKinds(source, stages);
  const edges: GraphEdge[] = [];
  for (const stage of stages) {
    for (const dep of stage.dependsOn) {
      if (dep === stage.index || !stages.some((s) => s.index === dep)) continue;
      const found = kinds.get(`${dep}->${stage.index}`);
      const order: EdgeKind[] = ['FROM', 'COPY', 'mount'];
      edges.push({
        from: dep,
        to: stage.index,
        kinds: found ? order.filter((k) => found.has(k)) : ['COPY'],
      });
    }
  }
  const columns = Math.max(1, ...perLayer.values());
  const rows = Math.max(1, perLayer.size);
  return {
    nodes,
    edges,
    width: columns * NODE_WIDTH + (columns - 1) * GAP_X,
    height: rows * NODE_HEIGHT + (rows - 1) * GAP_Y,
  };
}

/** The label a stage goes by: its name, or `stage N` when unnamed. */
export function stageLabel(stage: Pick<Stage, 'name' | 'index'>): string {
  return stage.name ?? `stage ${stage.index}`;
}
