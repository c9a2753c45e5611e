import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkQuizzes, loadQuizzes, QuizContentError } from './quiz-loader';
import { quizIdentity, validateQuizFile } from './quiz-validate';

const FIXTURES = path.join(__dirname, 'quiz-fixtures');
const fixture = (name: string) => {
  const file = `fixtures/${name}`;
  return validateQuizFile(file, fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
};

// Every rule has a fixture that must fail with this exact `file:line: message`.
const RULES: Array<[string, string]> = [
  [
    'no-correct-option.yaml',
    'fixtures/no-correct-option.yaml:7: question "fx-no-correct": has no correct option: mark one with `correct: true`',
  ],
  [
    'duplicate-option.yaml',
    'fixtures/duplicate-option.yaml:12: question "fx-dup-option": duplicate option "build" (same as line 8)',
  ],
  [
    'duplicate-id.yaml',
    'fixtures/duplicate-id.yaml:13: duplicate question id "fx-same" (first used at line 3)',
  ],
  [
    'no-explanation.yaml',
    'fixtures/no-explanation.yaml:3: question "fx-unexplained": has no explanation: add `solution` steps (or `feedback` on every option)',
  ],
  [
    'spot-outside.yaml',
    'fixtures/spot-outside.yaml:13: question "fx-spot-outside": answer 9 is outside the Dockerfile (it has 5 lines)',
  ],
  [
    'order-too-few.yaml',
    'fixtures/order-too-few.yaml:7: question "fx-order-one": an order question needs at least 2 items',
  ],
  [
    'predict-fails.yaml',
    'fixtures/predict-fails.yaml:13: question "fx-predict-target": the analyzer cannot compute the answer: no stage is named "test" in the Dockerfile',
  ],
  [
    'test-missing-hard.yaml',
    'fixtures/test-missing-hard.yaml:2: a test needs easy, medium and hard questions; missing: hard',
  ],
];

test.each(RULES)('fixture %s fails with its file:line message', (name, expected) => {
  const result = fixture(name);
  expect(result.quiz).toBeUndefined();
  expect(result.errors).toContain(expected);
});

test('schema errors name the field and its line: unknown type, bad enum, unknown field', () => {
  const { errors } = fixture('unknown-type.yaml');
  expect(errors).toEqual([
    'fixtures/unknown-type.yaml:5: questions[0].type: must be one of single, multiple, spot-the-error, order, predict',
    'fixtures/unknown-type.yaml:8: questions[1].difficulty: invalid option: expected one of "easy"|"medium"|"hard"',
    'fixtures/unknown-type.yaml:17: questions[1].answers: unknown field',
  ]);
});

test('a YAML syntax error is reported at its line', () => {
  const { errors, quiz } = validateQuizFile(
    'q.yaml',
    'title: T\nquestions:\n  - id: a\n   bad: [\n',
  );
  expect(quiz).toBeUndefined();
  expect(errors[0]).toMatch(/^q\.yaml:4: invalid YAML: /);
});

test('a missing required field is reported at its parent', () => {
  const { errors } = validateQuizFile(
    'q.yaml',
    'title: T\nquestions:\n  - id: a\n    type: single\n',
  );
  expect(errors).toContain('q.yaml:3: questions[0].difficulty: is required');
});

test('a single-choice question with two correct options is rejected', () => {
  const text = `title: T
questions:
  - id: two-right
    difficulty: easy
    type: single
    prompt: P
    options:
      - text: A
        correct: true
      - text: B
        correct: true
    solution: [S]
`;
  expect(validateQuizFile('q.yaml', text).errors).toEqual([
    'q.yaml:7: question "two-right": a single-choice question has 2 correct options; use type: multiple',
  ]);
});

test('a spot-the-error answer on a blank line is rejected', () => {
  const text = `title: T
questions:
  - id: blank
    difficulty: easy
    type: spot-the-error
    prompt: P
    dockerfile: |
      FROM a AS b

      FROM b
    answer: 2
    build: default
    solution: [S]
`;
  expect(validateQuizFile('q.yaml', text).errors).toEqual([
    'q.yaml:11: question "blank": answer 2 points at a blank line of the Dockerfile',
  ]);
});

test('an error-rule predict must list exactly one rule that fires', () => {
  const make = (rules: string) => `title: T
questions:
  - id: rule
    difficulty: hard
    type: predict
    prompt: P
    dockerfile: |
      FROM alpine:3.20
      ENV API_TOKEN=abc
      CMD ["sh"]
    predict:
      kind: error-rule
      rules: ${rules}
    solution: [S]
`;
  const none = validateQuizFile('q.yaml', make('[json-args-recommended, workdir-relative-path]'));
  expect(none.errors[0]).toMatch(
    /^q\.yaml:11: question "rule": the analyzer cannot compute the answer: none of the listed rules fires \(the analyzer reports: .*secrets-used-in-arg-or-env/,
  );
  const unknown = validateQuizFile('q.yaml', make('[no-such-rule, json-args-recommended]'));
  expect(unknown.errors).toEqual([
    'q.yaml:11: question "rule": the analyzer cannot compute the answer: unknown rule no-such-rule',
  ]);
  const ok = validateQuizFile(
    'q.yaml',
    make('[secrets-used-in-arg-or-env, json-args-recommended]'),
  );
  expect(ok.errors).toEqual([]);
  const q = ok.quiz?.questions[0];
  expect(q?.type === 'predict' && q.options.map((o) => o.correct)).toEqual([true, false]);
});

test('a lesson quiz must be a practice set', () => {
  const text = `title: T
mode: test
questions:
  - { id: a, difficulty: easy, type: single, prompt: P, options: [{ text: A, correct: true }, { text: B }], solution: [S] }
  - { id: b, difficulty: medium, type: single, prompt: P, options: [{ text: A, correct: true }, { text: B }], solution: [S] }
  - { id: c, difficulty: hard, type: single, prompt: P, options: [{ text: A, correct: true }, { text: B }], solution: [S] }
`;
  expect(validateQuizFile('content/lessons/07-x/quiz.yaml', text).errors).toEqual([
    'content/lessons/07-x/quiz.yaml:2: a lesson quiz is always a practice set: use mode: practice',
  ]);
});

test('a valid file resolves option ids and the predict key from the analyzer', () => {
  const text = `title: T
questions:
  - id: target
    difficulty: medium
    type: predict
    prompt: Which stages run for --target test?
    dockerfile: |
      FROM node:22 AS deps
      FROM deps AS build
      FROM deps AS lint
      FROM build AS test
    predict: { kind: target-stages, target: test }
    solution: [Follow FROM back from test.]
`;
  const { quiz, errors } = validateQuizFile('content/quizzes/x.yaml', text);
  expect(errors).toEqual([]);
  expect(quiz).toMatchObject({ id: 'x', kind: 'set', mode: 'practice' });
  const q = quiz?.questions[0];
  expect(q?.type).toBe('predict');
  if (q?.type !== 'predict') return;
  expect(q.select).toBe('multiple');
  expect(q.options.filter((o) => o.correct).map((o) => o.text)).toEqual([
    '`deps` (line 1, `FROM node:22`)',
    '`build` (line 2, `FROM deps`)',
    '`test` (line 4, `FROM build`)',
  ]);
  expect(q.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
});

test('resolve-from follows the analyzer: a name, an index, and an unknown name as an image', () => {
  const dockerfile = `      FROM golang:1.22 AS build
      FROM node:22 AS web
      FROM alpine:3.20
      COPY --from=build /a /a
      COPY --from=1 /b /b
      COPY --from=builder /c /c`;
  const keyOf = (line: number) => {
    const text = `title: T
questions:
  - id: r
    difficulty: medium
    type: predict
    prompt: P
    dockerfile: |
${dockerfile}
    predict: { kind: resolve-from, line: ${line} }
    solution: [S]
`;
    const q = validateQuizFile('q.yaml', text).quiz?.questions[0];
    return q?.type === 'predict' ? q.options.find((o) => o.correct)?.text : undefined;
  };
  expect(keyOf(4)).toBe('`build` (line 1, `FROM golang:1.22`)');
  expect(keyOf(5)).toBe('`web` (line 2, `FROM node:22`)');
  expect(keyOf(6)).toBe('No stage: BuildKit pulls an image called `builder`');
});

test('question ids must be unique across files', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'quiz-'));
  const q = (id: string) => `title: T
questions:
  - id: ${id}
    difficulty: easy
    type: single
    prompt: P
    options: [{ text: A, correct: true }, { text: B }]
    solution: [S]
`;
  fs.mkdirSync(path.join(root, 'quizzes'));
  fs.mkdirSync(path.join(root, 'lessons', '01-intro'), { recursive: true });
  fs.writeFileSync(path.join(root, 'quizzes', 'set.yaml'), q('shared-id'));
  fs.writeFileSync(path.join(root, 'lessons', '01-intro', 'quiz.yaml'), q('shared-id'));
  const { errors } = checkQuizzes(root);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(
    /lessons\/01-intro\/quiz\.yaml:3: duplicate question id "shared-id" \(also in .*quizzes\/set\.yaml:3\); ids must be unique across the course$/,
  );
  expect(() => loadQuizzes(root)).toThrow(QuizContentError);
  fs.rmSync(root, { recursive: true });
});

test('the quiz id comes from the file name or the lesson folder', () => {
  expect(quizIdentity('content/quizzes/pattern-test.yaml')).toEqual({
    id: 'pattern-test',
    kind: 'set',
  });
  expect(quizIdentity('content/lessons/02-naming-stages/quiz.yaml')).toEqual({
    id: 'naming-stages',
    kind: 'lesson',
  });
});

test('the course content itself is valid', () => {
  const { errors, quizzes } = checkQuizzes();
  expect(errors).toEqual([]);
  expect(quizzes.map((q) => q.id)).toEqual(
    expect.arrayContaining([
      'practice-basics',
      'pattern-test',
      'architecture',
      'why-multi-stage',
      'naming-stages',
    ]),
  );
  const test = quizzes.find((q) => q.id === 'pattern-test');
  expect(test?.mode).toBe('test');
  expect(test?.questions).toHaveLength(10);
  expect(new Set(test?.questions.map((q) => q.type))).toEqual(
    new Set(['single', 'multiple', 'spot-the-error', 'order', 'predict']),
  );
});
