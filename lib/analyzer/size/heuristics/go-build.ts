/** go build / go install / go mod download. */
import { part } from '../range';
import { resolvePath } from '../shell';
import type { Heuristic } from './context';

/**
 * A Go service binary is 5–25 MB uncompressed (image-sizes.md §3.1: net/http+json server 6.6 MB
 * on Go 1.19, newer Go +10–20%; caddy 17.3 MB / registry 16.0 MB compressed layers); big servers
 * reach ~150 MB (traefik's binary layer, 50.9 MB compressed × 2.8), so the range does too.
 */
const BINARY: [number, number, number] = [12, 2, 150];
/** measured: 6,632,075 B → 1,959,961 B gzip -9 (3.4×), stripped 2.3×; 2.8 in between */
export const GO_RATIO = 2.8;
/** No figure in the reference for GOCACHE / GOMODCACHE; typical service sizes (assumption). */
const BUILD_CACHE: [number, number, number] = [150, 30, 500];
const MOD_CACHE: [number, number, number] = [80, 10, 400];

/** Sizes a Go binary and the build/module caches a `go build` leaves behind. */
export const goBuild: Heuristic = (cmd, ctx) => {
  const w = cmd.words;
  if (w[0] !== 'go') return null;
  const verb = w[1];
  const modCache = () =>
    part(
      'go:mod-cache',
      'Go module cache /go/pkg/mod (assumption)',
      MOD_CACHE,
      GO_RATIO,
      '/go/pkg/mod',
    );
  if (verb === 'mod' && w[2] === 'download') return [modCache()];
  if (verb !== 'build' && verb !== 'install' && verb !== 'test') return null;
  const parts = [];
  if (verb !== 'test') {
    const o = w.indexOf('-o');
    const out =
      o >= 0 && w[o + 1]
        ? resolvePath(w[o + 1]!, ctx.workdir)
        : verb === 'install'
          ? '/go/bin'
          : ctx.workdir;
    const joined = w.join(' ');
    const stripped =
      /-ldflags/.test(joined) && /(?:^|[\s=])-s\b/.test(joined) && /[\s=]-w\b/.test(joined);
    const size: [number, number, number] = stripped
      ? [BINARY[0] * 0.7, BINARY[1] * 0.7, BINARY[2] * 0.7]
      : BINARY;
    parts.push(
      part(
        'go:binary',
        `go ${verb} binary${stripped ? ' (-s -w: ~30% smaller)' : ''}`,
        size,
        GO_RATIO,
        out,
      ),
    );
  }
  parts.push(
    part(
      'go:build-cache',
      'Go build cache /root/.cache/go-build (assumption)',
      BUILD_CACHE,
      GO_RATIO,
      '/root/.cache/go-build',
    ),
  );
  if (!ctx.seen.has('go:mod-cache')) parts.push(modCache());
  return parts;
};
