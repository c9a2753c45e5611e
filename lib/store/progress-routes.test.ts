import { expect, test } from 'vitest';
import { isContinueHref, lessonHref } from './progress-routes';

const slugs = ['why-multi-stage', 'naming-stages'];

test.each([
  ['//example.com/learn/naming-stages/'],
  ['/\\example.com/learn/naming-stages/'],
  ['https://example.com/learn/naming-stages/'],
  ['/learn/naming-stages/../../x'],
  ['/learn/unknown-lesson/'],
  ['/learn/naming-stages'],
  ['/learn/naming-stages/?next=//example.com'],
  ['javascript:alert(1)'],
  [''],
])('a continue link to %j is refused', (href) => {
  expect(isContinueHref(href, slugs)).toBe(false);
});

test('the route of a known lesson is accepted', () => {
  expect(isContinueHref(lessonHref('naming-stages'), slugs)).toBe(true);
  expect(lessonHref('naming-stages')).toBe('/learn/naming-stages/');
});
