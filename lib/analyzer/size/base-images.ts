/**
 * Base-image table and tag resolution: `node:20-alpine` → node alpine family, an unknown tag of a
 * known image → that image's default family with a wider range, anything else → "unknown".
 */
import { BASE_IMAGE_FACTS, type BaseImageFact } from './base-facts';
import { MB, type Guess } from './range';

/** Uncompressed ÷ compressed, with the band used for the derived side's bounds. */
export interface Ratio {
  point: number;
  low: number;
  high: number;
  source: string;
}

/** Ratios from image-sizes.md §0, each measured on a pair of published figures. */
export const RATIOS = {
  alpine: {
    point: 2.19,
    low: 2.0,
    high: 2.4,
    source: 'alpine 3.24.2: 3.85 MB compressed (remote/latest.md) vs ~8.42 MB (local/3.24.2.md)',
  },
  debian: {
    point: 2.43,
    low: 2.2,
    high: 2.7,
    source: 'debian:trixie: 49.3 MB compressed vs ~119.92 MB (local/latest.md)',
  },
  debianSlim: {
    point: 2.64,
    low: 2.4,
    high: 2.9,
    source: 'debian:trixie-slim: 29.8 MB compressed vs ~78.64 MB (local/13-slim.md)',
  },
  // ubuntu has no published uncompressed figure here; it is a Debian-style rootfs
  ubuntu: {
    point: 2.43,
    low: 2.2,
    high: 2.8,
    source: 'assumed equal to debian:trixie (2.43×); no ubuntu uncompressed figure collected',
  },
  // the only measured pair for a language-runtime image; band = node apps 2.4–3.6× (§0)
  runtime: {
    point: 2.93,
    low: 2.4,
    high: 3.6,
    source:
      'node:24-alpine: 58.2 MB compressed vs ~170.75 MB (local/24-alpine.md); band 2.4–3.6× from §0',
  },
  jvm: {
    point: 3.14,
    low: 2.8,
    high: 3.6,
    source:
      'gcr.io/distroless/java25-debian13: 72.7 MB compressed vs 228.0 MB (bufbuild/plugins#2569)',
  },
  // distroless nodejs: 181 MB docker images (distroless#1548) vs ~55 MB compressed (playbook table)
  nodejs: {
    point: 3.29,
    low: 2.8,
    high: 3.6,
    source: 'distroless nodejs20: 181 MB (distroless#1548) vs ~55 MB compressed (secondary table)',
  },
  // no published pair for Windows layers: the Debian figure, with a wider band (assumption)
  windows: {
    point: 2.43,
    low: 2.0,
    high: 3.0,
    source:
      'assumption: no compressed figure for Windows images collected; debian ratio, wider band',
  },
} satisfies Record<string, Ratio>;

/** How a reference resolved, with both bases' figures. */
export interface BaseResolution {
  /** the reference, normalised: no registry prefix, digest or `library/` */
  image: string;
  /** e.g. "node alpine family"; null for an unknown image */
  family: string | null;
  known: boolean;
  /** the tag matched a published figure exactly */
  exact: boolean;
  source?: string;
  recordedAt?: string | null;
  uncompressed: Guess;
  compressed: Guess;
  /** how the figure was obtained, e.g. "312 MB compressed × 2.93" */
  note: string;
}

interface Family {
  /** canonical repository the family belongs to */
  repo: string;
  /** human name, e.g. "node alpine" */
  name: string;
  /** which tags belong; the first family of a repo whose test passes wins */
  tags: RegExp;
  /** published tags that describe this family exactly */
  exactTags: string[];
  fact: BaseImageFact;
  ratio: Ratio;
  /** relative half-width around a published figure (drift between rebuilds, approximations) */
  spread: number;
}

const VERSION = String.raw`(?:\d+(?:\.\d+)*|latest|lts|current|stable|mainline)`;
const DEBIAN_CODENAME = String.raw`(?:bookworm|bullseye|buster|trixie|forky|jammy|noble|focal)`;
/** plain version or codename tags: `24`, `1.23.4`, `lts`, `22-bookworm`, `bookworm` */
const PLAIN = new RegExp(String.raw`^(?:${VERSION}(?:-${DEBIAN_CODENAME})?|${DEBIAN_CODENAME})$`);

