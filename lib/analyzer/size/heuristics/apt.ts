/** apt-get / apt install and update on Debian and Ubuntu. */
import { KIB, MB, part, type Part } from '../range';
import { operands, packageName, type Heuristic } from './context';

/**
 * Installed size (dpkg Installed-Size, uncompressed) measured with `apt-get install -s
 * --no-install-recommends` on a minimal Debian 12 package set (image-sizes.md §3.3).
 */
const PACKAGES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    'build-essential': 273_402 * KIB,
    'g++': 261_330 * KIB, // measured as `g++ make`
    gcc: 204_117 * KIB, // measured as `gcc libc6-dev`
    'libc6-dev': 204_117 * KIB,
    make: 261_330 * KIB - 204_117 * KIB, // what `g++ make` adds over `gcc libc6-dev`, an upper bound
    git: 58_686 * KIB,
    curl: 11_703 * KIB,
    python3: 32_146 * KIB,
  } satisfies Record<string, number>),
);

/** The C toolchain packages pull the same compiler in: the set costs its largest member. */
export const TOOLCHAIN: ReadonlySet<string> = new Set([
  'build-essential',
  'g++',
  'gcc',
  'libc6-dev',
  'make',
]);

/** Group name of the shared C toolchain, removed by purging any of its members. */
export const APT_TOOLCHAIN = 'apt:toolchain';

/** Fallback per package: most runtime libraries are a few MB, -dev/tool packages tens (assumption). */
const DEFAULT_PKG: [number, number, number] = [5, 0.3, 40];

/**
 * apt layers compress like the gcc layer of golang:latest: 102.3 MB compressed (repo-info) for
 * ≈ 268 MB installed (`g++ make` above) → 2.6×.
 */
export const APT_RATIO = 2.6;

const VALUE_FLAGS = new Set(['-o', '-t', '--target-release', '-c']);

type Mb = [number, number, number];

/** `m` with apt's recommended extras when they are installed: +30%, up to 2× (hadolint DL3015). */
function adjust(m: Mb, recommends: boolean): Mb {
  return recommends ? [m[0] * 1.3, m[1], m[2] * 2] : m;
}

/*
 * Plain loops and push only: apt runs once or twice per file, so it is optimised late, and
 * Array.prototype.map/filter results change hidden class once optimised (a deopt, then a second
 * compile).
 */

/** Sizes `apt-get update` (package lists) and `apt-get install` (packages). */
export const apt: Heuristic = (cmd) => {
  const w = cmd.words;
  const prog = w[0];
  const verb = w[1];
  if (prog !== 'apt-get' && prog !== 'apt' && prog !== 'aptitude') return null;
  if (verb === 'update') {
    // btidor/syntax README: lists left in a layer cost +44 MB on Ubuntu (27 MB on the wire)
    const lists: Mb = [30, 15, 50];
    return [
      part(
        'apt:lists',
        'apt lists left in /var/lib/apt/lists',
        lists,
        APT_RATIO,
        '/var/lib/apt/lists',
      ),
    ];
  }
  if (verb !== 'install') return null;
  const names: string[] = [];
  for (const word of operands(w, 2, VALUE_FLAGS)) {
    const n = packageName(word);
    if (n) names.push(n);
  }
  // without --no-install-recommends apt adds recommended extras (hadolint DL3015): +30%, up to 2×
  let recommends = true;
  for (let i = 0; i < w.length; i++) {
    if (w[i] === '--no-install-recommends') {
      recommends = false;
      break;
    }
  }
  const suffix = recommends ? ' (with recommends)' : '';
  const known: Part[] = [];
  const chain: string[] = [];
  let chainBytes = 0;
  const unknown: string[] = [];
  for (const name of names) {
    const figure = PACKAGES.get(name);
    if (figure === undefined) unknown.push(name);
    else if (TOOLCHAIN.has(name)) {
      chain.push(name);
      chainBytes = Math.max(chainBytes, figure);
    } else {
      const k = figure / MB;
      known.push(
        part(
          `apt:pkg:${name}`,
          `apt-get install ${name}${suffix}`,
          adjust([k, k * 0.75, k * 1.1], recommends),
          APT_RATIO,
        ),
      );
    }
  }
  // the toolchain first, then the known packages, then the unknown ones
  const parts: Part[] = [];
  if (chain.length > 0) {
    const t = chainBytes / MB;
    parts.push(
      part(
        `apt:pkg:${chain[0]}`,
        `apt-get install ${chain.join(' ')}${suffix}`,
        adjust([t, t * 0.75, t * 1.1], recommends),
        APT_RATIO,
        undefined,
        APT_TOOLCHAIN,
      ),
    );
  }
  for (const p of known) parts.push(p);
  // one part per unknown package keeps `apt-get purge <name>` exact; an empty label folds it
  // into the first one's reason
  for (let i = 0; i < unknown.length; i++) {
    const label =
      i === 0
        ? `apt-get install ${unknown.join(' ')} (no published figure, ~5 MB per package)${suffix}`
        : '';
    parts.push(part(`apt:pkg:${unknown[i]!}`, label, adjust(DEFAULT_PKG, recommends), APT_RATIO));
  }
  return parts;
};
