import { expect, test } from 'vitest';
import { parse } from '../../parse';
import { estimateRun } from '../run';
import { splitAlternatives } from './conditional';
import { newContext } from './context';

const MB = 1e6;
const runOf = (src: string) => parse(`FROM x\n${src}`).instructions[1]!;
const sum = (src: string) => {
  const { parts } = estimateRun(runOf(src), newContext());
  return parts.reduce(
    (t, p) => ({ bytes: t.bytes + p.bytes, low: t.low + p.low, high: t.high + p.high }),
    { bytes: 0, low: 0, high: 0 },
  );
};

test.each([
  ['no if', 'apk add curl && echo fine', null],
  ['if/else', 'set -e; if [ -n "$A" ]; then apk add gcc; else apk add perl; fi; echo done', 2],
  ['if/elif/else', 'if a; then apk add gcc; elif b; then apk add perl; else true; fi', 3],
  ['if without else', 'if a; then apk add gcc; fi', 2],
  ['nested if stays in its branch', 'if a; then if b; then x; fi; apk add gcc; else y; fi', 2],
])('%s: %s', (_name, script, branches) => {
  const segments = splitAlternatives(script);
  if (branches === null) expect(segments).toBeNull();
  else
    expect(segments!.find((s) => s.kind === 'alternatives')).toMatchObject({
      branches: expect.any(Array),
    });
  if (branches !== null) {
    const alternatives = segments!.find((s) => s.kind === 'alternatives');
    expect(alternatives!.kind === 'alternatives' && alternatives!.branches.length).toBe(branches);
  }
});

test('both branches of an if/else are alternatives: the range spans them, they are not added', () => {
  const gcc = sum('RUN apk add --no-cache gcc');
  const perl = sum('RUN apk add --no-cache perl');
  const either = sum(
    'RUN if [ "$(uname -m)" = x86_64 ]; then apk add --no-cache gcc; else apk add --no-cache perl; fi',
  );
  // gcc (150 MB) is the bigger branch: its point stands; the range reaches down to perl's low
  expect(either.bytes).toBe(gcc.bytes);
  expect(either.bytes).toBeLessThan(gcc.bytes + perl.bytes);
  expect(either.low).toBe(perl.low);
  expect(either.high).toBe(gcc.high);
});

test('an if without else may install nothing: the range starts at 0', () => {
  const maybe = sum('RUN if [ -n "$WITH_GCC" ]; then apk add --no-cache gcc; fi');
  expect(maybe.bytes).toBe(150 * MB);
  expect(maybe.low).toBe(0);
});
