import { expect, test } from 'vitest';
import {
  DEFAULT_BUILD_COST_INPUT,
  estimateBuildCost,
  formatMegabytes,
  tierForUsers,
} from './build-cost';

test('the worked example: 50 builds/hour of 10 minutes need 2 agents; 24 GB/day of new layers', () => {
  const result = estimateBuildCost(DEFAULT_BUILD_COST_INPUT);
  expect(result.buildsPerHour).toBe(50);
  expect(result.concurrentBuilds).toBeCloseTo(50 / 6);
  expect(result.agents).toBe(2);
  expect(result.pushesPerDay).toBe(1200);
  expect(formatMegabytes(result.storageMbPerDay)).toBe('24 GB');
  expect(formatMegabytes(result.unsharedStorageMbPerDay)).toBe('600 GB');
  expect(formatMegabytes(result.networkMbPerDay)).toBe('96 GB');
});

test('the seed’s 10 agents only follow when every build holds its slot for a whole hour', () => {
  expect(estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, buildMinutes: 60 }).agents).toBe(10);
  expect(estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, buildMinutes: 30 }).agents).toBe(5);
});

test('doubling the build duration doubles the builds running at once', () => {
  const base = estimateBuildCost(DEFAULT_BUILD_COST_INPUT);
  const slow = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, buildMinutes: 20 });
  expect(slow.concurrentBuilds).toBeCloseTo(base.concurrentBuilds * 2);
  expect(slow.agents).toBe(4);
});

test('with no shared layers the seed’s figures come back: 600 GB stored and pushed per day', () => {
  const result = estimateBuildCost({
    ...DEFAULT_BUILD_COST_INPUT,
    newLayerMbPerPush: 500,
    pullsPerPush: 0,
  });
  expect(formatMegabytes(result.storageMbPerDay)).toBe('600 GB');
  expect(formatMegabytes(result.networkMbPerDay)).toBe('600 GB');
});

test('50 × 24 × 500 MB is 600 GB, so 12 TB a day needs 19 pulls of every whole image', () => {
  const result = estimateBuildCost({
    ...DEFAULT_BUILD_COST_INPUT,
    newLayerMbPerPush: 500,
    pullsPerPush: 19,
  });
  expect(formatMegabytes(result.networkMbPerDay)).toBe('12 TB');
});

test('new layers per push cannot exceed the whole image', () => {
  const result = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, newLayerMbPerPush: 5000 });
  expect(result.storageMbPerDay).toBe(result.unsharedStorageMbPerDay);
});

test('halving the base image changes no daily figure when only the app layer changes', () => {
  const base = estimateBuildCost(DEFAULT_BUILD_COST_INPUT);
  const half = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, imageSizeMb: 250 });
  expect(half.storageMbPerDay).toBe(base.storageMbPerDay);
  expect(half.networkMbPerDay).toBe(base.networkMbPerDay);
  expect(half.unsharedStorageMbPerDay).toBe(base.unsharedStorageMbPerDay / 2);
});

test('agents round up: 51 builds an hour of an hour each need 11 agents of 5 slots', () => {
  const result = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, services: 51, buildMinutes: 60 });
  expect(result.agents).toBe(11);
});

test('negative, empty or non-numeric inputs count as zero instead of producing NaN', () => {
  const result = estimateBuildCost({
    ...DEFAULT_BUILD_COST_INPUT,
    services: -3,
    imageSizeMb: Number.NaN,
    buildMinutes: Number.NaN,
  });
  expect(result.buildsPerHour).toBe(0);
  expect(result.agents).toBe(0);
  expect(result.storageMbPerDay).toBe(0);
  expect(formatMegabytes(result.networkMbPerDay)).toBe('0 MB');
});

test('an agent with no build slots can never keep up', () => {
  expect(estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, buildsPerAgent: 0 }).agents).toBe(
    Infinity,
  );
});

test('users pick the nearest growth-table row on a log scale', () => {
  expect(tierForUsers(100).users).toBe('100');
  expect(tierForUsers(999).users).toBe('100');
  expect(tierForUsers(1_000).users).toBe('10K');
  expect(tierForUsers(1_000_000).users).toBe('1M');
  expect(tierForUsers(50_000_000).users).toBe('100M');
});

test('megabytes format with decimal units and one decimal below 100', () => {
  expect(formatMegabytes(250)).toBe('250 MB');
  expect(formatMegabytes(1500)).toBe('1.5 GB');
  expect(formatMegabytes(12_345_678)).toBe('12.3 TB');
  expect(formatMegabytes(Infinity)).toBe('∞');
});
