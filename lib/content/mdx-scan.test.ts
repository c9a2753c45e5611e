import { expect, test } from 'vitest';
import { scanMdx } from './mdx-scan';

test('frontmatter is not prose: a link-like value in it is no link, and lines count from the file top', () => {
  const scan = scanMdx('---\ntitle: "[x](/nowhere/)"\n---\n\nSee [a](/learn/a/).\n');
  expect(scan.links).toEqual([{ line: 5, url: '/learn/a/' }]);
});

test('a Dockerfile shown inside a longer fence is text of that fence, not an example', () => {
  const scan = scanMdx('````md\n```dockerfile\nFROM a\n```\n````\n');
  expect(scan.fences.map((f) => f.lang)).toEqual(['md']);
});

test('tags give their string attributes, quoted or as a string expression; reference links count', () => {
  const scan = scanMdx(
    '<Playground file={"a.Dockerfile"} lesson=\'naming-stages\' />\n\n<Quiz />\n\nSee [b][ref].\n\n[ref]: /learn/b/\n',
  );
  expect(scan.playgrounds).toEqual([{ line: 1, file: 'a.Dockerfile', lesson: 'naming-stages' }]);
  expect(scan.quizzes).toEqual([3]);
  expect(scan.links).toEqual([{ line: 7, url: '/learn/b/' }]);
});

test('an MDX syntax error is reported with its line instead of throwing', () => {
  const scan = scanMdx('# Title\n\nA bare <3 in prose.\n');
  expect(scan.syntaxError?.line).toBe(3);
  expect(scan.fences).toEqual([]);
});
