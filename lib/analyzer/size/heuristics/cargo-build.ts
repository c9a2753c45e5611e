/** cargo build / cargo install. */
import { part } from '../range';
import type { Heuristic } from './context';

/**
 * Release binary: hello world 0.3–0.5 MB, a tokio/serde/TLS web service 5–20 MB
 * (image-sizes.md §3.2, order of magnitude only).
 */
const BINARY: [number, number, number] = [10, 0.3, 30];
/** target/ (deps' rlibs, incremental data) and the registry: no figure in the reference (assumption). */
const TARGET: [number, number, number] = [600, 150, 2000];
const REGISTRY: [number, number, number] = [150, 30, 500];
export const CARGO_RATIO = 2.8;

/** Sizes what `cargo build` leaves: the binary, target/ and the crates registry. */
export const cargoBuild: Heuristic = (cmd, ctx) => {
  const w = cmd.words;
  if (w[0] !== 'cargo') return null;
  const verb = w[1];
  const registry = () =>
    part(
      'cargo:registry',
      'cargo registry /usr/local/cargo/registry (assumption)',
      REGISTRY,
      CARGO_RATIO,
      '/usr/local/cargo/registry',
    );
  if (verb === 'fetch') return [registry()];
  if (verb === 'install') {
    return [
      part('cargo:binary', 'cargo install binary', BINARY, CARGO_RATIO, '/usr/local/cargo/bin'),
      registry(),
    ];
  }
  if (verb !== 'build' && verb !== 'b') return null;
  const wd = ctx.workdir.replace(/\/$/, '');
  const release = w.includes('--release') || w.includes('-r');
  const profileDir = `${wd}/target/${release ? 'release' : 'debug'}`;
  const parts = [
    // debug builds keep debuginfo: their target/ is roughly twice as large (assumption)
    part(
      'cargo:target',
      `cargo build target/ (${release ? 'release' : 'debug'}; assumption)`,
      release ? TARGET : [TARGET[0] * 2, TARGET[1] * 2, TARGET[2] * 2],
      CARGO_RATIO,
      `${wd}/target`,
    ),
    part('cargo:binary', 'cargo build binary', BINARY, CARGO_RATIO, profileDir),
  ];
  if (!ctx.seen.has('cargo:registry')) parts.push(registry());
  return parts;
};
