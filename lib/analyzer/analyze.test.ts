import { expect, test } from 'vitest';
import { analyze, analyzeWith } from './analyze';
import { defineRule, type Rule } from './types';

/** A warning rule mirroring a BuildKit check that flags every FROM keyword. */
const fromCheck = defineRule({
  meta: {
    id: 'from-check',
    severity: 'warning',
    description: 'test rule',
    buildkit: 'FromCheck',
    docs: 'https://docs.docker.com/go/dockerfile/rule/from-check/',
  },
  check({ model, report }) {
    for (const s of model.stages) report({ ...s.from.keywordRange, message: `stage ${s.index}` });
  },
});

const teaching = defineRule({
  meta: { id: 'teaching', severity: 'info', description: 'test rule', docs: 'naming-stages' },
  check({ model, report }) {
    for (const s of model.stages) report({ ...s.from.keywordRange, message: 'hint' });
  },
});

const broken: Rule = defineRule({
  meta: { id: 'broken', severity: 'error', description: 'throws' },
  check() {
    throw new Error('boom');
  },
});

const src = 'FROM alpine:3.20 AS build\nFROM build\n';

test('diagnostics carry docs from rule meta and are sorted by position then rule', () => {
  const a = analyzeWith([teaching, fromCheck], src);
  expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
    '1:1 from-check',
    '1:1 teaching',
    '2:1 from-check',
    '2:1 teaching',
  ]);
  expect(a.diagnostics[0]?.docs).toBe('https://docs.docker.com/go/dockerfile/rule/from-check/');
  expect(a.diagnostics[1]?.docs).toBe('naming-stages');
});

test('a rule that throws becomes an internal-error info, and the others still run', () => {
  const a = analyzeWith([broken, fromCheck], src);
  expect(a.diagnostics.filter((d) => d.rule === 'from-check')).toHaveLength(2);
  const internal = a.diagnostics.find((d) => d.rule === 'internal-error');
  expect(internal).toMatchObject({ severity: 'info' });
  expect(internal?.message).toContain('broken');
});

test('# check=skip= drops build-check warnings by BuildKit name, case-insensitively', () => {
  const a = analyzeWith([fromCheck, teaching], `# check=skip=fromcheck\n${src}`);
  expect(a.diagnostics.map((d) => d.rule)).toEqual(['teaching', 'teaching']);
});

test('# check=skip=all drops every build-check warning but not teaching hints', () => {
  const a = analyzeWith([fromCheck, teaching], `# check=skip=all\n${src}`);
  expect(a.diagnostics.map((d) => d.rule)).toEqual(['teaching', 'teaching']);
});

test('# check=error=true turns build-check warnings into errors', () => {
  const a = analyzeWith([fromCheck, teaching], `# check=error=true\n${src}`);
  expect(a.diagnostics.map((d) => `${d.rule} ${d.severity}`)).toEqual([
    'from-check error',
    'teaching info',
    'from-check error',
    'teaching info',
  ]);
});

test('skip and error combine, separated by a semicolon', () => {
  const a = analyzeWith([fromCheck], `# check=skip=Other;error=true\n${src}`);
  expect(a.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
});

test('duplicate diagnostics are reported once', () => {
  const twice = defineRule({
    meta: { id: 'twice', severity: 'info', description: 'reports twice' },
    check({ report }) {
      const r = { line: 1, column: 1, endLine: 1, endColumn: 5, message: 'same' };
      report(r);
      report(r);
    },
  });
  expect(analyzeWith([twice], src).diagnostics).toHaveLength(1);
});

test('the analysis exposes plain stages, the target and the build order', () => {
  const a = analyzeWith([], src);
  expect(a.stages.map(({ size: _size, ...s }) => s)).toEqual([
    {
      index: 0,
      name: 'build',
      base: 'alpine:3.20',
      baseStage: null,
      line: 1,
      dependsOn: [],
      reachable: true,
    },
    { index: 1, name: null, base: 'build', baseStage: 0, line: 2, dependsOn: [0], reachable: true },
  ]);
  expect(a.target).toBe(1);
  expect(a.buildOrder).toEqual([0, 1]);
  expect(a.size.basis).toBe('uncompressed');
  // the target's size is its stage's size (lib/analyzer/size)
  expect(a.stages[1]!.size!.bytes).toBe(a.size.bytes);
});

test('analyze never throws, whatever it is given', () => {
  for (const input of ['', '\u0000\uffff', 'FROM', 'COPY --from= a', '#check=skip\nFROM a']) {
    expect(() => analyze(input)).not.toThrow();
  }
  expect(() => analyze(undefined as unknown as string)).not.toThrow();
});
