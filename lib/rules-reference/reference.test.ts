import { expect, test } from 'vitest';
import { rules } from '@/lib/analyzer/rules';
import {
  buildRuleEntry,
  coverageProblems,
  docsLinks,
  groupBySeverity,
  paragraphs,
  shortenLongLines,
  sentence,
  upstreamLabel,
} from './reference';

const LESSONS = [{ slug: 'naming-stages', title: 'Naming stages' }];

function rule(id: string) {
  const found = rules.find((r) => r.meta.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

test('descriptions read as sentences', () => {
  expect(sentence('stage names should be lowercase')).toBe('Stage names should be lowercase');
  expect(sentence('Use apk add --no-cache')).toBe('Use apk add --no-cache');
});

test('upstream links say whose page they are', () => {
  expect(upstreamLabel('https://docs.docker.com/go/dockerfile/rule/stage-name-casing/')).toBe(
    'Docker docs: build check',
  );
  expect(upstreamLabel('https://github.com/hadolint/hadolint/wiki/DL3019')).toBe(
    'hadolint wiki: DL3019',
  );
  expect(upstreamLabel('https://docs.docker.com/reference/dockerfile/#escape')).toBe(
    'Dockerfile reference: escape',
  );
});

test('docs that are URLs link upstream; lesson slugs link to the lesson only once it exists', () => {
  expect(docsLinks('https://docs.docker.com/reference/dockerfile/#add', LESSONS)).toEqual({
    upstream: {
      href: 'https://docs.docker.com/reference/dockerfile/#add',
      label: 'Dockerfile reference: add',
    },
  });
  expect(docsLinks('naming-stages', LESSONS)).toEqual({
    lesson: { href: '/learn/naming-stages/', title: 'Naming stages' },
  });
  expect(docsLinks('choosing-a-base', LESSONS)).toEqual({});
  expect(docsLinks(undefined, LESSONS)).toEqual({});
});

test('why text becomes paragraphs split on blank lines', () => {
  expect(paragraphs('One\nline.\n\n  Two.  \n')).toEqual(['One line.', 'Two.']);
  expect(paragraphs(undefined)).toEqual([]);
});

test('an entry shows the diagnostic the analyzer really gives for the bad example', () => {
  const entry = buildRuleEntry(
    rule('unknown-stage-reference'),
    {
      id: 'unknown-stage-reference',
      file: 'x.yaml',
      why: 'Typos pull images.',
      bad: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a',
      good: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a',
      build: {},
      lines: { bad: 2, good: 3 },
    },
    LESSONS,
  );
  expect(entry).toMatchObject({
    id: 'unknown-stage-reference',
    severity: 'error',
    description:
      'A stage reference that names no stage, so BuildKit pulls an image that almost surely does not exist',
    why: ['Typos pull images.'],
    lesson: { href: '/learn/naming-stages/' },
    good: { code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a' },
  });
  expect(entry.bad?.diagnostics).toHaveLength(1);
  expect(entry.bad?.diagnostics[0]).toMatchObject({ line: 3, column: 13, suggestion: 'build' });
  expect(entry.bad?.diagnostics[0]?.message).toContain('did you mean build?');
});

test('an entry passes the example build target to the analyzer', () => {
  const example = {
    id: 'unknown-target',
    file: 'x.yaml',
    build: { target: 'tset' },
    lines: { bad: 2, good: 3 },
    bad: 'FROM alpine:3.20 AS test',
    good: 'FROM alpine:3.20 AS test',
  };
  const entry = buildRuleEntry(rule('unknown-target'), example, []);
  expect(entry.target).toBe('tset');
  expect(entry.bad?.diagnostics).toHaveLength(1);
});

test('a rule without examples still gets an entry with its meta and equivalents', () => {
  const entry = buildRuleEntry(rule('stage-name-casing'), undefined, []);
  expect(entry).toEqual({
    id: 'stage-name-casing',
    severity: 'warning',
    description: 'Stage names should be lowercase',
    buildkit: 'StageNameCasing',
    why: [],
    upstream: {
      href: 'https://docs.docker.com/go/dockerfile/rule/stage-name-casing/',
      label: 'Docker docs: build check',
    },
  });
});

test('groups come as errors, warnings, teaching hints, sorted by id, empty ones dropped', () => {
  const groups = groupBySeverity([
    { id: 'b', severity: 'info' as const },
    { id: 'z', severity: 'error' as const },
    { id: 'a', severity: 'info' as const },
  ]);
  expect(groups.map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
    ['Errors', ['z']],
    ['Teaching hints', ['a', 'b']],
  ]);
});

test('coverage problems name undocumented rules and entries for unknown rules', () => {
  expect(
    coverageProblems(['a-rule', 'b-rule'], [{ id: 'a-rule', file: 'content/rules/a-rule.yaml' }]),
  ).toEqual([
    'content/rules/b-rule.yaml:1: missing: rule b-rule needs a reference entry (bad and good examples)',
  ]);
  expect(
    coverageProblems(
      ['a-rule'],
      [
        { id: 'a-rule', file: 'content/rules/a-rule.yaml' },
        { id: 'old-rule', file: 'content/rules/old-rule.yaml' },
      ],
    ),
  ).toEqual(['content/rules/old-rule.yaml:1: no rule with id "old-rule" in lib/analyzer/rules']);
});

test('long lines are cut for display, with how much was left out; short ones are kept', () => {
  const code = `FROM alpine:3.20\nRUN echo ${'a'.repeat(1000)}`;
  const shown = shortenLongLines(code).split('\n');
  expect(shown[0]).toBe('FROM alpine:3.20');
  expect(shown[1]).toBe(`RUN echo ${'a'.repeat(71)}… [929 more characters]`);
});
