import { expect, test } from 'vitest';
import { parse } from '../parse';
import { buildStageModel } from '../stages';
import type { StageModel } from '../types';
import { estimateSizes } from './index';

const MB = 1e6;
const estimate = (src: string, basis?: 'compressed') => {
  const file = parse(src);
  return estimateSizes(file, buildStageModel(file), basis ? { basis } : undefined);
};

test('per stage and per layer: point, bounds and a reason naming the instruction', () => {
  const r = estimate('FROM alpine:3.24\nRUN apk add --no-cache build-base\nCOPY . /src\n');
  const s = r.stages[0]!;
  expect(s.basis).toBe('uncompressed');
  expect(s.layers!.map((l) => [l.line, l.instruction])).toEqual([
    [2, 'RUN'],
    [3, 'COPY'],
  ]);
  expect(s.layers![0]!.reason).toBe('apk add build-base ≈ +200 MB');
  expect(s.bytes).toBe(8_420_000 + 200 * MB + 5 * MB);
  expect(s.low).toBeLessThan(s.bytes);
  expect(s.high).toBeGreaterThan(s.bytes);
  expect(s.reasons![0]).toMatch(/^alpine:3\.24 base ≈ 8\.4 MB \(alpine family/);
  expect(s.base).toMatchObject({ image: 'alpine:3.24', family: 'alpine family', known: true });
  expect(s.base!.source).toContain('repo-info');
});

test('a stage based on another stage inherits its estimate', () => {
  const r = estimate(
    'FROM node:24-alpine AS deps\nWORKDIR /app\nRUN npm ci\n\nFROM deps AS dev\nCOPY . .\n',
  );
  const [deps, dev] = r.stages;
  expect(dev!.bytes).toBe(deps!.bytes + 5 * MB);
  expect(dev!.reasons![0]).toContain('FROM deps (stage 0) inherits');
  expect(r.target).toMatchObject({ bytes: dev!.bytes });
});

test('COPY --from copies what the named stage produced; ENV PATH venv is followed', () => {
  const r = estimate(
    [
      'FROM python:3.12-slim AS build',
      'RUN python -m venv /venv',
      'ENV PATH=/venv/bin:$PATH',
      'RUN pip install --no-cache-dir numpy',
      'FROM python:3.12-slim',
      'COPY --from=build /venv /venv',
    ].join('\n'),
  );
  const copy = r.target.layers![0]!;
  expect(copy.bytes).toBe((15 + 52) * MB);
  expect(copy.reason).toContain('COPY --from=build /venv');
});

test('compressed basis fills bytes with pull-size figures and keeps both sides', () => {
  const src =
    'FROM golang:1.23 AS b\nRUN go build -o /app\nFROM scratch\nCOPY --from=b /app /app\n';
  const u = estimate(src).target;
  const c = estimate(src, 'compressed').target;
  expect(c.basis).toBe('compressed');
  expect(c.bytes).toBe(u.compressed!.bytes);
  expect(c.uncompressed!.bytes).toBe(u.bytes);
  expect(c.bytes).toBeLessThan(u.bytes);
  expect(c.layers![0]!.bytes).toBe(u.layers![0]!.compressed!.bytes);
  expect(c.saving!.bytes).toBeLessThan(u.saving!.bytes);
});

test('one-stage counterfactual: first base + every reachable stage, minus cross-stage copies', () => {
  const r = estimate(
    [
      'FROM golang:1.23 AS build',
      'RUN go build -o /out/app',
      'FROM alpine:3.24 AS unused',
      'RUN apk add --no-cache build-base',
      'FROM gcr.io/distroless/static-debian12',
      'COPY --from=build /out/app /app',
      'COPY config.yaml /etc/app/',
    ].join('\n'),
  );
  const [build, , final] = r.stages;
  // golang base + go build layer + the final stage's own context copy; the unreachable stage and
  // the distroless base are not in it
  const config = final!.layers![1]!.bytes;
  expect(r.target.singleStage!.bytes).toBe(build!.bytes + config);
  expect(r.target.saving!.bytes).toBe(build!.bytes + config - final!.bytes);
  expect(r.target.reasons!.at(-1)).toContain('one-stage counterfactual');
});

test('unknown images and unexpanded ARGs get the wide unknown range', () => {
  const r = estimate('ARG BASE\nFROM ${BASE}\nRUN echo hi\n');
  expect(r.target.base!.known).toBe(false);
  expect(r.target.high).toBeGreaterThanOrEqual(1000 * MB);
  expect(r.target.layers![0]!.reason).toBe('no size-relevant writes recognised');
});

test('never throws, even on a broken model', () => {
  const file = parse('FROM alpine\n');
  const broken = { stages: [null], target: 0 } as unknown as StageModel;
  const r = estimateSizes(file, broken);
  expect(r.target.reasons![0]).toContain('size estimator failed');
  const none = estimateSizes(file, { ...buildStageModel(parse('')), target: -1 });
  expect(none.target.bytes).toBe(0);
  expect(() =>
    estimate('FROM \nRUN \\\n\nCOPY --from= \nADD\n' + '\0\x7f'.repeat(50)),
  ).not.toThrow();
});

test('two calls on one file give equal estimates, each in objects of its own', () => {
  const src =
    'FROM --platform=linux/arm64 alpine:3.24 AS a\nRUN apk add build-base\nFROM python:3.12-slim\nCOPY --from=nginx:alpine /etc/nginx /etc/nginx\n';
  const first = estimate(src);
  const again = estimate(src);
  expect(again).toEqual(first);
  expect(again.stages[0]!.base).not.toBe(first.stages[0]!.base);
  expect(again.stages[1]!.uncompressed).not.toBe(first.stages[1]!.uncompressed);
  expect(first.stages[0]!.reasons![0]).toMatch(/linux\/arm64: ±5% vs amd64/);
});

test('xx-go, the cross-compiling wrapper, and a go named by its path build a Go binary', () => {
  for (const go of ['xx-go', '/usr/local/go/bin/go']) {
    const r = estimate(
      `FROM golang:1.23 AS b\nRUN --mount=type=cache,target=/root/.cache ${go} build -o /usr/bin/app .\n`,
    );
    expect(r.target.layers![0]!.reason, go).toMatch(/^go build binary ≈ \+12 MB/);
  }
});

test('the one-stage counterfactual starts from the biggest base of the build, not the first', () => {
  const r = estimate(
    [
      'FROM alpine:3.24 AS helper',
      'RUN echo',
      'FROM golang:1.23 AS build',
      'COPY --from=helper /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/',
      'RUN go build -o /out/app .',
      'FROM scratch',
      'COPY --from=build /out/app /app',
    ].join('\n'),
  );
  expect(r.target.reasons!.at(-1)).toMatch(/^one-stage counterfactual ≈ .*: golang:1\.23 base/);
  // golang ≈ 915 MB plus the go build; from alpine it would have been ≈ 250 MB
  expect(r.target.singleStage!.bytes).toBeGreaterThan(1000 * MB);
});

const withContexts = (src: string, buildContexts: Record<string, string>) => {
  const file = parse(src);
  return estimateSizes(file, buildStageModel(file, { buildContexts }), { buildContexts });
};

test('a base that a --build-context directory supplies is no Docker Hub image: size unknown', () => {
  const r = withContexts('FROM alpine\n', { alpine: './rootfs' });
  const s = r.stages[0]!;
  expect(s.base).toMatchObject({ image: 'alpine', family: null, known: false });
  expect(s.reasons![0]).toBe(
    'alpine is --build-context alpine=./rootfs, not a Docker Hub image; its size is unknown',
  );
});

test('a docker-image:// --build-context is sized as the image it names', () => {
  const plain = estimate('FROM alpine:3.24\n').stages[0]!;
  const r = withContexts('FROM base\n', { base: 'docker-image://alpine:3.24' });
  const s = r.stages[0]!;
  expect(s.base).toMatchObject({ image: 'alpine:3.24', known: true });
  expect(s.bytes).toBe(plain.bytes);
  expect(s.reasons![0]).toMatch(
    /^base is --build-context base=docker-image:\/\/alpine:3\.24: alpine:3\.24 base/,
  );
});

test('COPY --from of a --build-context name does not count the Docker Hub image of that name', () => {
  const r = withContexts('FROM scratch\nCOPY --from=node / /\n', { node: './prebuilt' });
  const pulled = estimate('FROM scratch\nCOPY --from=node / /\n');
  expect(r.stages[0]!.layers![0]!.reason).not.toEqual(pulled.stages[0]!.layers![0]!.reason);
});
