import { expect, test } from 'vitest';
import { factorOff, measurePublished, PUBLISHED_CASES, summarize } from './real-images';

const results = PUBLISHED_CASES.map(measurePublished);
const summary = summarize(results);

test('the set holds at least 40 real images, each with a published size and a source', () => {
  expect(PUBLISHED_CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(PUBLISHED_CASES.map((c) => c.id)).size).toBe(PUBLISHED_CASES.length);
  for (const c of PUBLISHED_CASES) {
    expect(c.uncompressedMb ?? c.compressedMb, c.id).toBeGreaterThan(0);
    expect(c.source, c.id).toMatch(/github\.com|https:\/\//);
  }
});

test('the set covers downloads, source builds, each stack, and at least 3 Windows or .NET images', () => {
  const covered = (tag: string) => PUBLISHED_CASES.filter((c) => c.covers.includes(tag)).length;
  for (const tag of [
    'download',
    'source-build',
    'go',
    'rust',
    'java',
    'node',
    'python',
    'multi-stage',
  ])
    expect(covered(tag), tag).toBeGreaterThanOrEqual(2);
  expect(covered('windows')).toBeGreaterThanOrEqual(3);
  expect(covered('dotnet')).toBeGreaterThanOrEqual(3);
});

test('the range holds the published size in at least 90% of the cases', () => {
  const misses = results.filter((r) => !r.holds).map((r) => r.case.id);
  expect(summary.coverage, `misses: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.9);
});

test('the point estimate is within 2× in at least 75% of the cases, and never more than 4× off', () => {
  expect(summary.withinTwice).toBeGreaterThanOrEqual(0.75);
  for (const r of results) expect(factorOff(r.ratio), r.case.id).toBeLessThanOrEqual(4);
});

test('the failure shapes of issue 18 are no longer an order of magnitude off', () => {
  // each was 6–50× off before downloads, source builds and Microsoft bases were modelled
  for (const id of [
    'golang-alpine',
    'postgres-alpine',
    'temurin-21-jre-alpine',
    'python-slim',
    'traefik',
    'dotnet-aspnet-servercore',
  ]) {
    const r = results.find((x) => x.case.id === id)!;
    expect(factorOff(r.ratio), id).toBeLessThan(4);
    expect(r.holds, id).toBe(true);
  }
});
