import { expect, test } from 'vitest';
import { describeEstimate, describeSaving } from '../format';
import { CALIBRATION_CASES } from './cases';
import { measureCalibration } from './measure';

const MB = 1e6;
const results = measureCalibration();
const byId = (id: string) => results.find((r) => r.case.id === id)!;

test('the set covers the required stacks with at least 12 Dockerfiles', () => {
  expect(CALIBRATION_CASES.length).toBeGreaterThanOrEqual(12);
  const ids = CALIBRATION_CASES.map((c) => c.id);
  for (const id of [
    'go-scratch',
    'go-distroless',
    'node-nginx',
    'node-alpine',
    'python-venv-slim',
    'java-maven-jre',
    'rust-debian-slim',
    'go-single',
    'node-single',
    'python-single',
  ]) {
    expect(ids).toContain(id);
  }
});

test.each(results.map((r) => [r.case.id, r] as const))(
  '%s estimate falls inside its expected range',
  (_id, r) => {
    const mb = r.estimate.bytes / MB;
    expect(mb, describeEstimate(r.estimate)).toBeGreaterThanOrEqual(r.case.expectedMb[0]);
    expect(mb, describeEstimate(r.estimate)).toBeLessThanOrEqual(r.case.expectedMb[1]);
    expect(r.estimate.low).toBeLessThanOrEqual(r.estimate.bytes);
    expect(r.estimate.high).toBeGreaterThanOrEqual(r.estimate.bytes);
  },
);

test('Go → scratch is under 50 MB; the same service single-stage on golang is over 500 MB', () => {
  const multi = byId('go-scratch').estimate;
  const single = byId('go-single').estimate;
  expect(multi.bytes).toBeLessThan(50 * MB);
  expect(single.bytes).toBeGreaterThan(500 * MB);
  // the multi-stage file's own counterfactual is the same one-image build, give or take
  expect(multi.singleStage!.bytes).toBeGreaterThan(500 * MB);
  expect(multi.saving!.bytes).toBeGreaterThan(450 * MB);
  expect(describeSaving(multi)).toMatch(
    /^multi-stage saves ≈ .* GB vs one stage of ≈ .* \(estimate, uncompressed; /,
  );
  // a single-stage file saves nothing
  expect(single.saving!.bytes).toBe(0);
});

test('every multi-stage case shows a positive saving; reasons name the base image', () => {
  for (const r of results.filter(
    (x) => !x.case.id.endsWith('single') && !x.case.id.startsWith('alpine'),
  )) {
    expect(r.estimate.saving!.bytes, r.case.id).toBeGreaterThan(0);
    expect(r.estimate.reasons![0], r.case.id).toMatch(/base ≈/);
  }
});

test('apk del in a later RUN keeps build-base; in the same RUN it nets out', () => {
  const later = byId('alpine-del-later').estimate;
  const same = byId('alpine-del-same-run').estimate;
  expect(later.bytes - same.bytes).toBeGreaterThan(150 * MB);
  expect(later.layers!.at(-1)!.reason).toContain('still count');
});
