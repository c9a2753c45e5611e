import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { generateStaticParams } from '@/app/learn/[slug]/page';

// `next build` calls the lesson route's generateStaticParams; if it throws, the build fails.
// These tests run it against a throwaway project root holding one good and one bad lesson.

const good = fs.readFileSync(
  path.join(process.cwd(), 'content/lessons/01-why-multi-stage/index.mdx'),
  'utf8',
);

let root = '';
afterEach(() => {
  vi.restoreAllMocks();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function projectWith(lessons: Record<string, string>) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'stagecraft-build-'));
  for (const [dir, text] of Object.entries(lessons)) {
    fs.mkdirSync(path.join(root, 'content/lessons', dir), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/lessons', dir, 'index.mdx'), text);
  }
  vi.spyOn(process, 'cwd').mockReturnValue(root);
}

test('the lesson route lists one static page per valid lesson, without numbers', () => {
  projectWith({ '01-why-multi-stage': good, '07-later': good });
  expect(generateStaticParams()).toEqual([{ slug: 'why-multi-stage' }, { slug: 'later' }]);
});

test('a lesson with a bad frontmatter field fails the build, naming the file, line and field', () => {
  const bad = good.replace(/^minutes: \d+$/m, 'minutes: soon');
  const line = bad.split('\n').findIndex((l) => l.startsWith('minutes:')) + 1;
  projectWith({ '01-why-multi-stage': good, '02-broken': bad });
  expect(() => generateStaticParams()).toThrow(
    `content/lessons/02-broken/index.mdx:${line}: minutes: invalid input: expected number, received string`,
  );
});
