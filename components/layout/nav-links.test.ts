import { expect, test } from 'vitest';
import { currentNavHref } from './nav-links';

test.each([
  ['/', '/'],
  ['/learn/03-copy-from/', '/'],
  ['/learn/03-copy-from', '/'],
  ['/playground', '/playground/'],
  ['/playground/', '/playground/'],
  ['/quizzes/review/q-12/', '/quizzes/'],
  ['/rules/unknown-stage-reference/', '/rules/'],
  ['/progress/', '/progress/'],
  ['/rulesx/', null],
  ['/no-such-page/', null],
  [null, null],
])('%s belongs to %s', (path, href) => {
  expect(currentNavHref(path)).toBe(href);
});
