import { expect, test } from 'vitest';
import { extractHeadings, readingMinutes, slugify } from './headings';

test('slugify makes lowercase hyphenated ids and drops punctuation', () => {
  expect(slugify('Why multi-stage builds?')).toBe('why-multi-stage-builds');
  expect(slugify('Naming a stage with FROM … AS')).toBe('naming-a-stage-with-from-as');
  expect(slugify('  COPY --from  ')).toBe('copy-from');
});

test('headings inside fenced code are not part of the table of contents', () => {
  const body = [
    '## Real',
    '```dockerfile',
    '## not a heading',
    '```',
    '### Sub',
    '#### Too deep',
  ].join('\n');
  expect(extractHeadings(body, 20)).toEqual([
    { depth: 2, text: 'Real', id: 'real', line: 20 },
    { depth: 3, text: 'Sub', id: 'sub', line: 24 },
  ]);
});

test('reading time rounds words at 200 a minute and is at least one minute', () => {
  expect(readingMinutes('word '.repeat(30))).toBe(1);
  expect(readingMinutes('word '.repeat(1000))).toBe(5);
});
