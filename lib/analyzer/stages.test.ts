import { expect, test } from 'vitest';
import { parse } from './parse';
import { buildStageModel } from './stages';
import type { AnalyzeOptions } from './types';

const model = (src: string, options?: AnalyzeOptions) => buildStageModel(parse(src), options);

test('stages keep their names as written and match them lowercased', () => {
  const m = model('FROM scratch AS STAge0\nFROM scratch AS staGE1\nCOPY --from=staGE0 a b\n');
  expect(m.stages.map((s) => [s.name, s.key])).toEqual([
    ['STAge0', 'stage0'],
    ['staGE1', 'stage1'],
  ]);
  expect(m.stages[1]?.refs.find((r) => r.kind === 'copy')).toMatchObject({
    resolved: 0,
    via: 'name',
  });
});

test('FROM looks up the raw name among earlier stages only', () => {
  const m = model('FROM alpine AS test\nFROM TEST\nFROM later\nFROM test AS later\n');
  expect(m.stages.map((s) => s.baseStage)).toEqual([null, null, null, 0]);
  expect(m.stages[3]?.dependsOn).toEqual([0]);
});

test('FROM x AS x means the image or an earlier x, never itself', () => {
  const m = model('FROM node AS node\nFROM node AS app\n');
  expect(m.stages[0]?.baseStage).toBeNull();
  expect(m.stages[1]?.baseStage).toBe(0);
});

test('COPY --from binds the last duplicate name, FROM the most recent earlier one', () => {
  const m = model('FROM a AS dup\nFROM dup AS x\nCOPY --from=dup f f\nFROM b AS dup\n');
  expect(m.stages[1]?.baseStage).toBe(0);
  expect(m.stages[1]?.refs.find((r) => r.kind === 'copy')?.resolved).toBe(2);
});

test('COPY --from accepts a 0-based index; out of range resolves to nothing', () => {
  const m = model('FROM a\nFROM b\nCOPY --from=0 f f\nCOPY --from=5 g g\n');
  const refs = m.stages[1]?.refs.filter((r) => r.kind === 'copy') ?? [];
  expect(refs.map((r) => [r.via, r.resolved])).toEqual([
    ['index', 0],
    ['index', null],
  ]);
});

test('a --from that names no stage is an image', () => {
  const m = model('FROM scratch\nCOPY --from=busybox /etc/passwd test\n');
  expect(m.stages[0]?.refs[1]).toMatchObject({ via: 'image', resolved: null, value: 'busybox' });
});

test('RUN --mount from= is a dependency with the exact range of its value', () => {
  const m = model('FROM a AS build\nFROM b\nRUN --mount=type=bind,from=build,target=/x ls\n');
  const ref = m.stages[1]?.refs.find((r) => r.kind === 'mount');
  expect(ref).toMatchObject({ resolved: 0, mountTarget: '/x' });
  expect(ref?.range).toEqual({ line: 3, column: 28, endLine: 3, endColumn: 33 });
  expect(m.stages[1]?.dependsOn).toEqual([0]);
});

test('mount from= is never an index', () => {
  const m = model('FROM a\nFROM b\nRUN --mount=from=0 ls\n');
  expect(m.stages[1]?.refs.find((r) => r.kind === 'mount')?.via).toBe('image');
});

test('global ARG defaults, ${VAR:-w} and --build-arg expand in FROM', () => {
  const src = 'ARG V=3.20\nARG IMG\nFROM alpine:${V}\nFROM ${IMG:-debian}:12\n';
  expect(model(src).stages.map((s) => s.base)).toEqual(['alpine:3.20', 'debian:12']);
  const m = model(src, { buildArgs: { V: '3.19', IMG: 'ubuntu' } });
  expect(m.stages.map((s) => s.base)).toEqual(['alpine:3.19', 'ubuntu:12']);
  expect(m.globalArgs).toEqual(
    new Map([
      ['V', '3.20'],
      ['IMG', undefined],
    ]),
  );
});

test('ARG-built FROM names resolve to stages', () => {
  const m = model('ARG OS=linux\nFROM scratch AS bin-linux\nFROM bin-${OS} AS out\n');
  expect(m.stages[1]?.baseStage).toBe(0);
});

test('automatic platform ARGs are defined for FROM', () => {
  const m = model('FROM --platform=$BUILDPLATFORM golang:1.22 AS b\n');
  expect(m.stages[0]?.platform).toBe('linux/amd64');
  expect(m.stages[0]?.platformVars?.matched).toEqual(['BUILDPLATFORM']);
});

test('the target is the last stage, or --target matched case-insensitively', () => {
  const src = 'FROM ubuntu AS base\nFROM base AS stage1\nFROM base AS Stage2\n';
  expect(model(src).target).toBe(2);
  expect(model(src, { target: 'STAGE1' }).target).toBe(1);
  expect(model(src, { target: 'nosuch' }).target).toBe(-1);
});

test('only stages the target needs are reachable, dependencies first', () => {
  const src = [
    'FROM ubuntu AS base',
    'FROM base AS stage1',
    'FROM base AS stage2',
    'FROM alpine AS tools',
    'FROM stage2 AS final',
    'COPY --from=tools /t /t',
  ].join('\n');
  const m = model(src);
  expect(m.buildOrder).toEqual([0, 2, 3, 4]);
  expect(m.stages.map((s) => s.reachable)).toEqual([true, false, true, true, true]);
  const m2 = model(src, { target: 'stage2' });
  expect(m2.buildOrder).toEqual([0, 2]);
});

test('ONBUILD COPY --from makes the child stage depend on the source', () => {
  const src = 'FROM a AS assets\nFROM b AS tmpl\nONBUILD COPY --from=assets / /\nFROM tmpl\n';
  const m = model(src);
  expect(m.stages[1]?.dependsOn).toEqual([]);
  expect(m.stages[2]?.dependsOn).toEqual([0, 1]);
  expect(m.stages[0]?.reachable).toBe(true);
});

test('instructions before the first FROM other than ARG form the preamble', () => {
  const m = model('ARG A=1\nRUN echo\nCOPY --from=0 a b\nFROM scratch\n');
  expect(m.preamble.map((i) => i.keyword)).toEqual(['RUN', 'COPY']);
  expect(m.preambleRefs?.[0]).toMatchObject({ stage: -1, via: 'index', resolved: 0 });
});

test('variables in --from resolve to nothing', () => {
  const m = model('FROM a\nCOPY --from=$X a b\nRUN --mount=from=${Y} ls\n');
  expect(m.stages[0]?.refs.slice(1).map((r) => r.via)).toEqual(['none', 'none']);
});
