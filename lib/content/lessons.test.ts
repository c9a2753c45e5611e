import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  ContentError,
  checkContent,
  getAdjacentLessons,
  getCourseMap,
  lessonSlug,
  loadLessons,
  validateLesson,
} from './lessons';

const GOOD = `---
title: Why multi-stage builds
summary: Build and runtime stages.
objectives:
  - Tell the stages apart
  - Explain image size
minutes: 10
module: foundations
sources:
  - https://docs.docker.com/build/building/multi-stage/
---

Intro.

## First part

Text.
`;

const FILE = '/tmp/course/content/lessons/01-why-multi-stage/index.mdx';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function lessonsDir(lessons: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagecraft-lessons-'));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(lessons)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'index.mdx'), text);
  }
  return dir;
}

function errorsFor(text: string): string[] {
  const result = validateLesson(FILE, text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

test('a valid lesson parses into typed data with slug, order, headings and reading time', () => {
  const result = validateLesson(FILE, GOOD);
  expect(result).toMatchObject({
    ok: true,
    lesson: {
      title: 'Why multi-stage builds',
      objectives: ['Tell the stages apart', 'Explain image size'],
      minutes: 10,
      module: 'foundations',
      slug: 'why-multi-stage',
      dir: '01-why-multi-stage',
      order: 1,
      readingMinutes: 1,
      bodyLine: 12,
      headings: [{ depth: 2, text: 'First part', id: 'first-part', line: 15 }],
    },
  });
});

test('a bad field fails with file:line: message naming the field at its real line', () => {
  const text = GOOD.replace('minutes: 10', 'minutes: ten');
  expect(errorsFor(text)).toEqual([
    `${FILE}:7: minutes: invalid input: expected number, received string`,
  ]);
});

test('a module outside the list is reported on its line with the allowed values', () => {
  const [error] = errorsFor(GOOD.replace('module: foundations', 'module: basics'));
  expect(error).toMatch(new RegExp(`^${FILE}:8: module: `));
  expect(error).toContain('"foundations"');
});

test('a missing field is named and points at the frontmatter', () => {
  expect(errorsFor(GOOD.replace('title: Why multi-stage builds\n', ''))).toEqual([
    `${FILE}:1: title: is required`,
  ]);
});

test('an empty objective is reported on the line of that list item', () => {
  const text = GOOD.replace('  - Explain image size', '  - ""');
  expect(errorsFor(text)).toEqual([`${FILE}:6: objectives.1: must not be empty`]);
});

test('an empty objectives list is reported on the key line', () => {
  const text = GOOD.replace(
    'objectives:\n  - Tell the stages apart\n  - Explain image size',
    'objectives: []',
  );
  expect(errorsFor(text)).toEqual([`${FILE}:4: objectives: list at least one learning objective`]);
});

test('an unknown (misspelt) field is reported on its own line', () => {
  const text = GOOD.replace('minutes: 10', 'minutes: 10\nminuets: 12');
  expect(errorsFor(text)).toEqual([`${FILE}:8: minuets: unknown field`]);
});

test('a lesson without sources fails on the opening line, naming the field', () => {
  const text = GOOD.replace(
    'sources:\n  - https://docs.docker.com/build/building/multi-stage/\n',
    '',
  );
  expect(errorsFor(text)).toEqual([`${FILE}:1: sources: is required`]);
});

test('an empty sources list and a source that is not a URL or repo path are reported on their lines', () => {
  const empty = GOOD.replace(
    'sources:\n  - https://docs.docker.com/build/building/multi-stage/',
    'sources: []',
  );
  expect(errorsFor(empty)).toEqual([
    `${FILE}:9: sources: list at least one source for the facts a reader might doubt`,
  ]);
  const vague = GOOD.replace(
    'https://docs.docker.com/build/building/multi-stage/',
    'the Docker docs',
  );
  expect(errorsFor(vague)).toEqual([
    `${FILE}:10: sources.0: write a source as \`https://…\` or \`owner/repo:path\`, optionally followed by \` — what it supports\``,
  ]);
});

test('a repository file with a note is a valid source', () => {
  const text = GOOD.replace(
    'https://docs.docker.com/build/building/multi-stage/',
    'moby/buildkit:frontend/dockerfile/dockerfile2llb/convert.go — stages the target needs',
  );
  expect(validateLesson(FILE, text)).toMatchObject({ ok: true });
});

test('YAML syntax errors and missing frontmatter are reported with a line', () => {
  const [syntax] = errorsFor(GOOD.replace('title: Why multi-stage builds', 'title: [unclosed'));
  expect(syntax).toMatch(new RegExp(`^${FILE}:\\d+: invalid YAML: `));
  expect(errorsFor('# No frontmatter\n')).toEqual([
    `${FILE}:1: missing frontmatter: the file must start with a \`---\` line and close it with another`,
  ]);
});

test('duplicate headings are rejected because their anchors would clash', () => {
  const text = `${GOOD}\n## First part\n`;
  expect(errorsFor(text)).toEqual([
    `${FILE}:19: duplicate heading "First part" (same anchor as line 15); headings must differ`,
  ]);
});

test('the URL slug drops the folder number', () => {
  expect(lessonSlug('01-why-multi-stage')).toBe('why-multi-stage');
  expect(lessonSlug('120-at-scale')).toBe('at-scale');
  expect(lessonSlug('why-multi-stage')).toBeNull();
  expect(lessonSlug('01-Why')).toBeNull();
});

test('lessons are ordered by folder number, numerically', () => {
  const dir = lessonsDir({
    '10-tenth': GOOD.replace('Why multi-stage builds', 'Tenth'),
    '02-second': GOOD.replace('Why multi-stage builds', 'Second'),
    '1-first': GOOD.replace('Why multi-stage builds', 'First'),
  });
  expect(loadLessons(dir).map((l) => [l.order, l.slug, l.title])).toEqual([
    [1, 'first', 'First'],
    [2, 'second', 'Second'],
    [10, 'tenth', 'Tenth'],
  ]);
  expect(getAdjacentLessons('second', dir)).toMatchObject({
    prev: { slug: 'first' },
    next: { slug: 'tenth' },
  });
});

test('loadLessons throws every error at once, which fails the build', () => {
  const dir = lessonsDir({
    '01-good': GOOD,
    '02-bad': GOOD.replace('minutes: 10', 'minutes: -3'),
    '03-good': GOOD.replace('module: foundations', 'module: nope'),
  });
  let error: unknown;
  try {
    loadLessons(dir);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ContentError);
  const { errors } = error as ContentError;
  expect(errors).toHaveLength(2);
  expect(errors[0]).toBe(`${path.join(dir, '02-bad', 'index.mdx')}:7: minutes: must be positive`);
  expect(errors[1]).toMatch(/03-good\/index\.mdx:8: module: /);
});

test('checkContent reports duplicate numbers and slugs, bad folder names and missing files', () => {
  const dir = lessonsDir({
    '01-alpha': GOOD,
    '01-beta': GOOD,
    '02-alpha': GOOD,
    notes: GOOD,
  });
  fs.mkdirSync(path.join(dir, '03-empty'));
  const { lessons, errors } = checkContent(dir);
  expect(lessons.map((l) => l.dir)).toEqual(['01-alpha', '01-beta', '02-alpha']);
  expect(errors).toEqual([
    `${path.join(dir, '03-empty', 'index.mdx')}:1: missing index.mdx in lesson folder "03-empty"`,
    `${path.join(dir, 'notes', 'index.mdx')}:1: lesson folder "notes" must be named NN-slug (digits, a hyphen, lowercase words)`,
    `${path.join(dir, '01-beta', 'index.mdx')}:1: lesson number 1 is also used by ${path.join(dir, '01-alpha', 'index.mdx')}`,
    `${path.join(dir, '02-alpha', 'index.mdx')}:1: slug "alpha" is also used by ${path.join(dir, '01-alpha', 'index.mdx')}`,
  ]);
});

test('the real course content is valid and every module in the map is known', () => {
  const { lessons, errors } = checkContent();
  expect(errors).toEqual([]);
  expect(lessons.slice(0, 2).map((l) => l.slug)).toEqual(['why-multi-stage', 'naming-stages']);
  for (const lesson of lessons) {
    expect(lesson.file).toBe(`content/lessons/${lesson.dir}/index.mdx`);
    expect(lesson.headings.length).toBeGreaterThan(2);
  }
  const map = getCourseMap();
  expect(map.map((m) => m.id)).toEqual(['foundations', 'lean-secure', 'buildkit', 'at-scale']);
  expect(map.flatMap((m) => m.lessons)).toHaveLength(lessons.length);
});
