import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { newContext } from './context';
import { goBuild } from './go-build';

const MB = 1e6;

test('go build -o writes a binary there (5–25 MB typical, up to 150 MB), plus build and module caches', () => {
  const ctx = { ...newContext(), workdir: '/src' };
  const parts = goBuild(
    splitCommands('CGO_ENABLED=0 go build -o bin/server ./cmd/server')[0]!,
    ctx,
  )!;
  expect(parts.map((p) => p.key)).toEqual(['go:binary', 'go:build-cache', 'go:mod-cache']);
  expect(parts[0]!.path).toBe('/src/bin/server');
  // 5–25 MB is typical; the range reaches traefik-class binaries (~150 MB)
  expect([parts[0]!.low, parts[0]!.bytes, parts[0]!.high]).toEqual([2 * MB, 12 * MB, 150 * MB]);
});

test('-ldflags "-s -w" makes the binary ~30% smaller', () => {
  const [bin] = goBuild(splitCommands('go build -ldflags="-s -w" -o /app .')[0]!, newContext())!;
  expect(bin!.bytes).toBeCloseTo(12 * MB * 0.7);
  expect(bin!.label).toContain('-s -w');
});

test('after go mod download the module cache is not counted twice', () => {
  const ctx = newContext();
  ctx.seen.add('go:mod-cache');
  const parts = goBuild(splitCommands('go build -o /out/app')[0]!, ctx)!;
  expect(parts.map((p) => p.key)).toEqual(['go:binary', 'go:build-cache']);
  expect(goBuild(splitCommands('go mod download')[0]!, newContext())![0]!.path).toBe('/go/pkg/mod');
});

test('not go build', () => {
  expect(goBuild(splitCommands('go version')[0]!, newContext())).toBeNull();
});
