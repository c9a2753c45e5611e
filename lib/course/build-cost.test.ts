import { expect, test } from 'vitest';
import {
  DEFAULT_BUILD_COST_INPUT,
  estimateBuildCost,
  formatMegabytes,
  tierForUsers,
} from './build-cost';

test('the worked example gives 50 builds/hour, 10 agents, 600 GB/day stored, 12 TB/day moved', () => {
  const result = estimateBuildCost(DEFAULT_BUILD_COST_INPUT);
  expect(result.buildsPerHour).toBe(50);
  expect(result.agents).toBe(10);
  expect(result.pushesPerDay).toBe(1200);
  expect(formatMegabytes(result.storageMbPerDay)).toBe('600 GB');
  expect(formatMegabytes(result.pushMbPerDay)).toBe('600 GB');
  expect(formatMegabytes(result.networkMbPerDay)).toBe('12 TB');
});

test('push traffic alone is the storage figure when nothing pulls the images', () => {
  const result = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, pullsPerPush: 0 });
  expect(result.networkMbPerDay).toBe(result.storageMbPerDay);
});

test('agents round up: 51 builds an hour need 11 agents of 5 slots', () => {
  const result = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, services: 51 });
  expect(result.agents).toBe(11);
});

test('doubling the image size doubles storage and network but not agents', () => {
  const base = estimateBuildCost(DEFAULT_BUILD_COST_INPUT);
  const big = estimateBuildCost({ ...DEFAULT_BUILD_COST_INPUT, imageSizeMb: 1000 });
  expect(big.storageMbPerDay).toBe(base.storageMbPerDay * 2);
  expect(big.networkMbPerDay).toBe(base.networkMbPerDay * 2);
  expect(big.agents).toBe(base.agents);
});

test('negative, empty or non-numeric inputs count as zero instead of producing NaN', () => {
  const result = estimateBuildCost({
    ...DEFAULT_BUILD_COST_INPUT,
    services: -3,
    imageSizeMb: Number.NaN,
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