function fact(image: string, tag: string): BaseImageFact {
  const found = BASE_IMAGE_FACTS.find((f) => f.image === image && f.tag === tag);
  // a typo here is a programming error caught by the test that resolves every family
  if (!found) throw new Error(`no base-image fact for ${image}:${tag}`);
  return found;
}

const MEASURED = 0.05; // repo-info figures: rebuild drift and arm64 are within ±5% (§0, §5)
const APPROX = 0.25; // §2 recommendation: treat distroless/Chainguard figures as ±25% priors

function fam(
  repo: string,
  name: string,
  tags: RegExp,
  factRef: [string, string],
  ratio: Ratio,
  spread = MEASURED,
  exactTags: string[] = [factRef[1]],
): Family {
  // distroless `:nonroot` differs from `:latest` only by the default user
  const exact = repo.startsWith('distroless/') ? [...exactTags, 'nonroot'] : exactTags;
  return { repo, name, tags, exactTags: exact, fact: fact(...factRef), ratio, spread };
}

const ANY = /^.*$/;
const R = RATIOS;

/** Families per repository, most specific first; the last one is the repository's default. */
const FAMILIES: Family[] = [
  fam(
    'alpine',
    'alpine',
    /^(?:latest|edge|3(?:\.\d+)*)$/,
    ['alpine', 'latest'],
    R.alpine,
    MEASURED,
    ['latest', '3', '3.24', '3.24.2'],
  ),
  fam('busybox', 'busybox', ANY, ['busybox', 'latest'], R.alpine),
  fam(
    'debian',
    'debian bookworm slim',
    /^(?:bookworm|12)(?:\.\d+)?-slim/,
    ['debian', 'bookworm-slim'],
    R.debianSlim,
  ),
  fam('debian', 'debian slim', /slim/, ['debian', 'trixie-slim'], R.debianSlim, MEASURED, [
    'trixie-slim',
    '13-slim',
    'stable-slim',
  ]),
  fam('debian', 'debian', PLAIN, ['debian', 'latest'], R.debian, MEASURED, [
    'latest',
    'trixie',
    '13',
    'stable',
  ]),
  fam('ubuntu', 'ubuntu 24.04', /^(?:24\.04|noble)/, ['ubuntu', '24.04'], R.ubuntu, MEASURED, [
    '24.04',
    'noble',
  ]),
  fam(
    'ubuntu',
    'ubuntu',
    /^(?:\d+\.\d+|latest|rolling|devel|[a-z]+)$/,
    ['ubuntu', 'latest'],
    R.ubuntu,
  ),
  fam('node', 'node alpine', /alpine/, ['node', '24-alpine'], R.runtime),
  fam('node', 'node slim', /slim/, ['node', '24-slim'], R.runtime),
  fam('node', 'node', PLAIN, ['node', '24'], R.runtime, MEASURED, ['24', '24-bookworm']),
  fam('python', 'python alpine', /alpine/, ['python', 'alpine'], R.runtime),
  fam('python', 'python slim', /slim/, ['python', 'slim'], R.runtime),
  fam('python', 'python', PLAIN, ['python', 'latest'], R.runtime),
  fam('golang', 'golang alpine', /alpine/, ['golang', 'alpine'], R.runtime),
  fam('golang', 'golang', PLAIN, ['golang', 'latest'], R.runtime),
  fam('rust', 'rust alpine', /alpine/, ['rust', 'alpine'], R.runtime),
  fam('rust', 'rust slim', /slim/, ['rust', 'slim'], R.runtime),
  fam('rust', 'rust', PLAIN, ['rust', 'latest'], R.runtime),
  fam('nginx', 'nginx alpine-slim', /alpine-slim/, ['nginx', 'alpine-slim'], R.alpine),
  fam('nginx', 'nginx alpine', /alpine/, ['nginx', 'alpine'], R.alpine),
  fam('nginx', 'nginx', PLAIN, ['nginx', 'latest'], R.debianSlim),
  fam(
    'eclipse-temurin',
    'eclipse-temurin JDK 26',
    /^26(?:-jdk)?(?:-\w+)?$/,
    ['eclipse-temurin', '26-jdk'],
    R.jvm,
    MEASURED,
    ['26-jdk', '26'],
  ),
  fam(
    'eclipse-temurin',
    'eclipse-temurin JRE alpine',
    /jre.*alpine|alpine.*jre/,
    ['eclipse-temurin', '21-jre-alpine'],
    R.jvm,
  ),
  fam('eclipse-temurin', 'eclipse-temurin JRE', /jre/, ['eclipse-temurin', '21-jre'], R.jvm),
  // no JDK-on-alpine figure: the ubuntu JDK with the approximate spread
  fam(
    'eclipse-temurin',
    'eclipse-temurin JDK alpine',
    /alpine/,
    ['eclipse-temurin', '21-jdk'],
    R.jvm,
    APPROX,
    [],
  ),
  fam(
    'eclipse-temurin',
    'eclipse-temurin JDK',
    /^(?:\d+(?:\.\d+)*(?:_\d+)?(?:-jdk)?(?:-\w+)?|latest|jdk)$/,
    ['eclipse-temurin', '21-jdk'],
    R.jvm,
    MEASURED,
    ['21-jdk', '21', '21-jdk-noble'],
  ),
  // `maven:3.9-eclipse-temurin-21` and friends: one published figure (JDK 26 on ubuntu 24.04)
  fam('maven', 'maven', /^(?:latest|\d[\w.-]*)$/, ['maven', 'latest'], R.jvm),
  fam('redis', 'redis alpine', /alpine/, ['redis', 'alpine'], R.runtime),
  fam('postgres', 'postgres alpine', /alpine/, ['postgres', 'alpine'], R.runtime),
  fam('caddy', 'caddy', /^(?:latest|alpine|\d[\w.-]*)$/, ['caddy', 'latest'], R.alpine),
  fam('traefik', 'traefik', /^(?:latest|v?\d[\w.-]*|[a-z]+)$/, ['traefik', 'latest'], R.alpine),
  fam('registry', 'registry', /^(?:latest|\d[\w.-]*)$/, ['registry', 'latest'], R.alpine),
  fam('buildpack-deps', 'buildpack-deps scm', /scm/, ['buildpack-deps', 'trixie-scm'], R.debian),
  fam(
    'buildpack-deps',
    'buildpack-deps bookworm',
    /^(?:bookworm|12)$/,
    ['buildpack-deps', 'bookworm'],
    R.debian,
  ),
  fam('buildpack-deps', 'buildpack-deps', PLAIN, ['buildpack-deps', 'trixie'], R.debian, MEASURED, [
    'trixie',
    'latest',
    '13',
  ]),
  ...dotnetFamilies(),
  fam(
    'windows/nanoserver',
    'Windows Nano Server',
    ANY,
    ['mcr.microsoft.com/windows/nanoserver', 'ltsc2022'],
    R.windows,
    0.1,
  ),
  fam(
    'windows/servercore',
    'Windows Server Core',
    ANY,
    ['mcr.microsoft.com/windows/servercore', 'ltsc2022'],
    R.windows,
    0.1,
  ),
  fam(
    'distroless/static',
    'distroless static',
    ANY,
    ['gcr.io/distroless/static-debian12', 'latest'],
    R.alpine,
    APPROX,
  ),
  fam(
    'distroless/base',
    'distroless base',
    ANY,
    ['gcr.io/distroless/base-debian12', 'latest'],
    R.debianSlim,
    APPROX,
  ),
  fam(
    'distroless/java',
    'distroless java25',
    /^java25/,
    ['gcr.io/distroless/java25-debian13', 'latest'],
    R.jvm,
    0.1,
  ),
  fam(
    'distroless/java',
    'distroless java (11/17)',
    /^java(?:11|17)?-/,
    ['gcr.io/distroless/java-debian10', '11'],
    R.jvm,
    APPROX,
  ),
  fam(
    'distroless/java',
    'distroless java',
    ANY,
    ['gcr.io/distroless/java21-debian12', 'latest'],
    R.jvm,
    APPROX,
  ),
  fam(
    'distroless/nodejs',
    'distroless nodejs',
    ANY,
    ['gcr.io/distroless/nodejs20-debian12', 'latest'],
    R.nodejs,
    0.1,
  ),
  fam(
    'distroless/python',
    'distroless python3',
    ANY,
    ['gcr.io/distroless/python3-debian12', 'latest'],
    R.runtime,
    APPROX,
  ),
  fam(
    'chainguard/static',
    'chainguard static',
    ANY,
    ['cgr.dev/chainguard/static', 'latest'],
    R.alpine,
    APPROX,
  ),
];

