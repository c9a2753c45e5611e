import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseImageRef } from './image-ref';

// distribution/reference's patterns, which the character-code checks must agree with
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

test('parses what BuildKit pulls for the common forms', () => {
  expect(parseImageRef('alpine')).toMatchObject({
    ok: true,
    normalized: 'docker.io/library/alpine:latest',
    familiar: 'alpine',
  });
  expect(parseImageRef('golang:1.26-alpine3.23')).toMatchObject({
    ok: true,
    tag: '1.26-alpine3.23',
    familiar: 'golang',
  });
  expect(parseImageRef('quay.io/minio/mc:RELEASE.2025-08-13T08-35-41Z')).toMatchObject({
    ok: true,
    domain: 'quay.io',
    familiar: 'quay.io/minio/mc',
  });
  expect(parseImageRef('localhost/app')).toMatchObject({ ok: true, domain: 'localhost' });
});

test('rejects bad names with BuildKit reasons', () => {
  expect(parseImageRef('Ubuntu')).toEqual({
    ok: false,
    error: 'invalid reference format: repository name (library/Ubuntu) must be lowercase',
  });
  for (const bad of ['a___b', 'a-', '-a', 'a..b', 'a._b', 'x:', 'x:-1', 'x:' + 'a'.repeat(129)]) {
    expect(parseImageRef(bad), bad).toEqual({ ok: false, error: 'invalid reference format' });
  }
  for (const good of ['a__b', 'a--b', 'a.b_c', 'x:_1', 'x:' + 'a'.repeat(128)]) {
    expect(parseImageRef(good).ok, good).toBe(true);
  }
});

test('path components and tags are judged exactly as the regular expressions judge them', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '.', '_', '-', 'A', 'ä') });
  fc.assert(
    fc.property(word, word, (path, tag) => {
      const ok = parseImageRef(`r/${path}:${tag === '' ? 'x' : tag}`).ok;
      const want =
        path.split('/').every((c) => PATH_COMPONENT.test(c)) && (tag === '' || TAG.test(tag));
      expect(ok).toBe(want);
    }),
    { numRuns: 2000 },
  );
});
