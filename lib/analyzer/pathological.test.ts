/**
 * Issue 20, items 1–4: the shapes that hung the analyzer, overflowed its stack or dropped its
 * findings. Each test asserts what a user sees (the findings, the stages) and a bound on the work
 * that does not depend on the machine's speed: a structural depth, a step count or an input size.
 */
import { expect, test } from 'vitest';
import { analyze, MAX_SOURCE_LENGTH } from './analyze';
import { pathologicalInputs } from './bench/pathological';
import { parse } from './parse';
import { patternBudget, replacePattern } from './shell-pattern';

const CHAINED_ONBUILD = "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";

test('ONBUILD ONBUILD nested 4,000 deep is BuildKit error at once, read one level deep', () => {
  const source = 'FROM alpine:3.20\n' + 'ONBUILD '.repeat(4000) + 'RUN true\n';
  const file = parse(source);
  const onbuild = file.instructions[1];
  expect(onbuild?.onbuild?.keyword).toBe('ONBUILD');
  // the bound on the work: the chain is not followed past its first link
  expect(onbuild?.onbuild?.onbuild).toBeUndefined();
  const errors = analyze(source).diagnostics.filter((d) => d.severity === 'error');
  expect(errors).toEqual([
    expect.objectContaining({
      rule: 'invalid-instruction-arguments',
      message: CHAINED_ONBUILD,
      line: 2,
      column: 9,
    }),
  ]);
});

test('${A:-${A:-…}} 3,000 deep keeps the stages and says the word was not evaluated', () => {
  const deep = '${A:-'.repeat(3000) + 'alpine:3.20' + '}'.repeat(3000);
  const analysis = analyze(`FROM ${deep} AS build\nRUN true\nFROM build\n`);
  expect(analysis.stages.map((s) => s.name)).toEqual(['build', null]);
  const rules = analysis.diagnostics.map((d) => d.rule);
  expect(rules).not.toContain('no-stages');
  expect(rules).not.toContain('internal-error');
  expect(analysis.diagnostics).toContainEqual(
    expect.objectContaining({ rule: 'base-name-expansion', severity: 'warning', line: 1 }),
  );
});

test('an internal failure is an error diagnostic, never an empty analysis or a false no-stages', () => {
  // 2^30 characters is past V8's longest string: the stage model throws while expanding ARGs
  const doubling = 'ARG A=ab\n' + 'ARG A=$A$A$A$A\n'.repeat(16) + 'FROM alpine:${A}\n';
  const analysis = analyze(doubling);
  const rules = analysis.diagnostics.map((d) => d.rule);
  expect(rules).not.toContain('no-stages');
  expect(analysis.diagnostics).toContainEqual(
    expect.objectContaining({ rule: 'internal-error', severity: 'error' }),
  );
});

// Every shape `npm run bench` times, but the 4 MiB file (its bound is the refusal below)
test.each(pathologicalInputs().filter((input) => input.source.length < 100_000))(
  'bench shape $name is analyzed, its stages kept, with no internal error',
  ({ source }) => {
    const analysis = analyze(source);
    expect(analysis.stages.length).toBeGreaterThan(0);
    expect(analysis.diagnostics.map((d) => d.rule)).not.toContain('internal-error');
  },
);

test('a 64 KB replace-all costs steps linear in its size', () => {
  const value = 'x'.repeat(64 * 1024);
  const budget = patternBudget(Number.MAX_SAFE_INTEGER);
  replacePattern(value, 'x', 'y', true, budget);
  // one thread per character and search, plus the final empty search: about 3 steps a character
  expect(budget.steps).toBeLessThanOrEqual(4 * value.length);
});

test('analyze() refuses a text over its limit with an error diagnostic, without reading it', () => {
  const analysis = analyze('FROM alpine:3.20\n' + '#'.repeat(MAX_SOURCE_LENGTH));
  expect(analysis.stages).toEqual([]);
  expect(analysis.diagnostics).toEqual([
    expect.objectContaining({
      rule: 'internal-error',
      severity: 'error',
      line: 1,
      column: 1,
      message: `the file is ${MAX_SOURCE_LENGTH + 17} characters long, more than the ${MAX_SOURCE_LENGTH} the analyzer reads (4 MiB), so it was not analyzed`,
    }),
  ]);
});
