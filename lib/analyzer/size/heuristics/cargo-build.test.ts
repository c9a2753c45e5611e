import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { cargoBuild } from './cargo-build';
import { newContext } from './context';

test('cargo build --release: target/, the binary under target/release, the registry', () => {
  const ctx = { ...newContext(), workdir: '/app' };
  const parts = cargoBuild(splitCommands('cargo build --release --locked')[0]!, ctx)!;
  expect(parts.map((p) => [p.key, p.path])).toEqual([
    ['cargo:target', '/app/target'],
    ['cargo:binary', '/app/target/release'],
    ['cargo:registry', '/usr/local/cargo/registry'],
  ]);
  expect(parts[1]!.high).toBeLessThanOrEqual(30e6);
});

test('debug builds keep a bigger target/', () => {
  const rel = cargoBuild(splitCommands('cargo build --release')[0]!, newContext())![0]!;
  const dbg = cargoBuild(splitCommands('cargo build')[0]!, newContext())![0]!;
  expect(dbg.bytes).toBeGreaterThan(rel.bytes);
  expect(cargoBuild(splitCommands('cargo test')[0]!, newContext())).toBeNull();
});
