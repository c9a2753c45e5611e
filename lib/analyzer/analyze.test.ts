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
  expect(a.size.high).toBeGreaterThan(0);
  expect(a.stages.every((s) => s.size !== undefined)).toBe(true);
  // the target's size is its stage's size (lib/analyzer/size)
  expect(a.stages[1]!.size!.bytes).toBe(a.size.bytes);
});

test('analyze never throws, whatever it is given', () => {
  for (const input of ['', '\u0000\uffff', 'FROM', 'COPY --from= a', '#check=skip\nFROM a']) {
    expect(() => analyze(input)).not.toThrow();
  }
  expect(() => analyze(undefined as unknown as string)).not.toThrow();
});

test('a # check=skip= comment right above an instruction skips that check there only', () => {
  const a = analyzeWith(
    [fromCheck],
    '\nFROM alpine:3.20 AS a\n# check=skip=FromCheck\nFROM a AS b\n\n# check=skip=FromCheck\n\nFROM b\n',
  );
  // the comment before line 8 is separated by a blank line, so it does not apply
  expect(a.diagnostics.map((d) => d.line)).toEqual([2, 8]);
});

test('text after the check value is a remark, as in BuildKit', () => {
  const a = analyzeWith(
    [fromCheck],
    'FROM alpine:3.20 AS a\n# check=skip=FromCheck // fine here\nFROM a\n',
  );
  expect(a.diagnostics.map((d) => d.line)).toEqual([1]);
});

const CHECK = 'BUILDKIT_DOCKERFILE_CHECK';

test('the BUILDKIT_DOCKERFILE_CHECK build arg replaces # check=skip=all: the checks run again', () => {
  const a = analyzeWith([fromCheck], `# check=skip=all\n${src}`, {
    buildArgs: { [CHECK]: 'skip=Other;error=true' },
  });
  expect(a.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual([
    '2:1 from-check error',
    '3:1 from-check error',
  ]);
});

test('the build arg replaces # check=error=true rather than merging with it', () => {
  const skipped = analyzeWith([fromCheck, teaching], `# check=error=true\n${src}`, {
    buildArgs: { [CHECK]: 'skip=all' },
  });
  expect(skipped.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([
    '2 teaching',
    '3 teaching',
  ]);
  // an empty value is a configuration too: no skips, no errors, the directive is ignored
  const empty = analyzeWith([fromCheck], `# check=error=true\n${src}`, {
    buildArgs: { [CHECK]: '' },
  });
  expect(empty.diagnostics.map((d) => `${d.line} ${d.severity}`)).toEqual([
    '2 warning',
    '3 warning',
  ]);
});

test('the build arg applies to a file without a # check= directive', () => {
  const a = analyzeWith([fromCheck], src, { buildArgs: { [CHECK]: 'skip=FromCheck' } });
  expect(a.diagnostics).toEqual([]);
});

test('other build args leave # check= in force', () => {
  const a = analyzeWith([fromCheck], `# check=skip=FromCheck\n${src}`, {
    buildArgs: { OTHER: 'skip=all;error=true' },
  });
  expect(a.diagnostics).toEqual([]);
});

test('an invalid build-arg value is ignored as an invalid directive is: checks run as default', () => {
  const a = analyzeWith([fromCheck], `# check=skip=all\n${src}`, {
    buildArgs: { [CHECK]: 'skip=all;bogus' },
  });
  expect(a.diagnostics.map((d) => `${d.line} ${d.severity}`)).toEqual(['2 warning', '3 warning']);
});
