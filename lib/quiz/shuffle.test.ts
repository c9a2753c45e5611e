import fc from 'fast-check';
import { expect, test } from 'vitest';
import { scrambledIndexes, seededRandom, shuffle } from './shuffle';

const items = ['a', 'b', 'c', 'd', 'e', 'f'];

test('the same seed gives the same order every time', () => {
  expect(shuffle(items, 'quiz:1:q1')).toEqual(shuffle(items, 'quiz:1:q1'));
  expect(seededRandom('x')()).toBe(seededRandom('x')());
});

test('different seeds give different orders (a new attempt reshuffles)', () => {
  const orders = new Set(
    Array.from({ length: 20 }, (_, i) => shuffle(items, `quiz:${i}`).join('')),
  );
  expect(orders.size).toBeGreaterThan(10);
});

test('a shuffle is a permutation and leaves its input alone', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), fc.string(), (arr, seed) => {
      const copy = [...arr];
      const out = shuffle(arr, seed);
      expect(arr).toEqual(copy);
      expect([...out].sort((a, b) => a - b)).toEqual([...arr].sort((a, b) => a - b));
    }),
  );
});

test('an order question never starts solved', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 9 }), fc.string(), (n, seed) => {
      const order = scrambledIndexes(n, seed);
      expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(order.every((v, i) => v === i)).toBe(false);
    }),
  );
  expect(scrambledIndexes(1, 's')).toEqual([0]);
});
