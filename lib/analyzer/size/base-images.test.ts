import { expect, test } from 'vitest';
import { BASE_IMAGE_FACTS } from './base-facts';
import { listFamilies, normalizeImageRef, resolveBaseImage } from './base-images';

const MB = 1e6;

test('every fact carries a source, and a date unless the source is undated', () => {
  for (const f of BASE_IMAGE_FACTS) {
    expect(f.source.length, `${f.image}:${f.tag}`).toBeGreaterThan(10);
    expect(f.compressed !== null || f.uncompressed !== null).toBe(true);
    if (f.source.includes('repo-info')) expect(f.recordedAt).toMatch(/^2026-\d\d-\d\d$/);
  }
  expect(listFamilies().length).toBeGreaterThan(30);
});

test('a tag with both published figures uses them, ±5%', () => {
  const r = resolveBaseImage('node:24-alpine');
  expect(r.exact).toBe(true);
  expect(r.family).toBe('node alpine family');
  expect(r.uncompressed.bytes).toBe(170_750_000);
  expect(r.compressed.bytes).toBe(58_204_379);
  expect(r.uncompressed.low).toBeCloseTo(170_750_000 * 0.95);
  expect(r.source).toContain('repos/node/remote/24-alpine.md');
});

test('node:20-alpine resolves to the node alpine family with a version-drift range', () => {
  const r = resolveBaseImage('node:20-alpine');
  expect(r.known).toBe(true);
  expect(r.exact).toBe(false);
  expect(r.family).toBe('node alpine family');
  expect(r.uncompressed.high).toBeGreaterThan(170_750_000 * 1.2);
  expect(r.note).toContain('±20%');
});

test('python:3.12-slim resolves to python slim, uncompressed derived from the runtime ratio', () => {
  const r = resolveBaseImage('python:3.12-slim');
  expect(r.family).toBe('python slim family');
  expect(r.compressed.bytes).toBe(43_437_809);
  expect(r.uncompressed.bytes).toBeCloseTo(43_437_809 * 2.93);
  expect(r.note).toContain('× 2.93');
});

test('version and codename tags pick the default (full) variant', () => {
  expect(resolveBaseImage('golang:1.23').family).toBe('golang family');
  expect(resolveBaseImage('golang:1.23-bookworm').family).toBe('golang family');
  expect(resolveBaseImage('golang:1.23-alpine3.20').family).toBe('golang alpine family');
  expect(resolveBaseImage('rust:1.82-slim-bookworm').family).toBe('rust slim family');
  expect(resolveBaseImage('debian:bookworm-slim').exact).toBe(true);
  expect(resolveBaseImage('debian:12-slim').family).toBe('debian bookworm slim family');
  expect(resolveBaseImage('eclipse-temurin:21-jre').exact).toBe(true);
  expect(resolveBaseImage('eclipse-temurin:17-jre-jammy').family).toBe(
    'eclipse-temurin JRE family',
  );
  expect(resolveBaseImage('eclipse-temurin:21-jre-alpine').family).toBe(
    'eclipse-temurin JRE alpine family',
  );
  expect(resolveBaseImage('maven:3.9-eclipse-temurin-21').family).toBe('maven family');
  expect(resolveBaseImage('nginx:1.27-alpine-slim').family).toBe('nginx alpine-slim family');
  expect(resolveBaseImage('nginx:stable-alpine').family).toBe('nginx alpine family');
});

test('golang full is far bigger than golang alpine', () => {
  const full = resolveBaseImage('golang:1.23');
  expect(full.uncompressed.bytes).toBeGreaterThan(800 * MB);
  expect(full.uncompressed.low).toBeGreaterThan(500 * MB);
  expect(resolveBaseImage('golang:alpine').uncompressed.bytes).toBeLessThan(250 * MB);
});

test('an unknown tag of a known image falls back to its default with a wider range', () => {
  const tagged = resolveBaseImage('node:24');
  const odd = resolveBaseImage('node:some-experimental-build');
  expect(odd.known).toBe(true);
  expect(odd.family).toBe('node family');
  expect(odd.note).toContain('unknown tag');
  expect(odd.uncompressed.high).toBeGreaterThan(tagged.uncompressed.high * 1.5);
  // low reaches down to the smallest node variant (alpine)
  expect(odd.uncompressed.low).toBeLessThan(resolveBaseImage('node:24-alpine').uncompressed.low);
});

test('an unknown image is reported as unknown with a wide range', () => {
  const r = resolveBaseImage('quay.io/example/service:1.0');
  expect(r.known).toBe(false);
  expect(r.family).toBeNull();
  expect(r.uncompressed.low).toBeLessThanOrEqual(1 * MB);
  expect(r.uncompressed.high).toBeGreaterThanOrEqual(1000 * MB);
  expect(resolveBaseImage('${BASE_IMAGE}').known).toBe(false);
  expect(resolveBaseImage('').known).toBe(false);
});

test('scratch is exactly zero', () => {
  const r = resolveBaseImage('scratch');
  expect(r.uncompressed).toEqual({ bytes: 0, low: 0, high: 0 });
  expect(r.compressed.high).toBe(0);
  expect(r.source).toContain('moby/moby/pull/8827');
});

