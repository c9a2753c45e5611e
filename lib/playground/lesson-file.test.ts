import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { resolveLessonFile } from './lesson-file';

function lessons(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('a Dockerfile unique to one lesson is found and read', () => {
  const dir = lessons({
    '01-why/index.mdx': '',
    '03-common-mistakes/starter.Dockerfile': 'FROM alpine\n',
  });
  expect(resolveLessonFile('starter.Dockerfile', undefined, dir)).toEqual({
    path: '03-common-mistakes/starter.Dockerfile',
    text: 'FROM alpine\n',
  });
});

test('a name in several lessons needs lesson=, by slug or folder name', () => {
  const dir = lessons({
    '01-a/starter.Dockerfile': 'FROM a',
    '02-b/starter.Dockerfile': 'FROM b',
  });
  expect(() => resolveLessonFile('starter.Dockerfile', undefined, dir)).toThrow(
    /exists in several lessons \(01-a, 02-b\); add lesson=/,
  );
  expect(resolveLessonFile('starter.Dockerfile', 'b', dir).text).toBe('FROM b');
  expect(resolveLessonFile('starter.Dockerfile', '01-a', dir).text).toBe('FROM a');
});

test('missing files and names that are not plain *.Dockerfile names are refused', () => {
  const dir = lessons({ '01-a/index.mdx': '' });
  expect(() => resolveLessonFile('nope.Dockerfile', undefined, dir)).toThrow(
    /nope.Dockerfile was not found in any lesson folder/,
  );
  for (const bad of ['../../etc/passwd', '../01-a/x.Dockerfile', 'Dockerfile.txt', '.Dockerfile']) {
    expect(() => resolveLessonFile(bad, undefined, dir), bad).toThrow(/must be a name like/);
  }
});