/**
 * The .NET images (`mcr.microsoft.com/dotnet/{runtime-deps,runtime,aspnet,sdk}`, and the older
 * `dotnet/core/…` names): one Alpine and one Debian figure each, from Microsoft's 3.0-era
 * image-size baseline, ±25% for the versions since.
 */
function dotnetFamilies(): Family[] {
  const out: Family[] = [];
  for (const kind of ['runtime-deps', 'runtime', 'aspnet', 'sdk']) {
    const image = `mcr.microsoft.com/dotnet/${kind}`;
    out.push(
      fam(`dotnet/${kind}`, `.NET ${kind} alpine`, /alpine/, [image, 'alpine'], R.runtime, APPROX, [
        '3.0-alpine3.9',
      ]),
      fam(`dotnet/${kind}`, `.NET ${kind}`, ANY, [image, 'debian'], R.runtime, APPROX, [
        '3.0-buster-slim',
        '3.0-buster',
      ]),
    );
  }
  return out;
}

const DISTROLESS = /^(?:gcr\.io|ghcr\.io)\/distroless\/([a-z]+?)(\d*)(?:-debian\d+)?$/;

/** `mcr.microsoft.com/dotnet/aspnet`, `…/dotnet/core/runtime`, `…/windows/servercore` */
const MICROSOFT =
  /^mcr\.microsoft\.com\/(dotnet|windows)\/(?:core\/)?(runtime-deps|runtime|aspnet|sdk|nanoserver|servercore)$/;

