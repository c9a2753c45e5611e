/**
 * Base-image facts, transcribed from the project's image-size research notes, which are not in
 * this repo; each entry's `source` names the public page it came from (linux/amd64; arm64 is
 * within ±5%). Bytes are as published: repo-info
 * `remote/` "Total Size" is compressed, `local/` "Virtual Size" is uncompressed.
 * Where only one side is known the other comes from a documented ratio (RATIOS in base-images.ts).
 */

/** One published figure for one image:tag. */
export interface BaseImageFact {
  /** canonical repository, e.g. `node`, `gcr.io/distroless/static-debian12` */
  image: string;
  /** '' for scratch */
  tag: string;
  compressed: number | null;
  uncompressed: number | null;
  source: string;
  recordedAt: string | null;
  note: string;
}

export const BASE_IMAGE_FACTS: readonly BaseImageFact[] = [
  {
    image: 'alpine',
    tag: 'latest',
    compressed: 3849738,
    uncompressed: 8420000,
    source:
      'https://github.com/docker-library/repo-info @ 1746b58749182f00f5d2c26a53fff697cfce2c81 : repos/alpine/remote/latest.md (amd64 "Total Size", sum of compressed layer blobs); uncompressed ~8.42 Mb from https://github.com/docker-library/repo-info @ 7859ce442d87572265f77dfce85c80f8d40ff85b : repos/alpine/local/3.24.2.md ("Virtual Size", recorded 2026-09-17; repo-info prints "~ X Mb", converted here as X*10^6 bytes, approximate; may be a later rebuild of the same tag)',
    recordedAt: '2026-09-17',
    note: 'alpine 3.24.2 single layer',
  },
  {
    image: 'busybox',
    tag: 'latest',
    compressed: 2226327,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 01a7054230d50b3dccaf8d579f161c522be8c9f0 : repos/busybox/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-05-22',
    note: 'BusyBox 1.38.0 glibc (Debian 13 build)',
  },
  {
    image: 'debian',
    tag: 'latest',
    compressed: 49312314,
    uncompressed: 119920000,
    source:
      'https://github.com/docker-library/repo-info @ 05f354f0a08a211fdfed2f21845d1fccd389921d : repos/debian/remote/latest.md (amd64 "Total Size", sum of compressed layer blobs); uncompressed ~119.92 Mb from https://github.com/docker-library/repo-info @ 029a6a7362cedcc060abd73f6f43fda5c5728880 : repos/debian/local/latest.md ("Virtual Size", recorded 2026-08-24; repo-info prints "~ X Mb", converted here as X*10^6 bytes, approximate; may be a later rebuild of the same tag)',
    recordedAt: '2026-08-04',
    note: 'trixie 20260803, single layer',
  },
  {
    image: 'debian',
    tag: 'trixie-slim',
    compressed: 29780765,
    uncompressed: 78640000,
    source:
      'https://github.com/docker-library/repo-info @ 05f354f0a08a211fdfed2f21845d1fccd389921d : repos/debian/remote/trixie-slim.md (amd64 "Total Size", sum of compressed layer blobs); uncompressed ~78.64 Mb from https://github.com/docker-library/repo-info @ 029a6a7362cedcc060abd73f6f43fda5c5728880 : repos/debian/local/13-slim.md ("Virtual Size", recorded 2026-08-24; repo-info prints "~ X Mb", converted here as X*10^6 bytes, approximate; may be a later rebuild of the same tag)',
    recordedAt: '2026-08-04',
    note: 'trixie 20260803 slim single layer',
  },
  {
    image: 'debian',
    tag: 'bookworm-slim',
    compressed: 28232590,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 05f354f0a08a211fdfed2f21845d1fccd389921d : repos/debian/remote/bookworm-slim.md (amd64 Total Size)',
    recordedAt: '2026-08-04',
    note: 'bookworm 20260803 slim single layer',
  },
  {
    image: 'ubuntu',
    tag: 'latest',
    compressed: 41568664,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 01470af91233e78aee4c06b90ded37a40ddcfaa3 : repos/ubuntu/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-07-28',
    note: 'ubuntu 26.04 (rockcraft build), 2 layers (41568275 + 389 B)',
  },
  {
    image: 'ubuntu',
    tag: '24.04',
    compressed: 29764116,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 1c2b9d920fdd20f9cb58fbd6cd771fe434b465d6 : repos/ubuntu/remote/24.04.md (amd64 Total Size)',
    recordedAt: '2026-09-11',
    note: 'noble, single layer',
  },
  {
    image: 'node',
    tag: '24',
    compressed: 408949206,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 2534b852156946f241e96816c7024ef2bb5543fd : repos/node/remote/24.md (amd64 Total Size)',
    recordedAt: '2026-08-03',
    note: 'node 24.19.0 on buildpack-deps:bookworm; layers: debian 48497403, curl/gnupg 24044100, scm(git etc) 64408455, build-deps(gcc,dev libs) 211626576, user 3327, node 59118223, yarn 1250674, entrypoint 448',
  },
  {
    image: 'node',
    tag: '24-slim',
    compressed: 80451137,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 2534b852156946f241e96816c7024ef2bb5543fd : repos/node/remote/24-slim.md (amd64 Total Size)',
    recordedAt: '2026-08-03',
    note: 'node 24.19.0 bookworm-slim; layers: debian-slim 28232643, user 3310, node 50502129, yarn 1712607, entrypoint 448',
  },
  {
    image: 'node',
    tag: '24-alpine',
    compressed: 58204379,
    uncompressed: 170750000,
    source:
      'https://github.com/docker-library/repo-info @ 2534b852156946f241e96816c7024ef2bb5543fd : repos/node/remote/24-alpine.md (amd64 "Total Size", sum of compressed layer blobs); uncompressed ~170.75 Mb from https://github.com/docker-library/repo-info @ 680e90cf33798bbbf2010b0100255d091c02fcc0 : repos/node/local/24-alpine.md ("Virtual Size", recorded 2026-09-17; repo-info prints "~ X Mb", converted here as X*10^6 bytes, approximate; may be a later rebuild of the same tag)',
    recordedAt: '2026-08-03',
    note: 'node 24.19.0 alpine 3.24.1; layers: alpine 3846391, node(+libstdc++) 53095433, yarn 1262109, entrypoint 446',
  },
  {
    image: 'node',
    tag: '22-alpine',
    compressed: 60697390,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 4211a1635d906d705a873434b7336b27c7678802 : repos/node/remote/22-alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-23',
    note: 'node 22.23.3 alpine 3.24.2; layers alpine 3849738, node 55585204, yarn 1262001, 447',
  },
  {
    image: 'python',
    tag: 'slim',
    compressed: 43437809,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 34fa04a4e3c62b28b3d13a50a409ef82d6c52f2f : repos/python/remote/slim.md (amd64 Total Size)',
    recordedAt: '2026-08-05',
    note: 'python 3.14.7 trixie-slim; layers debian-slim 29780765, ca-certs/tzdata 1293282, python 12363513, symlinks 249',
  },
  {
    image: 'python',
    tag: 'alpine',
    compressed: 17774999,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 27b273677675a1ecbe5671d65986aa5dfe618a4f : repos/python/remote/alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-17',
    note: 'python 3.14.7 alpine 3.24.2; layers alpine 3849738, ca/tz 416264, python 13508749, 248',
  },
  {
    image: 'python',
    tag: 'latest',
    compressed: 414967043,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0c376450b2d177f8478d9fd05ad2b9de6be78fd6 : repos/python/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-08-25',
    note: 'python 3.14.7 on buildpack-deps:trixie; layers debian 49337828, curl 25639590, scm 67800074, build-deps 236338551, tk/bluetooth 6092327, python 29758423, 250',
  },
  {
    image: 'golang',
    tag: 'alpine',
    compressed: 75169503,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 274d39a50141ecda8745a0ebaa20760259111041 : repos/golang/remote/alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-01',
    note: 'go 1.27.1 alpine 3.24.1; layers alpine 3846391, ca-certs 245069, go toolchain 71077884, 127, 32',
  },
  {
    image: 'golang',
    tag: 'latest',
    compressed: 312305560,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 01b535c016d07e973eeb58e43ad1e2552018a407 : repos/golang/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-07-14',
    note: 'go 1.26.5 on buildpack-deps:trixie-scm + gcc; layers debian 49312572, curl 25638468, scm 67792989, gcc/libc6-dev/make 102272980, go toolchain 67288392, 127, 32. NOTE stored version older than golang:alpine record (1.27.1)',
  },
  {
    image: 'nginx',
    tag: 'alpine',
    compressed: 26310566,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 073c780cc133d5ae32b07228be073797e67908f3 : repos/nginx/remote/alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-22',
    note: 'nginx 1.31.6 alpine 3.24.2 incl njs/xslt/geoip/image-filter/acme modules + curl; layers alpine 3849738, nginx 1931156, entrypoint scripts ~4.6KB, modules 20525064',
  },
  {
    image: 'nginx',
    tag: 'latest',
    compressed: 63110572,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 07d85259206eb942e61621c998f30ba8bd48adb7 : repos/nginx/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-07-15',
    note: 'nginx 1.31.3 trixie-slim; layers debian-slim 29780905, nginx+modules 33325076, 5 tiny script layers',
  },
  {
    image: 'nginx',
    tag: 'alpine-slim',
    compressed: 5741686,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 07d85259206eb942e61621c998f30ba8bd48adb7 : repos/nginx/remote/alpine-slim.md (amd64 Total Size)',
    recordedAt: '2026-07-15',
    note: 'nginx 1.31.3 alpine 3.24.1 (no extra modules); layers alpine 3846391, nginx 1890698, scripts ~4.6KB',
  },
  {
    image: 'eclipse-temurin',
    tag: '21-jre-alpine',
    compressed: 74081196,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 34e3234d30fbc5dde31ae9a288de69b15463c863 : repos/eclipse-temurin/remote/21-jre-alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-25',
    note: 'JRE 21.0.12.1 alpine 3.24.2; layers alpine 3849738, fonts/locales/tzdata/gnupg 16972202, JRE 53256665, 128, entrypoint 2463',
  },
  {
    image: 'eclipse-temurin',
    tag: '21-jre',
    compressed: 121136054,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 11bfd4f99b512979c1af2554b414258d8476f41f : repos/eclipse-temurin/remote/21-jre.md (amd64 Total Size)',
    recordedAt: '2026-09-09',
    note: 'JRE 21.0.12+8 on ubuntu 26.04; layers ubuntu 41602703+394, curl/wget/gnupg/fontconfig/locales 26432501, JRE(+CDS archive) 53097833, 159, 2464',
  },
  {
    image: 'eclipse-temurin',
    tag: '21-jdk',
    compressed: 230080573,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 11bfd4f99b512979c1af2554b414258d8476f41f : repos/eclipse-temurin/remote/21-jdk.md (amd64 Total Size)',
    recordedAt: '2026-09-09',
    note: 'JDK 21.0.12+8 on ubuntu 26.04; layers ubuntu 41602703+394, deps(+binutils) 30351262, JDK 158123592, 157, 2465',
  },
  {
    image: 'maven',
    tag: 'latest',
    compressed: 175755664,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0f6233cdc6cd10c71b8eaf63547850cbcff45ae8 : repos/maven/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-08-21',
    note: 'maven 3.x on eclipse-temurin JDK 26.0.2 / ubuntu 24.04; layers ubuntu 29752807, deps 17422489, JDK26 94695831, 32, 2464, curl/git/ssh 24521068, maven 9359967, 851, 155',
  },
  {
    image: 'rust',
    tag: 'slim',
    compressed: 323067864,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0702c84ff83ebb7ee5db046f306f4cbbc862eebf : repos/rust/remote/slim.md (amd64 Total Size)',
    recordedAt: '2026-08-05',
    note: 'rust 1.97.1 trixie-slim; layers debian-slim 29780765, gcc+libc6-dev+rustup minimal toolchain 293287099',
  },
  {
    image: 'rust',
    tag: 'alpine',
    compressed: 349115881,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0db03f6ce992b3d4c9d4cad41df56a2ffe4908dc : repos/rust/remote/alpine.md (amd64 Total Size)',
    recordedAt: '2026-08-20',
    note: 'rust 1.98.0 alpine 3.24.1; layers alpine 3846391, musl-dev+gcc 75079117, rust toolchain 270190373',
  },
  {
    image: 'rust',
    tag: 'latest',
    compressed: 592953245,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0586660a66b9371b7f2ee04942223534b0462178 : repos/rust/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-08-25',
    note: 'rust 1.98.0 on buildpack-deps:trixie; layers debian 49337828, curl 25639590, scm 67800074, build-deps 236338551, rust toolchain 213837202',
  },
  {
    image: 'redis',
    tag: 'alpine',
    compressed: 39102983,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0bdd94409df031423d112c6f22cab289fa8fc401 : repos/redis/remote/alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-21',
    note: 'redis 8.10.2 (with modules) alpine 3.23.6; layers alpine 3848507, user 948, tzdata/setpriv 201018, redis 35050273, small',
  },
  {
    image: 'caddy',
    tag: 'latest',
    compressed: 23907283,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 140d58041645e33e89eaf9642c32ff0d555b667d : repos/caddy/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-06-22',
    note: 'caddy v2.11.4 alpine 3.23.5; layers alpine 3844421, ca/curl/libcap/mailcap 2760570, config 7502, caddy Go binary 17294758, 32',
  },
  {
    image: 'traefik',
    tag: 'latest',
    compressed: 55209973,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 1fb527e2b7c8073b7e72168cf4f6bb8757b0e724 : repos/traefik/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-09-17',
    note: 'traefik v3.7.13 alpine 3.24.2; layers alpine 3849738, ca/tzdata 416269, traefik Go binary 50943596, entrypoint 370',
  },
  {
    image: 'registry',
    tag: 'latest',
    compressed: 20121269,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 38feaf4cf9478541ad98f122effdab781aedfaa3 : repos/registry/remote/latest.md (amd64 Total Size)',
    recordedAt: '2026-06-22',
    note: 'distribution registry 3.1.1 alpine 3.23.5; layers alpine 3844421, ca-certs 245051, registry Go binary 16031187, 397, 213',
  },
  {
    image: 'postgres',
    tag: 'alpine',
    compressed: 120037793,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 23406aef4379bd5dff53db7d1f8d16eb49114402 : repos/postgres/remote/alpine.md (amd64 Total Size)',
    recordedAt: '2026-09-17',
    note: 'postgres 18.6 alpine 3.24.2; layers alpine 3849738, user 968, gosu 901406, 116, postgres build+rundeps 115260137, small',
  },
  {
    image: 'scratch',
    tag: '',
    compressed: 0,
    uncompressed: 0,
    source:
      'https://docs.docker.com/build/building/base-images/ (reserved minimal scratch image) and https://github.com/moby/moby/pull/8827 (FROM scratch is a no-op: no base layer)',
    recordedAt: null,
    note: 'exact',
  },
  {
    image: 'gcr.io/distroless/java25-debian13',
    tag: 'latest',
    compressed: 72700000,
    uncompressed: 228000000,
    source:
      'https://github.com/bufbuild/plugins/pull/2569 (PR table: 72.7 MB compressed / 228.0 MB uncompressed)',
    recordedAt: '2026-06-25',
    note: 'third-party measurement, MB as printed',
  },
  {
    image: 'gcr.io/distroless/static-debian12',
    tag: 'latest',
    compressed: null,
    uncompressed: 2000000,
    source:
      'https://github.com/GoogleContainerTools/distroless/blob/main/README.md ("around 2 MiB")',
    recordedAt: null,
    note: 'approximate, README statement; compressed not given',
  },
  {
    image: 'gcr.io/distroless/nodejs20-debian12',
    tag: 'latest',
    compressed: null,
    uncompressed: 181000000,
    source: 'https://github.com/GoogleContainerTools/distroless/issues/1548 (docker images: 181MB)',
    recordedAt: '2024-03-19',
    note: 'uncompressed as shown by docker images',
  },
  // image-sizes.md §2: figures that are not in the JSON. Approximate and of uncertain kind, so
  // the families below give them ±25% or wider.
  {
    image: 'gcr.io/distroless/base-debian12',
    tag: 'latest',
    compressed: 20000000,
    uncompressed: null,
    source:
      'https://git.mytsl.cn/csh/playbook/src/commit/c1a4e4efda88990d438388a14660f577e11cb83f/antigravity-awesome-skills/skills/container-security-hardening/references/base-image-comparison.md (~20 MB, "compressed", approximate); also ~20 MB in https://goelacademy.com/blog/docker-image-optimization',
    recordedAt: '2025-07-01',
    note: 'secondary table, mid-2025; kind uncertain',
  },
  {
    image: 'gcr.io/distroless/python3-debian12',
    tag: 'latest',
    compressed: 50000000,
    uncompressed: null,
    source:
      'https://git.mytsl.cn/csh/playbook/src/commit/c1a4e4efda88990d438388a14660f577e11cb83f/antigravity-awesome-skills/skills/container-security-hardening/references/base-image-comparison.md (~50 MB, "compressed", approximate)',
    recordedAt: '2025-07-01',
    note: 'secondary table; the vendor table at https://www.cleanstart.com/knowledge-hub/image-size-comparison gives 52 MB, kind unspecified',
  },
  {
    image: 'gcr.io/distroless/java21-debian12',
    tag: 'latest',
    compressed: null,
    uncompressed: 220000000,
    source:
      'https://git.mytsl.cn/csh/playbook/src/commit/c1a4e4efda88990d438388a14660f577e11cb83f/antigravity-awesome-skills/skills/container-security-hardening/references/base-image-comparison.md (~220 MB; table says compressed, the magnitude matches uncompressed)',
    recordedAt: '2025-07-01',
    note: 'kind unclear; read as uncompressed',
  },
  {
    image: 'gcr.io/distroless/java-debian10',
    tag: '11',
    compressed: null,
    uncompressed: 200000000,
    source:
      'https://github.com/GoogleContainerTools/distroless/pull/769 (review thread: docker images 200 MB; Java 8 was 130 MB)',
    recordedAt: null,
    note: 'uncompressed, docker images',
  },
  {
    image: 'cgr.dev/chainguard/static',
    tag: 'latest',
    compressed: null,
    uncompressed: 2500000,
    source:
      'https://edu.chainguard.dev/chainguard/chainguard-images/videos/static-base-image ("roughly the same" as distroless static, ~2–3 MB)',
    recordedAt: null,
    note: 'uncompressed, approximate',
  },
  // Images whose size is the sum of published layers of a child image (repo-info `remote/` lists
  // every layer with its command), or a Microsoft image-size baseline; see each source.
  {
    image: 'buildpack-deps',
    tag: 'trixie-scm',
    compressed: 142744029,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 01b535c016d07e973eeb58e43ad1e2552018a407 : repos/golang/remote/latest.md (amd64 layers 1–3: debian 49312572 + curl 25638468 + scm 67792989)',
    recordedAt: '2026-07-14',
    note: 'sum of the buildpack-deps layers golang:latest is built on',
  },
  {
    image: 'buildpack-deps',
    tag: 'trixie',
    compressed: 379116043,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0c376450b2d177f8478d9fd05ad2b9de6be78fd6 : repos/python/remote/latest.md (amd64 layers 1–4: debian 49337828 + curl 25639590 + scm 67800074 + build-deps 236338551)',
    recordedAt: '2026-08-25',
    note: 'sum of the buildpack-deps layers python:latest is built on',
  },
  {
    image: 'buildpack-deps',
    tag: 'bookworm',
    compressed: 348576534,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 2534b852156946f241e96816c7024ef2bb5543fd : repos/node/remote/24.md (amd64 layers 1–4: debian 48497403 + curl 24044100 + scm 64408455 + build-deps 211626576)',
    recordedAt: '2026-08-03',
    note: 'sum of the buildpack-deps layers node:24 is built on',
  },
  {
    image: 'eclipse-temurin',
    tag: '26-jdk',
    compressed: 141873623,
    uncompressed: null,
    source:
      'docker-library/repo-info @ 0f6233cdc6cd10c71b8eaf63547850cbcff45ae8 : repos/maven/remote/latest.md (amd64 layers 1–5: ubuntu 29752807 + deps 17422489 + JDK 26 94695831 + 32 + 2464)',
    recordedAt: '2026-08-21',
    note: 'the eclipse-temurin JDK 26 layers maven:latest is built on',
  },
  {
    image: 'mcr.microsoft.com/dotnet/runtime-deps',
    tag: 'alpine',
    compressed: null,
    uncompressed: 10847963,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/runtime-deps/alpine3.9/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed (docker inspect Size)',
  },
  {
    image: 'mcr.microsoft.com/dotnet/runtime-deps',
    tag: 'debian',
    compressed: null,
    uncompressed: 110537404,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/runtime-deps/buster-slim/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/dotnet/runtime',
    tag: 'alpine',
    compressed: null,
    uncompressed: 75102434,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/runtime/alpine3.9/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/dotnet/runtime',
    tag: 'debian',
    compressed: null,
    uncompressed: 178850730,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/runtime/buster-slim/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/dotnet/aspnet',
    tag: 'alpine',
    compressed: null,
    uncompressed: 92446135,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/aspnet/alpine3.9/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/dotnet/aspnet',
    tag: 'debian',
    compressed: null,
    uncompressed: 195323549,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/aspnet/buster-slim/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/dotnet/sdk',
    tag: 'alpine',
    compressed: null,
    uncompressed: 382038072,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/sdk/alpine3.9/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/dotnet/sdk',
    tag: 'debian',
    compressed: null,
    uncompressed: 697608667,
    source:
      'github.com/dotnet/dotnet-docker @ 00a237caf2f64bf7ea0d6a5417a6cd7dac305379 : tests/performance/ImageSize.nightly.linux.json ("3.0/sdk/buster/amd64")',
    recordedAt: null,
    note: '.NET Core 3.0 era baseline, uncompressed',
  },
  {
    image: 'mcr.microsoft.com/windows/nanoserver',
    tag: 'ltsc2022',
    compressed: null,
    uncompressed: 294000000,
    source:
      'derived: github.com/dotnet/dotnet-docker @ 01e08b38b5a0e9b2398f1e81fbe264e9e7eee3ed : tests/performance/ImageSize.nightly.windows.json ("src/aspnet/7.0/nanoserver-ltsc2022/amd64": 389103139) minus the .NET and ASP.NET Core runtimes (~80 MB + ~25 MB, github.com/heroku/buildpacks-dotnet/pull/31)',
    recordedAt: null,
    note: 'derived, uncompressed; no published figure for the bare image was found',
  },
  {
    image: 'mcr.microsoft.com/windows/servercore',
    tag: 'ltsc2022',
    compressed: null,
    uncompressed: 4920000000,
    source:
      'derived: github.com/dotnet/dotnet-docker @ 01e08b38b5a0e9b2398f1e81fbe264e9e7eee3ed : tests/performance/ImageSize.nightly.windows.json ("src/runtime/7.0/windowsservercore-ltsc2022/amd64": 4999608453) minus the .NET runtime (~80 MB, github.com/heroku/buildpacks-dotnet/pull/31)',
    recordedAt: null,
    note: 'derived, uncompressed; ltsc2019 images are ~0.8 GB bigger in the same file',
  },
];
