import { expect, test } from 'vitest';
import { validateQuizFile } from './quiz-validate';

const FILE = 'content/quizzes/fx.yaml';

/** A quiz file with one question whose fields are `body` (indented under the list item). */
function quiz(body: string): string {
  return `title: Fixture\nquestions:\n  - id: fx\n    difficulty: easy\n${body}    solution:\n      - Because.\n`;
}

const SPOT = `    type: spot-the-error
    prompt: Which line is wrong?
    dockerfile: |
      FROM alpine:3.20 AS build
      FROM alpine:3.20
      COPY --from=biuld /a /a
    answer: 3
`;

test('a spot-the-error question claims its build fails at the answer, under its build', () => {
  const result = validateQuizFile(FILE, quiz(`${SPOT}    build:\n      target: app\n`));
  expect(result.errors).toEqual([]);
  expect(result.claims).toEqual([
    {
      file: FILE,
      line: 11,
      subject: 'question "fx"',
      dockerfile: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=biuld /a /a',
      build: { target: 'app' },
      expect: { kind: 'fails-at', line: 3 },
    },
  ]);
});

test('fails: false turns a spot-the-error key into a file BuildKit accepts', () => {
  const result = validateQuizFile(FILE, quiz(`${SPOT}    fails: false\n`));
  expect(result.claims?.map((c) => c.expect)).toEqual([{ kind: 'works' }]);
});

test('a line number in fails: on a spot-the-error question is an error: its answer is the line', () => {
  const result = validateQuizFile(FILE, quiz(`${SPOT}    build: default\n    fails: 2\n`));
  expect(result.errors).toEqual([
    `${FILE}:13: question "fx": fails: a spot-the-error question fails at its answer; write fails: false when BuildKit accepts the file`,
  ]);
});

test('build-args and a target are read into the claim; a non-string value is reported', () => {
  const ok = validateQuizFile(
    FILE,
    quiz(`${SPOT}    build:\n      target: app\n      build-args:\n        V: "1.23"\n`),
  );
  expect(ok.claims?.[0]?.build).toEqual({ target: 'app', buildArgs: { V: '1.23' } });
  const bad = validateQuizFile(
    FILE,
    quiz(`${SPOT}    build:\n      build-args:\n        V: 1.23\n`),
  );
  expect(bad.errors).toEqual([
    `${FILE}:14: questions[0].build.build-args.V: must be a string: quote it, e.g. "1.23"`,
  ]);
});

test('build: and fails: on a question without a Dockerfile are errors at their lines', () => {
  const body = `    type: single
    prompt: Which?
    options:
      - text: A
        correct: true
      - text: B
    build: default
    fails: 2
`;
  expect(validateQuizFile(FILE, quiz(body)).errors).toEqual([
    `${FILE}:12: question "fx": fails: the question has no Dockerfile`,
    `${FILE}:11: question "fx": build: the question has no Dockerfile to build`,
  ]);
});

test('fails: in a prompt with two Dockerfiles, or past its last line, is an error', () => {
  const two = `    type: single
    prompt: |
      \`\`\`dockerfile
      FROM a
      \`\`\`

      \`\`\`dockerfile
      FROM b
      \`\`\`
    build: default
    fails: 5
    options:
      - text: A
        correct: true
      - text: B
`;
  expect(validateQuizFile(FILE, quiz(two)).errors).toEqual([
    `${FILE}:15: question "fx": fails: the prompt shows 2 Dockerfiles; show one`,
    `${FILE}:15: question "fx": fails: line 5 is outside the Dockerfile`,
  ]);
});

test('a target-stages question is built with its predicted target; another build target is an error', () => {
  const body = `    type: predict
    prompt: Which stages run?
    dockerfile: |
      FROM alpine:3.20 AS base
      FROM base AS test
      FROM alpine:3.20 AS app
    predict:
      kind: target-stages
      target: test
`;
  const ok = validateQuizFile(FILE, quiz(body));
  expect(ok.claims?.map((c) => [c.build, c.expect])).toEqual([
    [{ target: 'test' }, { kind: 'works' }],
  ]);
  const clash = validateQuizFile(FILE, quiz(`${body}    build:\n      target: app\n`));
  expect(clash.errors).toEqual([
    `${FILE}:15: question "fx": build target "app" differs from the predicted target "test"`,
  ]);
});

test('an error-rule question makes no build claim unless it names a failing line', () => {
  const body = `    type: predict
    prompt: Which check fires?
    dockerfile: |
      FROM alpine:3.20
      COPY --from=biuld /a /a
    predict:
      kind: error-rule
      rules: [unknown-stage-reference, stage-name-casing]
`;
  expect(validateQuizFile(FILE, quiz(body)).claims).toEqual([]);
  const failing = validateQuizFile(FILE, quiz(`${body}    build: default\n    fails: 2\n`));
  expect(failing.claims?.map((c) => c.expect)).toEqual([{ kind: 'fails-at', line: 2 }]);
});

test('an order question claims nothing until build: says its items are a Dockerfile', () => {
  const body = `    type: order
    prompt: Order them.
    items:
      - FROM golang:1.22 AS build
      - FROM alpine:3.20
`;
  expect(validateQuizFile(FILE, quiz(body)).claims).toEqual([]);
  const model = validateQuizFile(FILE, quiz(`${body}    build: default\n`));
  expect(model.claims?.map((c) => [c.line, c.dockerfile, c.expect])).toEqual([
    [7, 'FROM golang:1.22 AS build\nFROM alpine:3.20', { kind: 'works' }],
  ]);
});

test('a spot-the-error answer past the end is reported once, by the validator, not again as a claim', () => {
  const body = SPOT.replace('answer: 3', 'answer: 9');
  expect(validateQuizFile(FILE, quiz(`${body}    build: default\n`)).errors).toEqual([
    `${FILE}:11: question "fx": answer 9 is outside the Dockerfile (it has 3 lines)`,
  ]);
});