const DOCKER_HUB = ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/'];

/** Splits `registry/ns/name:tag@digest` and drops Docker Hub's implicit prefixes. */
export function normalizeImageRef(ref: string): {
  repo: string;
  tag: string;
  digest: string | null;
  tagged: boolean;
} {
  let rest = ref.trim().toLowerCase();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag = 'latest';
  const tagged = colon > slash;
  if (tagged) {
    tag = rest.slice(colon + 1) || 'latest';
    rest = rest.slice(0, colon);
  }
  for (const hub of DOCKER_HUB) {
    if (rest.startsWith(hub)) {
      rest = rest.slice(hub.length);
      break;
    }
  }
  if (rest.startsWith('library/')) rest = rest.slice(8);
  return { repo: rest, tag, digest, tagged };
}

function repoKey(repo: string): { key: string; variant: string } {
  const d = DISTROLESS.exec(repo);
  if (d) {
    const kind = d[1] === 'base' || d[1] === 'cc' ? 'base' : d[1]!;
    // the variant carries the version digits (java21, nodejs22) so families can match on it
    return { key: `distroless/${kind}`, variant: `${d[1]}${d[2]}-` };
  }
  if (repo === 'cgr.dev/chainguard/static') return { key: 'chainguard/static', variant: '' };
  const microsoft = MICROSOFT.exec(repo);
  if (microsoft) return { key: `${microsoft[1]}/${microsoft[2]}`, variant: '' };
  return { key: repo, variant: '' };
}

function fromFact(
  f: BaseImageFact,
  ratio: Ratio,
  spread: number,
): { u: Guess; c: Guess; note: string } {
  const band = (x: number): Guess => ({ bytes: x, low: x * (1 - spread), high: x * (1 + spread) });
  if (f.compressed !== null && f.uncompressed !== null) {
    return {
      u: band(f.uncompressed),
      c: band(f.compressed),
      note: 'published compressed and uncompressed',
    };
  }
  if (f.compressed !== null) {
    const c = band(f.compressed);
    const u = { bytes: c.bytes * ratio.point, low: c.low * ratio.low, high: c.high * ratio.high };
    return { u, c, note: `${fmt(f.compressed)} compressed × ${ratio.point}` };
  }
  const u = band(f.uncompressed ?? 0);
  const c = { bytes: u.bytes / ratio.point, low: u.low / ratio.high, high: u.high / ratio.low };
  return {
    u,
    c,
    note: `${fmt(f.uncompressed ?? 0)} uncompressed ÷ ${ratio.point}`,
  };
}

