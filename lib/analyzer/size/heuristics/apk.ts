/** apk add on Alpine. */
import { part, type Part } from '../range';
import { operands, packageName, type Heuristic } from './context';

/** Installed sizes, uncompressed MB: [point, low, high]. Sources in image-sizes.md §3.3. */
const PACKAGES: ReadonlyMap<string, [number, number, number]> = new Map(
  Object.entries({
    // Homebrew/ci-orchestrator#467: add + del in separate RUNs kept ≈ 232 MiB; gcc + g++ + musl-dev
    // (php#213, python#524) and rust:alpine's `musl-dev gcc` layer (75.1 MB compressed) agree
    'build-base': [200, 150, 245],
    // 62 MB in the Alpine 3.3 era (php#213); modern gcc is larger (rust:alpine layer above)
    gcc: [150, 60, 230],
    'g++': [48, 40, 70], // python#524: 48 MB; php#213: 66 MB
    perl: [43, 30, 50], // php#213
    'musl-dev': [11, 5, 15], // php#213
    // "requires 30 MB" (mlocati/docker-php-extension-installer#611, pkgs.alpinelinux.org)
    'icu-data-full': [30, 28, 32],
  } satisfies Record<string, [number, number, number]>),
);

/** The compiler set shares gcc: never more than build-base. */
const TOOLCHAIN = new Set(['build-base', 'gcc', 'g++', 'musl-dev']);
const TOOLCHAIN_CAP = PACKAGES.get('build-base')!;

/** Fallback per package: Alpine packages are small (assumption, no figure in the reference). */
const DEFAULT_PKG: [number, number, number] = [2, 0.1, 20];

/** ≈ 200 MB installed (build-base) vs rust:alpine's 75.1 MB compressed gcc layer → 2.7×. */
export const APK_RATIO = 2.7;

const VALUE_FLAGS = new Set(['-t', '--virtual', '-X', '--repository', '--root', '-p']);

/** hadolint DL3019: without --no-cache the APKINDEX stays in /var/cache/apk (size: assumption) */
function apkIndex(): Part {
  return part(
    'apk:index',
    'apk index left in /var/cache/apk (use --no-cache)',
    [2.5, 1, 4],
    APK_RATIO,
    '/var/cache/apk',
  );
}

/** First letters of the names with a figure: other names skip both lookups (and their hashing). */
const FIGURE_FIRST = new Uint8Array(128);
for (const n of [...PACKAGES.keys(), ...TOOLCHAIN]) FIGURE_FIRST[n.charCodeAt(0)] = 1;

function mayHaveFigure(n: string): boolean {
  const c = n.charCodeAt(0);
  return c < 128 && FIGURE_FIRST[c] === 1;
}

/** Sizes `apk add` (packages, and the index unless --no-cache) and `apk update`. */
export const apk: Heuristic = (cmd) => {
  const w = cmd.words;
  if (w[0] !== 'apk') return null;
  const verb = w[1];
  if (verb === 'update') return [apkIndex()];
  if (verb !== 'add') return null;
  let virtual: string | undefined;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (x === '--virtual' || x === '-t') {
      virtual = w[i + 1];
      break;
    }
  }
  // one pass sorts the names into the shared toolchain, known and unknown packages
  const chain: string[] = [];
  const known: string[] = [];
  const unknown: string[] = [];
  const parts: Part[] = [];
  for (const word of operands(w, 2, VALUE_FLAGS)) {
    if (word.startsWith('$')) {
      parts.push(variablePackages(word, virtual));
      continue;
    }
    const n = packageName(word);
    if (!n) continue;
    if (!mayHaveFigure(n)) unknown.push(n);
    else if (TOOLCHAIN.has(n)) chain.push(n);
    else if (PACKAGES.has(n)) known.push(n);
    else unknown.push(n);
  }
  if (chain.length > 0) {
    let b = 0;
    let l = 0;
    let h = 0;
    for (const n of chain) {
      const [pb, pl, ph] = PACKAGES.get(n)!;
      b += pb;
      l = Math.max(l, pl);
      h += ph;
    }
    const sizeMb: [number, number, number] = [
      Math.min(b, TOOLCHAIN_CAP[0]),
      l,
      Math.min(h, TOOLCHAIN_CAP[2]),
    ];
    const label = `apk add ${chain.join(' ')}`;
    parts.push(
      part(`apk:pkg:${chain[0]}`, label, sizeMb, APK_RATIO, undefined, virtual ?? 'apk:toolchain'),
    );
  }
  for (const n of known) {
    parts.push(
      part(`apk:pkg:${n}`, `apk add ${n}`, PACKAGES.get(n)!, APK_RATIO, undefined, virtual),
    );
  }
  for (let i = 0; i < unknown.length; i++) {
    const n = unknown[i]!;
    const label =
      i === 0 ? `apk add ${unknown.join(' ')} (no published figure, ~2 MB per package)` : '';
    parts.push(part(`apk:pkg:${n}`, label, DEFAULT_PKG, APK_RATIO, undefined, virtual));
  }
  if (!w.includes('--no-cache')) parts.push(apkIndex());
  return parts;
};

/**
 * `apk add $runDeps`: a list computed while building (scanelf's run deps of a source build), so
 * anything from one small library to LLVM's (assumption; postgres:alpine keeps 115 MB compressed
 * of build output and run deps, image-sizes.md §1a).
 */
function variablePackages(word: string, virtual: string | undefined): Part {
  return part(
    `apk:pkg:${word}`,
    `apk add ${word} (packages named by a variable: size unknown)`,
    [5, 0.1, 250],
    APK_RATIO,
    undefined,
    virtual,
  );
}
