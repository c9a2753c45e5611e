import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { apk } from './apk';
import { newContext } from './context';

const MB = 1e6;
const run = (s: string) => apk(splitCommands(s)[0]!, newContext());

test('apk add build-base ≈ +200 MB, and --no-cache leaves no index', () => {
  const parts = run('apk add --no-cache build-base')!;
  expect(parts).toHaveLength(1);
  expect(parts[0]!.bytes).toBe(200 * MB);
  expect(parts[0]!.label).toBe('apk add build-base');
});

test('without --no-cache the index stays in /var/cache/apk', () => {
  const parts = run('apk add curl')!;
  expect(parts.map((p) => p.key)).toEqual(['apk:pkg:curl', 'apk:index']);
  expect(parts[1]!.path).toBe('/var/cache/apk');
});

test('compiler packages together never cost more than build-base', () => {
  const [chain] = run('apk add --no-cache gcc g++ musl-dev')!;
  expect(chain!.bytes).toBeLessThanOrEqual(200 * MB);
  expect(chain!.high).toBeLessThanOrEqual(245 * MB);
});

test('--virtual names a group that apk del can remove', () => {
  const parts = run('apk add --no-cache --virtual .build-deps gcc libffi-dev')!;
  expect(parts.every((p) => p.group === '.build-deps')).toBe(true);
});

test('not apk', () => {
  expect(run('apt-get install gcc')).toBeNull();
  expect(run('apk info')).toBeNull();
});

test.each(['constructor', '__proto__'])(
  'apk add %s is an unknown package with the default figure, not Object.prototype',
  (name) => {
    const [pkg] = run(`apk add --no-cache ${name}`)!;
    expect(pkg!.label).toContain('no published figure');
    expect(pkg!.bytes).toBe(2 * MB);
  },
);

test('apk add $runDeps: a package list in a variable is unknown (0.1–250 MB), icu-data-full 30 MB', () => {
  const parts = run('apk add --no-cache --virtual .rundeps $runDeps icu-data-full')!;
  const variable = parts.find((p) => p.key === 'apk:pkg:$runDeps')!;
  expect(variable.low).toBe(0.1 * MB);
  expect(variable.high).toBe(250 * MB);
  expect(variable.group).toBe('.rundeps');
  expect(parts.find((p) => p.key === 'apk:pkg:icu-data-full')!.bytes).toBe(30 * MB);
});
