import { expect, test } from 'vitest';
import type { Stage } from '@/lib/analyzer/types';
import { edgeKinds, layoutStageGraph, stageLabel } from './stage-graph';

function stage(
  index: number,
  name: string | null,
  line: number,
  extra: Partial<Stage> = {},
): Stage {
  return {
    index,
    name,
    base: 'alpine',
    baseStage: null,
    line,
    dependsOn: [],
    reachable: true,
    ...extra,
  };
}

const source = [
  'FROM golang:1.22 AS build', // 1
  'RUN go build -o /app .', // 2
  'FROM build AS test', // 3
  'RUN go test ./...', // 4
  'FROM alpine AS assets', // 5
  'RUN --mount=type=bind,from=build,target=/src cp /src/x /x', // 6
  'FROM scratch', // 7
  'COPY --from=build /app /app', // 8
  'COPY --from=Assets /x /x', // 9
].join('\n');

const stages = [
  stage(0, 'build', 1),
  stage(1, 'test', 3, { baseStage: 0, base: 'build', dependsOn: [0], reachable: false }),
  stage(2, 'assets', 5, { dependsOn: [0] }),
  stage(3, null, 7, { dependsOn: [0, 2] }),
];

test('edge kinds come from FROM, COPY --from (any case) and RUN --mount from=', () => {
  const kinds = edgeKinds(source, stages);
  expect([...kinds.get('0->1')!]).toEqual(['FROM']);
  expect([...kinds.get('0->2')!]).toEqual(['mount']);
  expect([...kinds.get('0->3')!]).toEqual(['COPY']);
  expect([...kinds.get('2->3')!]).toEqual(['COPY']);
});

test('stages sit one layer below the deepest stage they need', () => {
  const layout = layoutStageGraph(stages, source);
  expect(layout.nodes.map((n) => n.layer)).toEqual([0, 1, 1, 2]);
  expect(layout.nodes[1]!.x).toBeLessThan(layout.nodes[2]!.x);
  expect(layout.nodes[3]!.y).toBeGreaterThan(layout.nodes[2]!.y);
  expect(layout.edges).toEqual([
    { from: 0, to: 1, kinds: ['FROM'] },
    { from: 0, to: 2, kinds: ['mount'] },
    { from: 0, to: 3, kinds: ['COPY'] },
    { from: 2, to: 3, kinds: ['COPY'] },
  ]);
  expect(layout.width).toBeGreaterThan(layout.nodes[2]!.x);
});

test('a numeric --from resolves to the stage index, and self or forward references draw no edge', () => {
  const s = [stage(0, null, 1), stage(1, 'x', 3, { dependsOn: [0, 1, 5] })];
  const text = 'FROM a\nRUN x\nFROM b AS x\nCOPY --from=0 /a /a\nCOPY --from=x /b /b';
  expect([...edgeKinds(text, s).get('0->1')!]).toEqual(['COPY']);
  expect(layoutStageGraph(s, text).edges).toEqual([{ from: 0, to: 1, kinds: ['COPY'] }]);
});

test('an empty file lays out no nodes, and unnamed stages get a readable label', () => {
  expect(layoutStageGraph([], '').nodes).toEqual([]);
  expect(stageLabel({ name: null, index: 2 })).toBe('stage 2');
  expect(stageLabel({ name: 'build', index: 0 })).toBe('build');
});
