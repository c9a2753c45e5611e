import fc from 'fast-check';
import { expect, test } from 'vitest';
import { cleanPath, ignoreMatcher, readIgnoreFile } from './dockerignore';

const excluded = (ignore: string, path: string) => ignoreMatcher(ignore)?.excludes(path) ?? false;

test('cleanPath is Go path.Clean', () => {
  expect(['', '.', 'a/./b/', 'a//b', 'a/../..', '/../a', '/', 'a/b/../c'].map(cleanPath)).toEqual([
    '.',
    '.',
    'a/b',
    'a/b',
    '..',
    '/a',
    '/',
    'a/c',
  ]);
});

test('the file: a BOM, comments only in column 1, trimmed lines, ! kept, one leading / dropped', () => {
  expect(
    readIgnoreFile('\ufeff# comment\n  # not a comment\n\n /build/ \n! /dist\nnode_modules\r\n'),
  ).toEqual(['# not a comment', 'build', '!dist', 'node_modules']);
});

test('plain names are anchored at the context root; a match on a parent excludes what is below', () => {
  expect(excluded('Dockerfile', 'Dockerfile')).toBe(true);
  expect(excluded('node_modules', 'node_modules/react/index.js')).toBe(true);
  expect(excluded('node_modules', 'app/node_modules')).toBe(false);
  expect(excluded('/secrets', 'secrets/key.pem')).toBe(true);
});

test('* and ? stop at /, ** crosses directories, classes read as filepath.Match reads them', () => {
  expect(excluded('*.md', 'README.md')).toBe(true);
  expect(excluded('*.md', 'docs/README.md')).toBe(false);
  expect(excluded('**/*.md', 'docs/deep/README.md')).toBe(true);
  expect(excluded('**/*.md', 'README.md')).toBe(true);
  expect(excluded('docs/**', 'docs/a/b')).toBe(true);
  expect(excluded('log?.txt', 'log1.txt')).toBe(true);
  expect(excluded('log?.txt', 'log/.txt')).toBe(false);
  expect(excluded('file[0-9].txt', 'file7.txt')).toBe(true);
  expect(excluded('file[^0-9].txt', 'file7.txt')).toBe(false);
  expect(excluded('a\\*b', 'a*b')).toBe(true);
  expect(excluded('a\\*b', 'axb')).toBe(false);
});

test('a leading ** is a suffix match, as patternmatcher makes it', () => {
  expect(excluded('**/.git', '.git')).toBe(true);
  expect(excluded('**/.git', 'vendor/lib/.git')).toBe(true);
  expect(excluded('**', 'anything/at/all')).toBe(true);
});

test('the last matching line wins: ! re-includes, a later pattern excludes again', () => {
  const ignore = '*.md\n!README.md\nREADME*';
  expect(excluded(ignore, 'CHANGES.md')).toBe(true);
  expect(excluded('*.md\n!README.md', 'README.md')).toBe(false);
  expect(excluded(ignore, 'README.md')).toBe(true);
});

test('files BuildKit refuses, or no pattern at all, give no matcher', () => {
  expect(ignoreMatcher('!')).toBeNull();
  expect(ignoreMatcher('file[0-9')).toBeNull();
  expect(ignoreMatcher('[]')).toBeNull();
  expect(ignoreMatcher('# only a comment\n\n')).toBeNull();
});

test('a hostile pattern against a long path finishes in linear time', () => {
  const pattern = `${'*a'.repeat(30)}b\n${'**/'.repeat(30)}x`;
  const path = 'a'.repeat(5000);
  expect(excluded(pattern, path)).toBe(false);
});

test('any ignore file and any path: a verdict, never a throw', () => {
  const piece = fc.constantFrom(
    '*',
    '**',
    '?',
    '/',
    '!',
    '[',
    ']',
    '^',
    '-',
    '\\',
    '.',
    'a',
    '#',
    '\n',
    ' ',
  );
  const text = fc
    .array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 40 })
    .map((p) => p.join(''));
  fc.assert(
    fc.property(text, text, (ignore, path) => {
      const verdict = ignoreMatcher(ignore)?.excludes(path) ?? false;
      expect(typeof verdict).toBe('boolean');
    }),
    { numRuns: 2000 },
  );
});