function fmt(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

function widen(g: Guess, lowF: number, highF: number): Guess {
  return { bytes: g.bytes, low: g.low * lowF, high: g.high * highF };
}

/** An unknown image: anything from a static binary's base to a CUDA image. */
export const UNKNOWN_IMAGE = {
  uncompressed: { bytes: 100 * MB, low: 1 * MB, high: 2000 * MB },
  compressed: { bytes: 40 * MB, low: 0.5 * MB, high: 800 * MB },
};

/**
 * Resolves an image reference (as FROM names it, ARGs expanded) to sizes on both bases.
 * `platform` other than linux/amd64 widens the range by ±5% (figures are amd64; §0).
 */
export function resolveBaseImage(ref: string, platform?: string | null): BaseResolution {
  const { repo, tag, tagged } = normalizeImageRef(ref);
  const image = tagged ? `${repo}:${tag}` : repo;
  if (repo === 'scratch') {
    const z = { bytes: 0, low: 0, high: 0 };
    return {
      image: 'scratch',
      family: 'scratch',
      known: true,
      exact: true,
      source: fact('scratch', '').source,
      recordedAt: null,
      uncompressed: z,
      compressed: { ...z },
      note: 'FROM scratch adds no layer',
    };
  }
  const unknown = (why: string): BaseResolution => ({
    image: repo ? image : ref,
    family: null,
    known: false,
    exact: false,
    uncompressed: { ...UNKNOWN_IMAGE.uncompressed },
    compressed: { ...UNKNOWN_IMAGE.compressed },
    note: why,
  });
  if (!repo || repo.includes('$')) return unknown('unexpanded variable in the image name');
  const { key, variant } = repoKey(repo);
  const families = BY_REPO.get(key);
  if (families === undefined) return unknown('no published size for this image');
  const probe = variant + tag;
  const matched = families.find((f) => f.tags.test(probe));
  const chosen = matched ?? families[families.length - 1]!;
  const { u, c, note } = FIGURES.get(chosen)!;
  const exact =
    matched !== undefined &&
    chosen.exactTags.includes(tag) &&
    (variant === '' || repo === chosen.fact.image);
  let uncompressed = u;
  let compressed = c;
  let how = note;
  if (!matched) {
    // unknown tag: could be any variant of the image, from its smallest to well past the default
    const smallest = SMALLEST_LOW.get(key)!;
    // 0.8: the smallest variant may itself be an older, smaller version
    const factor = (smallest / u.low) * 0.8;
    uncompressed = widen(u, Math.min(0.5, factor), 2);
    compressed = widen(c, Math.min(0.5, factor), 2);
    how = `unknown tag "${tag}": ${chosen.fact.image}:${chosen.fact.tag} figure, range widened; ${note}`;
  } else if (!exact) {
    // same family, other version: major-version bumps move sizes by up to ~20% (§5)
    uncompressed = widen(u, 0.8, 1.2);
    compressed = widen(c, 0.8, 1.2);
    how = `figure for ${chosen.fact.image}:${chosen.fact.tag} ±20% for version drift; ${note}`;
  }
  if (platform && !/amd64|\$/.test(platform)) {
    uncompressed = widen(uncompressed, 0.95, 1.05);
    compressed = widen(compressed, 0.95, 1.05);
    how += `; ${platform}: ±5% vs amd64`;
  }
  return {
    image,
    family: `${chosen.name} family`,
    known: true,
    exact,
    source: chosen.fact.source,
    recordedAt: chosen.fact.recordedAt,
    uncompressed,
    compressed,
    note: how,
  };
}

/** Families by repository key, in table order (static: built once from the table). */
const BY_REPO = new Map<string, Family[]>();
/** Each family's figures from its fact, frozen: resolutions share them. */
const FIGURES = new Map<Family, { u: Guess; c: Guess; note: string }>();
for (const f of FAMILIES) {
  const list = BY_REPO.get(f.repo);
  if (list) list.push(f);
  else BY_REPO.set(f.repo, [f]);
  const figures = fromFact(f.fact, f.ratio, f.spread);
  Object.freeze(figures.u);
  Object.freeze(figures.c);
  FIGURES.set(f, Object.freeze(figures));
}

/** Per repository key, the lowest uncompressed bound of any of its families (static). */
const SMALLEST_LOW = new Map<string, number>();
for (const [repo, families] of BY_REPO) {
  SMALLEST_LOW.set(repo, Math.min(...families.map((f) => FIGURES.get(f)!.u.low)));
}

/** Every family, for tests and the calibration report. */
export function listFamilies(): { repo: string; name: string; image: string; tag: string }[] {
  return FAMILIES.map((f) => ({
    repo: f.repo,
    name: f.name,
    image: f.fact.image,
    tag: f.fact.tag,
  }));
}
