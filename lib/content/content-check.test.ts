import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { dockerfileExpect, parseFenceMeta, runContentCheck, scanMdx } from './content-check';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const FRONTMATTER = `---
title: Fixture lesson
summary: A lesson used by the content-check tests.
objectives:
  - Check the checker
minutes: 5
module: foundations
sources: [https://docs.docker.com/build/building/multi-stage/]
---
<Quiz />
`;

/** Pass as a file's text to leave that file out of the fixture. */
const NONE = '\u0000none';

const QUIZ = `title: Practice — Fixture
mode: practice
questions:
  - id: fixture-question
    difficulty: easy
    type: single
    prompt: Which stage is the image?
    options:
      - text: The last one
        correct: true
      - text: The first one
    solution:
      - The last stage is the default target.
`;

/** Writes a throwaway content tree (plus an app folder with a lesson route) and returns its root. */
function fixture(files: Record<string, string>): { root: string; appDir: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  made.push(base);
  const all: Record<string, string> = {
    'app/page.tsx': '',
    'app/learn/[slug]/page.tsx': '',
    'app/playground/page.tsx': '',
    ...files,
  };
  // Every fixture lesson gets a valid practice set unless the test writes its own (or opts out).
  for (const name of Object.keys(files)) {
    const dir = /^content\/lessons\/([^/]+)\/index\.mdx$/.exec(name)?.[1];
    const quiz = `content/lessons/${dir}/quiz.yaml`;
    if (dir && !(quiz in all)) all[quiz] = QUIZ.replace('fixture-question', `${dir}-question`);
  }
  for (const [name, text] of Object.entries(all)) {
    if (text === NONE) continue;
    const file = path.join(base, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return { root: path.join(base, 'content'), appDir: path.join(base, 'app') };
}

function check(files: Record<string, string>): string[] {
  return runContentCheck({ ...fixture(files), rules: [] }).errors;
}

/** The first line of `text` containing `needle`, 1-based. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

test('a valid lesson with quiz, examples, links and a playground passes and is counted', () => {
  const mdx = `${FRONTMATTER}
## Intro

\`\`\`dockerfile expect=clean
FROM alpine:3.20
CMD ["echo", "hi"]
\`\`\`

\`\`\`dockerfile expect="json-args-recommended@2"
FROM alpine:3.20
CMD echo hi
\`\`\`

See [the lesson](/learn/fixture/), [the intro](#intro), [the playground](/playground/) and
[Docker](https://docs.docker.com/).

<Playground file="start.Dockerfile" />
`;
  const report = runContentCheck({
    rules: [],
    ...fixture({
      'content/lessons/01-fixture/index.mdx': mdx,
      'content/lessons/01-fixture/quiz.yaml': QUIZ,
      'content/lessons/01-fixture/start.Dockerfile': 'FROM alpine:3.20\nCMD ["sh"]\n',
    }),
  });
  expect(report.errors).toEqual([]);
  expect(report.counts).toEqual({
    lessons: 1,
    quizzes: 1,
    questions: 1,
    codeBlocks: 2,
    dockerfiles: 1,
    links: 4,
    playgrounds: 1,
    ruleExamples: 0,
    claims: 0,
  });
});

test('a wrong expect is reported at the line the rule was expected on', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile expect="json-args-recommended@3"
FROM alpine:3.20
CMD echo hi
\`\`\`
`;
  const fence = lineOf(mdx, '```dockerfile');
  expect(check({ 'content/lessons/01-fixture/index.mdx': mdx })).toEqual([
    `${shownPath()}:${fence + 3}: expected json-args-recommended at line 3, but it reports json-args-recommended at line 2`,
  ]);
});

test('expect=clean fails on a warning, at the warning’s line in the MDX file', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile expect=clean
FROM alpine:3.20
CMD echo hi
\`\`\`
`;
  const [error] = check({ 'content/lessons/01-fixture/index.mdx': mdx });
  expect(error).toMatch(
    new RegExp(
      `index\\.mdx:${lineOf(mdx, 'CMD echo')}: expected a clean example, but the analyzer reports json-args-recommended@2`,
    ),
  );
});

test('without expect, an error-severity diagnostic fails the block', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile
FORM alpine:3.20
\`\`\`
`;
  const [error] = check({ 'content/lessons/01-fixture/index.mdx': mdx });
  expect(error).toMatch(
    new RegExp(`index\\.mdx:${lineOf(mdx, 'FORM')}: unexpected error unknown-instruction@1`),
  );
});

test('a malformed expect is reported at the fence line', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile expect="JSON@two"
FROM alpine:3.20
\`\`\`
`;
  expect(check({ 'content/lessons/01-fixture/index.mdx': mdx })).toEqual([
    expect.stringMatching(
      new RegExp(`index\\.mdx:${lineOf(mdx, '```dockerfile')}: bad expect entry "JSON@two"`),
    ),
  ]);
});

test('a broken internal link is reported with its line', () => {
  const mdx = `${FRONTMATTER}
Read [the next lesson](/learn/no-such-lesson/) first.
`;
  expect(check({ 'content/lessons/01-fixture/index.mdx': mdx })).toEqual([
    `${shownPath()}:${lineOf(mdx, 'no-such-lesson')}: broken link: no lesson with slug "no-such-lesson" (link /learn/no-such-lesson/)`,
  ]);
});

test('links to a missing page or heading are broken; links inside code are ignored', () => {
  const mdx = `${FRONTMATTER}
## Only heading

Go to [nowhere](/nowhere/) or [a heading](/learn/fixture/#missing) or [here](#gone).
Code: \`[x](/also-nowhere/)\`

\`\`\`md
[y](/ignored/)
\`\`\`
`;
  const errors = check({ 'content/lessons/01-fixture/index.mdx': mdx });
  const line = lineOf(mdx, '[nowhere]');
  expect(errors).toEqual([
    `${shownPath()}:${line}: broken link: no page at /nowhere/ (link /nowhere/)`,
    `${shownPath()}:${line}: broken link: lesson "fixture" has no heading with id "missing"`,
    `${shownPath()}:${line}: broken link: no heading with id "gone" on this page`,
  ]);
});

test('a Playground pointing at a missing file is reported with its line', () => {
  const mdx = `${FRONTMATTER}
<Playground file="missing.Dockerfile" />
`;
  expect(check({ 'content/lessons/01-fixture/index.mdx': mdx })).toEqual([
    expect.stringMatching(
      new RegExp(
        `index\\.mdx:${lineOf(mdx, '<Playground')}: <Playground> file "missing.Dockerfile" does not exist`,
      ),
    ),
  ]);
});

test('a Playground file name used by two lessons needs lesson=, which must name a real lesson', () => {
  const second = FRONTMATTER.replace('Fixture lesson', 'Second lesson');
  const errors = check({
    'content/lessons/01-fixture/index.mdx': `${FRONTMATTER}\n<Playground file="start.Dockerfile" />\n`,
    'content/lessons/01-fixture/start.Dockerfile': 'FROM alpine:3.20\n',
    'content/lessons/02-second/index.mdx': `${second}\n<Playground file="start.Dockerfile" lesson="second" />\n<Playground file="start.Dockerfile" lesson="third" />\n`,
    'content/lessons/02-second/start.Dockerfile': 'FROM alpine:3.20\n',
  });
  expect(errors).toEqual([
    expect.stringMatching(
      /01-fixture\/index\.mdx:12: <Playground> file "start.Dockerfile" exists in several lessons \(01-fixture, 02-second\); add lesson="<slug>"/,
    ),
    expect.stringMatching(/02-second\/index\.mdx:13: <Playground> lesson "third" does not exist/),
  ]);
});

test('bad frontmatter is reported with the field and its line', () => {
  const mdx = FRONTMATTER.replace('minutes: 5', 'minutes: soon');
  expect(check({ 'content/lessons/01-fixture/index.mdx': mdx })).toEqual([
    expect.stringMatching(new RegExp(`index\\.mdx:${lineOf(mdx, 'minutes')}: minutes: `)),
  ]);
});

test('a quiz question with no correct answer is reported with its line', () => {
  const quiz = QUIZ.replace('        correct: true\n', '');
  const errors = check({
    'content/lessons/01-fixture/index.mdx': FRONTMATTER,
    'content/lessons/01-fixture/quiz.yaml': quiz,
  });
  expect(errors).toEqual([
    expect.stringMatching(
      new RegExp(`quiz\\.yaml:${lineOf(quiz, 'options:')}: .*has no correct option`),
    ),
  ]);
});

test('a *.Dockerfile is checked against its # expect: line, and against errors by default', () => {
  const errors = check({
    'content/lessons/01-fixture/index.mdx': FRONTMATTER,
    'content/lessons/01-fixture/broken.Dockerfile': 'FROM alpine:3.20\nFORM x\n',
    'content/lessons/01-fixture/declared.Dockerfile':
      '# expect: json-args-recommended@3\nFROM alpine:3.20\nCMD echo hi\n',
    'content/lessons/01-fixture/wrong.Dockerfile':
      '# expect: json-args-recommended@2\nFROM alpine:3.20\nCMD ["echo"]\n',
  });
  expect(errors).toEqual([
    expect.stringMatching(/broken\.Dockerfile:2: unexpected error unknown-instruction@2/),
    expect.stringMatching(
      /wrong\.Dockerfile:2: expected json-args-recommended at line 2, but it reports nothing/,
    ),
  ]);
});

test('a lesson without a practice set, or with one it never shows, is reported', () => {
  const errors = check({
    'content/lessons/01-fixture/index.mdx': FRONTMATTER,
    'content/lessons/01-fixture/quiz.yaml': NONE,
    'content/lessons/02-second/index.mdx': FRONTMATTER.replace('<Quiz />\n', ''),
  });
  expect(errors).toEqual([
    expect.stringMatching(/01-fixture\/index\.mdx:10: lesson has no practice set: add quiz\.yaml/),
    expect.stringMatching(/02-second\/index\.mdx:1: quiz\.yaml is never shown: add <Quiz \/>/),
  ]);
});

test('a block marked broken must make the analyzer report an error', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile broken
FORM alpine:3.20
\`\`\`

\`\`\`dockerfile broken
FROM alpine:3.20
\`\`\`
`;
  expect(check({ 'content/lessons/01-fixture/index.mdx': mdx })).toEqual([
    `${shownPath()}:${lineOf(mdx, 'FROM alpine') - 1}: marked broken, but the analyzer reports no error; declare the expected rule with expect="rule@line"`,
  ]);
});

test('a rule whose docs slug names no lesson is reported; URLs and real slugs pass', () => {
  const rule = (id: string, docs?: string) => ({
    meta: { id, severity: 'error' as const, description: id, docs },
    check: () => {},
  });
  const errors = runContentCheck({
    ...fixture({ 'content/lessons/01-fixture/index.mdx': FRONTMATTER }),
    rules: [
      rule('good-rule', 'fixture'),
      rule('url-rule', 'https://docs.docker.com/'),
      rule('no-docs'),
      rule('bad-rule', 'no-such-lesson'),
    ],
  }).errors;
  expect(errors).toEqual([
    'lib/analyzer/rules/bad-rule.ts:1: rule docs "no-such-lesson" names no lesson (lessons: content/lessons/NN-slug)',
  ]);
});

test('fence meta accepts quoted, comma or space separated lists, target= and other attributes', () => {
  expect(parseFenceMeta('expect="a-rule@3, b-rule" title="x"')).toEqual({
    expect: { kind: 'list', items: [{ rule: 'a-rule', line: 3 }, { rule: 'b-rule' }] },
    errors: [],
  });
  expect(parseFenceMeta("target=test expect='a-rule@1 b-rule@2'")).toMatchObject({
    target: 'test',
    expect: {
      items: [
        { rule: 'a-rule', line: 1 },
        { rule: 'b-rule', line: 2 },
      ],
    },
  });
  expect(parseFenceMeta('expect=clean').expect).toEqual({ kind: 'clean' });
  expect(parseFenceMeta('').expect).toEqual({ kind: 'default' });
  expect(parseFenceMeta('expect = clean').errors).toHaveLength(1);
  expect(parseFenceMeta('expect=""').errors).toEqual([
    'empty expect: write expect=clean or expect="rule@line ..."',
  ]);
  expect(parseFenceMeta('expect=a-rule@0').errors[0]).toMatch(/positive number/);
});

test('the MDX scanner finds indented fences inside JSX and strips their indent', () => {
  const scan = scanMdx(
    '<DockerfileBlock highlight="2">\n  ```dockerfile\n  FROM a\n  RUN b\n  ```\n</DockerfileBlock>\n',
  );
  expect(scan.fences).toEqual([{ line: 2, lang: 'dockerfile', meta: '', code: 'FROM a\nRUN b' }]);
});

test('a Dockerfile without an expect line declares nothing', () => {
  expect(dockerfileExpect('FROM alpine:3.20\n')).toEqual({
    expect: { kind: 'default' },
    line: 0,
    errors: [],
  });
});

/** How the fixture lesson's path appears in messages (absolute: it lies outside the project). */
function shownPath(): string {
  return path.join(made[made.length - 1]!, 'content/lessons/01-fixture/index.mdx');
}

test('a lesson the MDX parser rejects is reported at the line of the syntax error', () => {
  const mdx = `${FRONTMATTER}
A bare <3 in prose.
`;
  const errors = check({ 'content/lessons/01-fixture/index.mdx': mdx });
  // only the syntax error: nothing else in the file was read, so nothing else is reported
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(`${shownPath()}:${lineOf(mdx, 'A bare')}: invalid MDX: `);
});

test('build-arg= on a fence is the --build-arg the example is analyzed with', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile build-arg=BASE=
ARG BASE=alpine:3.20
FROM \${BASE}
\`\`\`
`;
  const errors = check({ 'content/lessons/01-fixture/index.mdx': mdx });
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(
    `${shownPath()}:${lineOf(mdx, 'FROM ${BASE}')}: unexpected error empty-base-name@2 (error: `,
  );
  expect(parseFenceMeta('build-arg=GO_VERSION=1.23 build-arg="A=b c"').buildArgs).toEqual({
    GO_VERSION: '1.23',
    A: 'b c',
  });
  expect(parseFenceMeta('build-arg=1.23').errors).toEqual([
    'bad build-arg "1.23": write build-arg=NAME=VALUE',
  ]);
});

test('broken with expect= claims the listed findings fail the build: a warning does not', () => {
  const mdx = `${FRONTMATTER}
\`\`\`dockerfile broken expect="json-args-recommended@2"
FROM alpine:3.20
CMD echo hi
\`\`\`

\`\`\`dockerfile broken expect="unknown-stage-reference@3"
FROM alpine:3.20 AS build
FROM alpine:3.20
COPY --from=biuld /a /a
\`\`\`
`;
  const errors = check({
    'content/lessons/01-fixture/index.mdx': mdx,
    'content/lessons/01-fixture/x.Dockerfile':
      '# expect: broken, json-args-recommended@3\nFROM alpine:3.20\nCMD echo hi\n',
  });
  expect(errors).toHaveLength(2);
  expect(errors[0]).toMatch(
    `${shownPath()}:${lineOf(mdx, 'CMD echo hi')}: marked broken, so json-args-recommended at line 2 must fail the build, but the analyzer reports json-args-recommended@2 (warning: `,
  );
  expect(errors[1]).toMatch(
    /01-fixture\/x\.Dockerfile:3: marked broken, so json-args-recommended at line 3 must fail the build, but the analyzer reports json-args-recommended@3 \(warning: /,
  );
  expect(parseFenceMeta('broken').expect).toEqual({ kind: 'broken' });
});
