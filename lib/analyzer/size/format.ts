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
    if (n >= size * 0.9995) return [figure(n / size), unit];
  }
  return [String(Math.round(n)), 'B'];
}

/** `v` as printed: one decimal below 10 ("2.5", "8"), whole numbers above. */
function figure(v: number): string {
  return v < 10 ? oneDecimal(v) : String(Math.round(v));
}

/**
 * `v.toFixed(1)` without a trailing ".0", for 0 ≤ v < 10, without toFixed's slow path: `v * 10` is within 1e-14 of the
 * exact product, so whenever its fraction is not within 1e-9 of a half the rounding is the same.
 */
function oneDecimal(v: number): string {
  const x = v * 10;
  const f = x - Math.floor(x);
  if (f > 0.5 - 1e-9 && f < 0.5 + 1e-9) return trim(v.toFixed(1));
  const t = Math.round(x);
  const whole = Math.floor(t / 10);
  const tenth = t - whole * 10;
  // "8", not "8.0"
  return tenth === 0 ? String(whole) : `${whole}.${tenth}`;
}

function trim(s: string): string {
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** Human size in decimal units as `docker images` prints them: "905 MB", "1.2 GB", "0 B". */
export function formatBytes(bytes: number): string {
  const n = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  // no tuple and no template for the common case
  if (n >= 0.9995e9) return `${figure(n / 1e9)} GB`;
  if (n >= 0.9995e6) return `${figure(n / 1e6)} MB`;
  if (n >= 0.9995e3) return `${figure(n / 1e3)} kB`;
  return `${Math.round(n)} B`;
}

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
  // "saves ≈ 0 B" read as a figure; say plainly that the estimate finds nothing to save
  if (s.bytes <= 0)
    return `one stage would be ≈ ${formatBytes(size.singleStage.bytes)}: multi-stage saves nothing here (estimate, ${size.basis})`;
  return (
    `multi-stage saves ≈ ${formatBytes(s.bytes)} vs one stage of ≈ ${formatBytes(size.singleStage.bytes)} ` +
    `(estimate, ${size.basis}; ${formatRange(s.low, s.high)})`
  );
}

/** A range wider than this (high ÷ point) marks a figure as a guess. */
const GUESS_SPREAD = 3;

/**
 * The base and the `count` largest layers, each with its figure, its range when that is a guess,
 * and the reason (which names its source): "line 7 RUN ≈ 160 MB: Node.js unpacked (…)".
 */
export function describeLargestLayers(size: SizeEstimate, count = 3): string[] {
  const out: string[] = [];
  const base = size.base;
  if (base) {
    const source = base.source ? `; source: ${base.source}` : '';
    out.push(
      `base ${base.image}: ${base.known ? (base.family ?? 'known') : 'unknown image'}${source}`,
    );
  }
  const layers = [...(size.layers ?? [])]
    .filter((l) => l.high > 0)
    .sort((a, b) => b.bytes - a.bytes || a.line - b.line)
    .slice(0, count);
  for (const l of layers)
    out.push(`line ${l.line} ${l.instruction} ${layerFigure(l)}: ${l.reason}`);
  return out;
}

/** "≈ 12 MB (2–150 MB)", or "≈ 10 MB (a guess: 50 kB–300 MB)" when the range is wide or unknown. */
export function layerFigure(l: {
  bytes: number;
  low: number;
  high: number;
  reason: string;
}): string {
  const guess = l.high > Math.max(l.bytes, 1) * GUESS_SPREAD || l.reason.includes('unknown');
  const range = formatRange(l.low, l.high);
  return `≈ ${formatBytes(l.bytes)} (${guess ? `a guess: ${range}` : range})`;
}
