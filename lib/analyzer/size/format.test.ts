import { expect, test } from 'vitest';
import {
  describeEstimate,
  describeSaving,
  formatBytes,
  formatRange,
  describeLargestLayers,
  layerFigure,
} from './format';

test('formatBytes uses decimal units like docker images', () => {
  expect(formatBytes(0)).toBe('0 B');
  expect(formatBytes(512)).toBe('512 B');
  expect(formatBytes(1_500)).toBe('1.5 kB');
  expect(formatBytes(12_000_000)).toBe('12 MB');
  expect(formatBytes(8_420_000)).toBe('8.4 MB');
  expect(formatBytes(905_000_000)).toBe('905 MB');
  expect(formatBytes(1_234_000_000)).toBe('1.2 GB');
  expect(formatBytes(999_800)).toBe('1 MB');
});

test('formatBytes tolerates garbage', () => {
  expect(formatBytes(-5)).toBe('0 B');
  expect(formatBytes(Number.NaN)).toBe('0 B');
});

test('formatRange shares the unit when it can', () => {
  expect(formatRange(8e6, 20e6)).toBe('8–20 MB');
  expect(formatRange(9e5, 1.2e6)).toBe('900 kB–1.2 MB');
  expect(formatRange(0, 0)).toBe('0 B');
});

test('describeEstimate always says estimate and the basis', () => {
  expect(describeEstimate({ bytes: 12e6, low: 8e6, high: 20e6, basis: 'uncompressed' })).toBe(
    '≈ 12 MB (estimate, uncompressed; 8–20 MB)',
  );
  expect(describeEstimate({ bytes: 5e6, low: 3e6, high: 8e6, basis: 'compressed' })).toContain(
    'estimate, compressed',
  );
});

test('describeSaving only speaks when there is a counterfactual', () => {
  const base = { bytes: 10e6, low: 8e6, high: 12e6, basis: 'uncompressed' as const };
  expect(describeSaving(base)).toBeNull();
  const line = describeSaving({
    ...base,
    singleStage: { bytes: 900e6, low: 700e6, high: 1.2e9 },
    saving: { bytes: 890e6, low: 688e6, high: 1.19e9 },
  });
  expect(line).toBe(
    'multi-stage saves ≈ 890 MB vs one stage of ≈ 900 MB (estimate, uncompressed; 688 MB–1.2 GB)',
  );
});

test('describeSaving says so when the one-stage build is no bigger', () => {
  const line = describeSaving({
    bytes: 300e6,
    low: 200e6,
    high: 400e6,
    basis: 'uncompressed',
    singleStage: { bytes: 250e6, low: 200e6, high: 500e6 },
    saving: { bytes: 0, low: 0, high: 300e6 },
  });
  expect(line).toBe(
    'one stage would be ≈ 250 MB: multi-stage saves nothing here (estimate, uncompressed)',
  );
});

test('the largest layers are listed with reason and source; a guess says so and shows its range', async () => {
  const { parse } = await import('../parse');
  const { buildStageModel } = await import('../stages');
  const { estimateSizes } = await import('./index');
  const file = parse(
    'FROM alpine:3.24\nRUN apk add --no-cache ca-certificates\nRUN wget -O /usr/local/bin/tool "$TOOL_URL"\nRUN curl -fsSLO https://nodejs.org/dist/v24.19.0/node-v24.19.0-linux-x64.tar.xz && tar -xJf node-v24.19.0-linux-x64.tar.xz -C /usr/local && rm node-v24.19.0-linux-x64.tar.xz\n',
  );
  const lines = describeLargestLayers(estimateSizes(file, buildStageModel(file)).target);
  expect(lines[0]).toMatch(/^base alpine:3\.24: alpine family; source: .*repo-info/);
  // biggest first: the Node.js layer, sized from the artifact table with its source
  expect(lines[1]).toMatch(/^line 4 RUN ≈ \d+ MB \(\d+–\d+ MB\): Node\.js unpacked \(node:24/);
  expect(lines[2]).toMatch(
    /^line 3 RUN ≈ 10 MB \(a guess: 50 kB–300 MB\): wget download \(size unknown\)/,
  );
});

test('layerFigure shows the range, and calls a wide or unknown one a guess', () => {
  const MB = 1e6;
  expect(layerFigure({ bytes: 160 * MB, low: 120 * MB, high: 216 * MB, reason: 'Node.js' })).toBe(
    '≈ 160 MB (120–216 MB)',
  );
  expect(layerFigure({ bytes: 12 * MB, low: 2 * MB, high: 150 * MB, reason: 'go build' })).toBe(
    '≈ 12 MB (a guess: 2–150 MB)',
  );
  expect(layerFigure({ bytes: 5 * MB, low: 4 * MB, high: 6 * MB, reason: 'size unknown' })).toBe(
    '≈ 5 MB (a guess: 4–6 MB)',
  );
});
