import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { apt, APT_TOOLCHAIN } from './apt';
import { newContext } from './context';

const MB = 1e6;
const run = (s: string) => apt(splitCommands(s)[0]!, newContext());

test('build-essential costs its measured installed size (≈ 280 MB)', () => {
  const parts = run('apt-get install -y --no-install-recommends build-essential')!;
  expect(parts).toHaveLength(1);
  expect(parts[0]!.bytes).toBeCloseTo(273_402 * 1024);
  expect(parts[0]!.low).toBeLessThan(parts[0]!.bytes);
  expect(parts[0]!.group).toBe(APT_TOOLCHAIN);
});

test('toolchain packages share the compiler: the set costs its largest member', () => {
  const parts = run('apt-get install -y --no-install-recommends gcc g++ make libc6-dev')!;
  expect(parts).toHaveLength(1);
  expect(parts[0]!.bytes).toBeCloseTo(261_330 * 1024);
  expect(parts[0]!.label).toBe('apt-get install gcc g++ make libc6-dev');
});

test('without --no-install-recommends the figure grows and says so', () => {
  const lean = run('apt-get install -y --no-install-recommends git')![0]!;
  const fat = run('apt-get install -y git')![0]!;
  expect(fat.bytes).toBeGreaterThan(lean.bytes);
  expect(fat.label).toContain('with recommends');
});

test('packages without a figure get a default each, one reason for all', () => {
  const parts = run('apt-get install -y --no-install-recommends libpq5 tzdata=2024a-1')!;
  expect(parts.map((p) => p.key)).toEqual(['apt:pkg:libpq5', 'apt:pkg:tzdata']);
  expect(parts[0]!.label).toContain('libpq5 tzdata');
  expect(parts[1]!.label).toBe('');
  expect(parts[0]!.bytes + parts[1]!.bytes).toBe(10 * MB);
});

test('apt-get update leaves the lists', () => {
  const [lists] = run('apt-get update')!;
  expect(lists!.path).toBe('/var/lib/apt/lists');
  expect(lists!.bytes).toBeGreaterThanOrEqual(15 * MB);
});

test('other programs are not apt business', () => {
  expect(run('apk add gcc')).toBeNull();
  expect(run('apt-get clean')).toBeNull();
});

test.each(['constructor', '__proto__'])(
  'apt-get install %s is an unknown package with the default figure, not Object.prototype',
  (name) => {
    const [pkg] = run(`apt-get install -y --no-install-recommends ${name}`)!;
    expect(pkg!.label).toContain('no published figure');
    expect(pkg!.bytes).toBe(5 * MB);
  },
);
