import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import prettier from 'prettier';
import { afterEach, expect, test } from 'vitest';
import { runContentCheck } from './content-check';
import { checkContent } from './lessons';
import { createLesson } from './new-lesson';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp project with an app route for lessons and one existing lesson in the `buildkit` module. */
function project(): { root: string; lessonsDir: string; appDir: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'new-lesson-'));
  made.push(base);
  const appDir = path.join(base, 'app');
  fs.mkdirSync(path.join(appDir, 'learn', '[slug]'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'learn', '[slug]', 'page.tsx'), '');
  const lessonsDir = path.join(base, 'content', 'lessons');
  fs.mkdirSync(path.join(lessonsDir, '07-first-steps'), { recursive: true });
  fs.writeFileSync(
    path.join(lessonsDir, '07-first-steps', 'index.mdx'),
    '---\ntitle: First steps\nsummary: The first lesson.\nobjectives:\n  - Begin\nminutes: 5\nmodule: buildkit\nsources:\n  - https://docs.docker.com/build/\n---\n\nHello.\n\n<Quiz />\n',
  );
  fs.writeFileSync(
    path.join(lessonsDir, '07-first-steps', 'quiz.yaml'),
    'title: First\nquestions:\n  - id: first-q\n    difficulty: easy\n    type: single\n    prompt: Pick one\n    options:\n      - text: A\n        correct: true\n      - text: B\n    solution: [A is right]\n',
  );
  return { root: path.join(base, 'content'), lessonsDir, appDir };
}

test('scaffolds the next-numbered folder with frontmatter, quiz and Dockerfile that pass the content check', async () => {
  const { root, lessonsDir, appDir } = project();
  const result = await createLesson({ title: 'Build secrets: the "right" way', lessonsDir });
  expect(result).toMatchObject({ ok: true, slug: 'build-secrets-the-right-way' });
  if (!result.ok) return;
  expect(path.basename(result.dir)).toBe('08-build-secrets-the-right-way');
  expect(result.files.map((f) => path.basename(f))).toEqual([
    'index.mdx',
    'quiz.yaml',
    'starter.Dockerfile',
  ]);

  const lessons = checkContent(lessonsDir);
  expect(lessons.errors).toEqual([]);
  expect(lessons.lessons[1]).toMatchObject({
    title: 'Build secrets: the "right" way',
    module: 'buildkit',
    order: 8,
  });
  const report = runContentCheck({ root, appDir, rules: [] });
  expect(report.errors).toEqual([]);
  expect(report.counts).toMatchObject({ lessons: 2, quizzes: 2, questions: 2, codeBlocks: 1 });
  expect(report.counts.dockerfiles).toBe(1);
  expect(report.counts.playgrounds).toBe(1);
});

test('two scaffolded lessons do not clash on their starter Dockerfile names', async () => {
  const { root, lessonsDir, appDir } = project();
  expect((await createLesson({ title: 'One', lessonsDir })).ok).toBe(true);
  expect((await createLesson({ title: 'Two', lessonsDir, module: 'at-scale' })).ok).toBe(true);
  expect(runContentCheck({ root, appDir, rules: [] }).errors).toEqual([]);
  expect(fs.readdirSync(lessonsDir).sort()).toEqual(['07-first-steps', '08-one', '09-two']);
});

test('refuses a title whose slug already exists, and writes nothing', async () => {
  const { lessonsDir } = project();
  const result = await createLesson({ title: 'First Steps!', lessonsDir });
  expect(result).toEqual({
    ok: false,
    error: expect.stringMatching(
      /a lesson with slug "first-steps" already exists: .*07-first-steps/,
    ),
  });
  expect(fs.readdirSync(lessonsDir)).toEqual(['07-first-steps']);
});

test('refuses an empty title and an unknown module', async () => {
  const { lessonsDir } = project();
  expect(await createLesson({ title: '  !!  ', lessonsDir })).toMatchObject({ ok: false });
  expect(await createLesson({ title: 'Fine', lessonsDir, module: 'nope' })).toEqual({
    ok: false,
    error: 'unknown module "nope"; use one of foundations, lean-secure, buildkit, at-scale',
  });
  expect(fs.readdirSync(lessonsDir)).toEqual(['07-first-steps']);
});

test('the first lesson of an empty course is 01 in the first module', async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'new-lesson-'));
  made.push(base);
  const lessonsDir = path.join(base, 'lessons');
  const result = await createLesson({ title: 'Hello', lessonsDir });
  expect(result.ok && path.basename(result.dir)).toBe('01-hello');
  expect(checkContent(lessonsDir).lessons[0]?.module).toBe('foundations');
});

test('the scaffolded quiz.yaml is already formatted as prettier --check expects', async () => {
  const { lessonsDir } = project();
  const config = await prettier.resolveConfig(path.join(process.cwd(), 'content', 'x.yaml'));
  for (const title of [
    'Plain title',
    "The builder's cache",
    'Say "cheese"',
    `Both ' and " and ''`,
  ]) {
    const result = await createLesson({ title, lessonsDir });
    expect(result.ok).toBe(true);
    if (!result.ok) continue;
    const file = path.join(result.dir, 'quiz.yaml');
    const text = fs.readFileSync(file, 'utf8');
    expect(await prettier.check(text, { ...config, filepath: file }), title).toBe(true);
  }
  expect(
    runContentCheck({ root: path.dirname(lessonsDir), appDir: lessonsDir, rules: [] }).errors,
  ).toEqual([]);
});
