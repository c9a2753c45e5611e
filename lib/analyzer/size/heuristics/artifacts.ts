/**
 * Well-known artifacts a RUN downloads, with what they take once unpacked (uncompressed MB:
 * point, low, high). Figures are the image layer that holds the artifact, published as
 * compressed bytes in docker-library/repo-info (image-sizes.md §1a), times the measured
 * uncompressed ÷ compressed ratio for runtimes (2.93, band 2.4–3.6, node:24-alpine) or Go
 * binaries (2.8); .NET figures are on-disk sizes a buildpack maintainer published.
 */

/** One artifact recognised by its download URL or file name. */
export interface Artifact {
  /** e.g. "Go toolchain" */
  name: string;
  /** matched against the URL (or the RUN text when the URL is a variable) */
  pattern: RegExp;
  /** unpacked, uncompressed MB: point, low, high */
  installedMb: [number, number, number];
  /** uncompressed ÷ compressed of the unpacked files */
  ratio: number;
  source: string;
}

const RUNTIME_RATIO = 2.93;
const GO_BINARY_RATIO = 2.8;

/** compressed layer MB `[low, high]` × the runtime band → installed `[point, low, high]` */
function fromLayers(low: number, high: number, ratio = RUNTIME_RATIO): [number, number, number] {
  return [((low + high) / 2) * ratio, low * 2.4, high * 3.6];
}

