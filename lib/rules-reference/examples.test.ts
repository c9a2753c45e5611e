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
    },
  });
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
