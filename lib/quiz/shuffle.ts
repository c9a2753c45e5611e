/**
 * Seeded shuffling, so an attempt shows the same option order on every render and after a
 * reload, while a new attempt (a new seed) gets a new order.
 */

/** A 32-bit hash of a string (FNV-1a), used to turn a seed string into a PRNG state. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small, fast PRNG (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let a = hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Indexes 0..n-1 shuffled by `seed`, never in their original order (for n ≥ 2): an order
 * question that starts solved teaches nothing.
 */
export function scrambledIndexes(n: number, seed: string): number[] {
  const order = shuffle(
    Array.from({ length: n }, (_, i) => i),
    seed,
  );
  if (n >= 2 && order.every((v, i) => v === i)) order.push(order.shift() as number);
  return order;
}

/** A fresh seed for a new attempt. */
export function newSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}
