import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { newContext } from './context';
import { yum } from './yum';

const run = (s: string) => yum(splitCommands(s)[0]!, newContext());

test('dnf install gcc counts the compiler and the metadata cache', () => {
  const parts = run('dnf install -y gcc make')!;
  expect(parts.map((p) => p.key)).toEqual(['yum:pkg:gcc', 'yum:cache']);
  expect(parts[0]!.bytes).toBeGreaterThan(150e6);
  expect(parts[1]!.path).toBe('/var/cache/dnf');
});

test('microdnf and yum work too; other verbs do not', () => {
  expect(run('microdnf install -y shadow-utils')![0]!.key).toBe('yum:pkg:shadow-utils');
  expect(run('yum install -y wget')!.at(-1)!.path).toBe('/var/cache/yum');
  expect(run('yum update -y')).toBeNull();
  expect(run('apk add x')).toBeNull();
});