test('distroless families have their own entries', () => {
  const s = resolveBaseImage('gcr.io/distroless/static-debian12');
  expect(s.family).toBe('distroless static family');
  expect(s.exact).toBe(true);
  expect(s.uncompressed.bytes).toBe(2 * MB);
  expect(resolveBaseImage('gcr.io/distroless/static-debian12:nonroot').exact).toBe(true);
  expect(resolveBaseImage('gcr.io/distroless/static').family).toBe('distroless static family');
  expect(resolveBaseImage('gcr.io/distroless/base-debian12').family).toBe('distroless base family');
  expect(resolveBaseImage('gcr.io/distroless/cc-debian12').family).toBe('distroless base family');
  const j25 = resolveBaseImage('gcr.io/distroless/java25-debian13');
  expect(j25.uncompressed.bytes).toBe(228 * MB);
  expect(j25.compressed.bytes).toBe(72.7 * MB);
  expect(resolveBaseImage('gcr.io/distroless/java21-debian12').uncompressed.bytes).toBe(220 * MB);
  expect(resolveBaseImage('gcr.io/distroless/java17-debian12').uncompressed.bytes).toBe(200 * MB);
  expect(resolveBaseImage('gcr.io/distroless/nodejs22-debian12').family).toBe(
    'distroless nodejs family',
  );
  expect(resolveBaseImage('gcr.io/distroless/python3-debian12').known).toBe(true);
  expect(resolveBaseImage('cgr.dev/chainguard/static').known).toBe(true);
});

test('registry prefixes, library/, digests and case are normalised', () => {
  expect(normalizeImageRef('docker.io/library/node:20-alpine@sha256:abc')).toEqual({
    repo: 'node',
    tag: '20-alpine',
    digest: 'sha256:abc',
    tagged: true,
  });
  expect(normalizeImageRef('localhost:5000/app').tag).toBe('latest');
  expect(resolveBaseImage('docker.io/library/node:24-alpine').exact).toBe(true);
  expect(resolveBaseImage('index.docker.io/library/python:3.12-slim').family).toBe(
    'python slim family',
  );
  expect(resolveBaseImage('alpine@sha256:0123').family).toBe('alpine family');
  expect(resolveBaseImage('Alpine:3.24').exact).toBe(true);
});

test('a non-amd64 platform widens the range by 5%', () => {
  const amd = resolveBaseImage('alpine:3.24');
  const arm = resolveBaseImage('alpine:3.24', 'linux/arm64');
  expect(arm.uncompressed.bytes).toBe(amd.uncompressed.bytes);
  expect(arm.uncompressed.high).toBeCloseTo(amd.uncompressed.high * 1.05);
  expect(arm.note).toContain('linux/arm64');
  expect(resolveBaseImage('alpine:3.24', '$BUILDPLATFORM').uncompressed.high).toBe(
    amd.uncompressed.high,
  );
});

test('every family resolves from its own fact', () => {
  for (const f of listFamilies()) {
    const ref = f.image.includes('/') ? `${f.image}:${f.tag}` : `${f.image}:${f.tag || 'latest'}`;
    const r = resolveBaseImage(ref);
    expect(r.known, ref).toBe(true);
    expect(r.uncompressed.low, ref).toBeLessThanOrEqual(r.uncompressed.bytes);
    expect(r.uncompressed.bytes, ref).toBeLessThanOrEqual(r.uncompressed.high);
    expect(r.compressed.bytes, ref).toBeLessThanOrEqual(r.uncompressed.bytes);
  }
});

test.each([
  ['mcr.microsoft.com/dotnet/aspnet:8.0', '.NET aspnet family', 120, 300],
  ['mcr.microsoft.com/dotnet/aspnet:8.0-alpine', '.NET aspnet alpine family', 55, 140],
  ['mcr.microsoft.com/dotnet/core/sdk:3.0-buster', '.NET sdk family', 520, 880],
  ['mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine', '.NET runtime-deps alpine family', 6, 16],
  ['mcr.microsoft.com/windows/servercore:ltsc2022', 'Windows Server Core family', 4400, 5500],
  ['mcr.microsoft.com/windows/nanoserver:ltsc2022', 'Windows Nano Server family', 260, 330],
  ['buildpack-deps:trixie-scm', 'buildpack-deps scm family', 310, 390],
  ['buildpack-deps:bookworm', 'buildpack-deps bookworm family', 760, 950],
  ['eclipse-temurin:26-jdk-noble', 'eclipse-temurin JDK 26 family', 310, 520],
])('%s resolves to the %s (point %d–%d MB uncompressed)', (ref, family, lowMb, highMb) => {
  const r = resolveBaseImage(ref);
  expect(r.known).toBe(true);
  expect(r.family).toBe(family);
  expect(r.uncompressed.bytes / MB).toBeGreaterThanOrEqual(lowMb);
  expect(r.uncompressed.bytes / MB).toBeLessThanOrEqual(highMb);
});