/** Known artifacts, most specific first. */
export const ARTIFACTS: readonly Artifact[] = [
  {
    name: 'Go toolchain',
    pattern: /dl\.google\.com\/go\/|golang\.org\/dl|\/go\$?\{?GOLANG_VERSION|go[\d.]+\.linux-/,
    installedMb: fromLayers(67.3, 71.1),
    ratio: RUNTIME_RATIO,
    source: 'golang:latest / golang:alpine toolchain layers, 67.3 / 71.1 MB compressed (repo-info)',
  },
  {
    name: 'Node.js',
    pattern: /nodejs\.org\/dist|unofficial-builds\.nodejs\.org|node-v[\d$]/,
    installedMb: fromLayers(50.5, 59.1),
    ratio: RUNTIME_RATIO,
    source: 'node:24 / 24-slim / 24-alpine node layers, 50.5–59.1 MB compressed (repo-info)',
  },
  {
    name: 'Yarn 1',
    pattern: /yarnpkg\.com\/downloads|yarn-v[\d$]/,
    installedMb: fromLayers(1.25, 1.71),
    ratio: RUNTIME_RATIO,
    source: 'node image yarn layers, 1.25–1.71 MB compressed (repo-info)',
  },
  {
    name: 'Temurin JDK',
    pattern: /OpenJDK\d+U?-jdk|jdk_x64|temurin\d*-binaries.*jdk_/i,
    installedMb: [158.1 * 3.14, 94.7 * 2.8, 158.1 * 3.6],
    ratio: 3.14,
    source:
      'eclipse-temurin:21-jdk JDK layer 158.1 MB, maven JDK 26 layer 94.7 MB compressed (repo-info) × the JVM ratio 3.14 (distroless java25)',
  },
  {
    name: 'Temurin JRE',
    pattern: /OpenJDK\d+U?-jre|jre_x64|temurin|adoptium/i,
    installedMb: [53.2 * 3.14, 53.1 * 2.8, 53.3 * 3.6],
    ratio: 3.14,
    source:
      'eclipse-temurin:21-jre(-alpine) JRE layers, 53.1–53.3 MB compressed (repo-info) × 3.14',
  },
  {
    name: '.NET SDK',
    pattern: /dotnet-sdk-|\/Sdk\/|DOTNET_SDK_VERSION/,
    installedMb: [650, 450, 900],
    ratio: RUNTIME_RATIO,
    source:
      '"the .NET SDK currently takes up well over 600MB" (github.com/heroku/buildpacks-dotnet/pull/31)',
  },
  {
    name: 'ASP.NET Core runtime',
    pattern: /aspnetcore-runtime-/,
    installedMb: [25, 15, 40],
    ratio: RUNTIME_RATIO,
    source: 'ASP.NET Core runtime "~25MB" (github.com/heroku/buildpacks-dotnet/pull/31)',
  },
  {
    name: '.NET runtime',
    pattern: /dotnet-runtime-/,
    installedMb: [75, 55, 100],
    ratio: RUNTIME_RATIO,
    source: '.NET runtime "~80MB" (github.com/heroku/buildpacks-dotnet/pull/31)',
  },
  {
    name: 'Maven',
    pattern: /apache-maven-|\/maven-3\//,
    installedMb: [10.3, 9, 14],
    ratio: 1.1,
    source: 'maven:latest maven layer, 9.36 MB compressed (repo-info); jars barely compress (1.1×)',
  },
  {
    name: 'Traefik binary',
    pattern: /traefik_v?[\d$]|traefik\/releases/,
    installedMb: [50.9 * GO_BINARY_RATIO, 50.9 * 2.3, 50.9 * 3.4],
    ratio: GO_BINARY_RATIO,
    source: 'traefik:latest binary layer, 50.9 MB compressed (repo-info) × the Go binary ratio',
  },
  {
    name: 'Caddy binary',
    pattern: /caddy_[\d$]|caddyserver\/caddy\/releases/,
    installedMb: [17.3 * GO_BINARY_RATIO, 17.3 * 2.3, 17.3 * 3.4],
    ratio: GO_BINARY_RATIO,
    source: 'caddy:latest binary layer, 17.3 MB compressed (repo-info) × the Go binary ratio',
  },
  {
    name: 'registry binary',
    pattern: /registry_[\d$]|distribution\/distribution\/releases/,
    installedMb: [16.0 * GO_BINARY_RATIO, 16.0 * 2.3, 16.0 * 3.4],
    ratio: GO_BINARY_RATIO,
    source: 'registry:latest binary layer, 16.0 MB compressed (repo-info) × the Go binary ratio',
  },
];

/**
 * Root filesystems added to `scratch`: the official base images' own published sizes (repo-info
 * `local/` uncompressed, `remote/` compressed; image-sizes.md §1a–1b).
 */
export const ROOT_FILESYSTEMS: readonly Artifact[] = [
  {
    name: 'Alpine minirootfs',
    pattern: /alpine-minirootfs/,
    installedMb: [8.42, 7.5, 9.5],
    ratio: 2.19,
    source: 'alpine 3.24.2: ~8.42 MB uncompressed (repo-info local/3.24.2.md)',
  },
  {
    name: 'BusyBox rootfs',
    pattern: /busybox/,
    installedMb: [2.23 * 2.19, 2.23 * 1.8, 2.23 * 3],
    ratio: 2.19,
    source: 'busybox:latest 2.23 MB compressed (repo-info remote/latest.md) × the alpine ratio',
  },
  {
    name: 'Debian rootfs',
    pattern: /rootfs\.tar/,
    installedMb: [100, 70, 130],
    ratio: 2.43,
    source: 'debian:trixie ~119.92 MB, trixie-slim ~78.64 MB uncompressed (repo-info local/)',
  },
];

/**
 * A Rust minimal toolchain as `rustup-init --profile minimal` installs it: 213.8 MB (glibc) and
 * 270.2 MB (musl) compressed layers in rust:latest and rust:alpine (repo-info), × the runtime band.
 */
export const RUST_TOOLCHAIN: Artifact = {
  name: 'Rust toolchain (rustup, minimal profile)',
  pattern: /rustup-init/,
  installedMb: fromLayers(213.8, 270.2),
  ratio: RUNTIME_RATIO,
  source: 'rust:latest / rust:alpine toolchain layers, 213.8 / 270.2 MB compressed (repo-info)',
};

/** The first artifact whose pattern `text` matches, or null. */
export function artifactIn(text: string): Artifact | null {
  for (const a of ARTIFACTS) if (a.pattern.test(text)) return a;
  return null;
}
