/**
 * Size ranges and the parts a layer is made of. All figures are bytes, decimal units
 * (1 MB = 10^6 B) as `docker images` prints them.
 */

/** An uncompressed size guess: a point estimate inside [low, high]. */
export interface Guess {
  bytes: number;
  low: number;
  high: number;
}

/**
 * One thing a RUN/COPY/ADD writes, e.g. the gcc packages or the pip cache. `key` lets a cleanup in
 * the same RUN remove it, `path` lets a cache mount swallow it and a later `COPY --from` find it.
 */
export interface Part extends Guess {
  /** e.g. `apt:pkg:build-essential`, `pip:cache`, `go:binary` */
  key: string;
  /** absolute path the files land in, when known */
  path?: string;
  /** other places the same output may be looked for, e.g. `dist` and `build` of a web build */
  alt?: string[];
  /** a name that removes it as a whole, e.g. apk's `--virtual .build-deps` */
  group?: string;
  /** uncompressed ÷ compressed for this kind of content */
  ratio: number;
  /** short human reason, e.g. "apk add build-base ≈ +200 MB" (the figure is filled in later) */
  label: string;
}

export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const KIB = 1024;

/**
 * Default uncompressed ÷ compressed ratio for content of unknown kind. image-sizes.md §0 measured
 * 2.2× (alpine) to 4.2× (python app on slim); 2.5 sits at the OS-layer end, the cautious side.
 */
export const DEFAULT_RATIO = 2.5;

/** A guess from a point and bounds given in megabytes. */
export function mb(bytes: number, low = bytes, high = bytes): Guess {
  return { bytes: bytes * MB, low: low * MB, high: high * MB };
}

/** A part from megabyte figures. */
export function part(
  key: string,
  label: string,
  sizeMb: [number, number, number],
  ratio: number,
  path?: string,
  group?: string,
): Part {
  return {
    key,
    label,
    bytes: sizeMb[0] * MB,
    low: sizeMb[1] * MB,
    high: sizeMb[2] * MB,
    ratio,
    path,
    alt: undefined,
    group,
  };
}

/**
 * A part from byte figures. Every part is built by this, {@link part} or {@link copyOf}, so all
 * parts share one shape and the loops that read them stay monomorphic.
 */
export function bytesPart(
  key: string,
  label: string,
  bytes: number,
  low: number,
  high: number,
  ratio: number,
  path: string | undefined,
): Part {
  return { key, label, bytes, low, high, ratio, path, alt: undefined, group: undefined };
}

/** The same figures under another key, label and path (no spread: keeps parts one shape). */
export function copyOf(p: Part, key: string, label: string, path: string | undefined): Part {
  return {
    key,
    label,
    bytes: p.bytes,
    low: p.low,
    high: p.high,
    ratio: p.ratio,
    path,
    alt: undefined,
    group: undefined,
  };
}

/** The zero guess. */
export function zero(): Guess {
  return { bytes: 0, low: 0, high: 0 };
}

/** The sum of guesses: points, lows and highs added separately. */
export function sumGuesses(guesses: readonly Guess[]): Guess {
  const total = zero();
  for (const g of guesses) {
    total.bytes += g.bytes;
    total.low += g.low;
    total.high += g.high;
  }
  return total;
}

/** Multiplies a guess by a factor range: point × `f`, low × `fLow`, high × `fHigh`. */
export function scale(g: Guess, f: number, fLow = f, fHigh = f): Guess {
  return { bytes: g.bytes * f, low: g.low * fLow, high: g.high * fHigh };
}

/** Rounds to whole bytes and keeps low ≤ bytes ≤ high, all ≥ 0 (never a negative layer). */
export function tidy(g: Guess): Guess {
  const bytes = Math.max(0, Math.round(finite(g.bytes)));
  const low = Math.min(bytes, Math.max(0, Math.round(finite(g.low))));
  const high = Math.max(bytes, Math.round(finite(g.high)));
  return { bytes, low, high };
}

/** `tidy(g).bytes` without the object. */
export function tidyPoint(bytes: number): number {
  return Math.max(0, Math.round(finite(bytes)));
}

/** `tidy(g).low` for a point already tidied. */
export function tidyLow(low: number, point: number): number {
  return Math.min(point, Math.max(0, Math.round(finite(low))));
}

/** `tidy(g).high` for a point already tidied. */
export function tidyHigh(high: number, point: number): number {
  return Math.max(point, Math.round(finite(high)));
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0;
}
