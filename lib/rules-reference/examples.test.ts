import { expect, test } from 'vitest';
import { parseRuleExample } from './examples';

const FILE = 'content/rules/stage-name-casing.yaml';

test('a valid file gives the trimmed examples under the id of its file name', () => {
  const result = parseRuleExample(
    FILE,
    'why: >-\n  Names are\n  lowercased.\nbad: |\n  FROM a AS B\ngood: |\n  FROM a AS b\n',
  );
  expect(result).toEqual({
    ok: true,
    example: {
      id: 'stage-name-casing',
      file: FILE,
      why: 'Names are lowercased.',
      bad: 'FROM a AS B',
      good: 'FROM a AS b',
      build: {},
      lines: { bad: 4, good: 6 },
    },
  });
});

test('build: names the target and build-args both examples are built with', () => {
  const result = parseRuleExample(
    FILE,
    'build:\n  target: app\n  build-args:\n    GO_VERSION: "1.23"\nbad: |\n  FROM a AS B\ngood: |\n  FROM a AS b\n',
  );
  expect(result.ok && result.example.build).toEqual({
    target: 'app',
    buildArgs: { GO_VERSION: '1.23' },
  });
});

test('build: default is a plain docker build, and the old top-level target says where it went', () => {
  const plain = parseRuleExample(FILE, 'build: default\nbad: a\ngood: b\n');
  expect(plain.ok && plain.example.build).toEqual({});
  const old = parseRuleExample(FILE, 'target: app\nbad: a\ngood: b\n');
  expect(old).toEqual({
    ok: false,
    errors: [`${FILE}:1: target: unknown field: write build: { target: NAME }`],
  });
});

test('a build that is neither default nor an object says what it takes', () => {
  const result = parseRuleExample(FILE, 'bad: a\ngood: b\nbuild: plain\n');
  expect(result).toEqual({
    ok: false,
    errors: [
      `${FILE}:3: build: must be default, or { target: NAME, build-args: { NAME: "value" } }`,
    ],
  });
});

test('a build-arg value that is not a string is reported at its line', () => {
  const result = parseRuleExample(
    FILE,
    'build:\n  build-args:\n    GO_VERSION: 1.23\nbad: a\ngood: b\n',
  );
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.errors).toEqual([
      `${FILE}:3: build.build-args.GO_VERSION: must be a string: quote it, e.g. "1.23"`,
    ]);
});

test('errors come in line order: a missing example at line 1, an unknown field at its line', () => {
  const result = parseRuleExample(FILE, 'bad: |\n  FROM a AS B\nexplain: no\n');
  expect(result).toEqual({
    ok: false,
    errors: [`${FILE}:1: good: is required`, `${FILE}:3: explain: unknown field`],
  });
});

test('an empty example is reported at its key', () => {
  const result = parseRuleExample(FILE, 'bad: |\n  FROM a\ngood: ""\n');
  expect(result).toEqual({ ok: false, errors: [`${FILE}:3: good: must not be empty`] });
});

test('YAML syntax errors carry their line', () => {
  const result = parseRuleExample(FILE, 'bad: |\n  FROM a\ngood: [unclosed\n');
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.errors[0]).toMatch(
      /^content\/rules\/stage-name-casing\.yaml:\d+: invalid YAML: /,
    );
});

test('a file name that is not a rule id is an error', () => {
  const result = parseRuleExample('content/rules/Stage Name.yaml', 'bad: a\ngood: b\n');
  expect(result).toEqual({
    ok: false,
    errors: [
      'content/rules/Stage Name.yaml:1: file name "Stage Name" must be a rule id (lowercase words and hyphens)',
    ],
  });
});
