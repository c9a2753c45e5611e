import type { SizeEstimate } from '../types';

const UNITS: [number, string][] = [
  [1e9, 'GB'],
  [1e6, 'MB'],
  [1e3, 'kB'],
];

function split(bytes: number): [string, string] {
  const n = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  for (const [size, unit] of UNITS) {
    // 999.6 kB would print as "1000 kB"; promote it to the next unit instead
    if (n >= size * 0.9995) {
      const v = n / size;
      return [v < 10 ? trim(v.toFixed(1)) : String(Math.round(v)), unit];
    }
  }
  return [String(Math.round(n)), 'B'];
}

function trim(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** Human size in decimal units as `docker images` prints them: "905 MB", "1.2 GB", "0 B". */
export function formatBytes(bytes: number): string {
  // the same few figures (table sizes, their sums) are printed again and again: toFixed is slow
  let s = FORMATTED.get(bytes);
  if (s === undefined) {
    const [v, unit] = split(bytes);
    s = `${v} ${unit}`;
    if (FORMATTED.size >= 4096) FORMATTED.clear();
    FORMATTED.set(bytes, s);
  }
  return s;
}

const FORMATTED = new Map<number, string>();

/** A range, sharing the unit when both ends have the same one: "8–20 MB", "900 kB–1.2 MB". */
export function formatRange(low: number, high: number): string {
  const [a, ua] = split(low);
  const [b, ub] = split(high);
  if (a === b && ua === ub) return `${a} ${ua}`;
  return ua === ub ? `${a}–${b} ${ub}` : `${a} ${ua}–${b} ${ub}`;
}

/**
 * One line for any screen or the CLI; always says "estimate" and the basis:
 * "≈ 12 MB (estimate, uncompressed; 8–20 MB)".
 */
export function describeEstimate(
  size: Pick<SizeEstimate, 'bytes' | 'low' | 'high' | 'basis'>,
): string {
  return `≈ ${formatBytes(size.bytes)} (estimate, ${size.basis}; ${formatRange(size.low, size.high)})`;
}

/** The saving line: "multi-stage saves ≈ 880 MB vs one stage (estimate, uncompressed; 610 MB–1.4 GB)". */
export function describeSaving(size: SizeEstimate): string | null {
  if (!size.saving || !size.singleStage) return null;
  const s = size.saving;
  return (
    `multi-stage saves ≈ ${formatBytes(s.bytes)} vs one stage of ≈ ${formatBytes(size.singleStage.bytes)} ` +
    `(estimate, ${size.basis}; ${formatRange(s.low, s.high)})`
  );
}
