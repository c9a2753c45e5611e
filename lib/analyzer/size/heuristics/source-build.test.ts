import { expect, test } from 'vitest';
import { parse } from '../../parse';
import { estimateRun } from '../run';
import { splitCommands } from '../shell';
import { newContext } from './context';
import { sourceBuild } from './source-build';

const MB = 1e6;
const first = (s: string) => splitCommands(s)[0]!;

test.each([
  ['make install', true],
  ['make -C /usr/src/haproxy install-bin TARGET=linux-musl', true],
  ['make install-world-bin', true],
  ['cmake --install build', true],
  ['meson install -C build', true],
  ['make -j 4', false],
  ['make test', false],
  ['./configure --prefix=/usr/local', false],
])('%s installs a source build: %s', (command, expected) => {
  expect(sourceBuild(first(command), false) !== null).toBe(expected);
});

test('a source build is a wide unknown (4–420 MB) in /usr/local, counted once per RUN', () => {
  const run = parse(
    'FROM x\nRUN ./configure && make -j4 && make install && make -C contrib install',
  ).instructions[1]!;
  const { parts } = estimateRun(run, newContext());
  const built = parts.filter((p) => p.key === 'build:install');
  expect(built).toHaveLength(1);
  expect(built[0]!.path).toBe('/usr/local');
  expect(built[0]!.low).toBe(4 * MB);
  expect(built[0]!.high).toBe(420 * MB);
  expect(built[0]!.label).toContain('built from source (size unknown');
});
