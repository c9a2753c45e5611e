import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-syntax-directive', {
  valid: [
    '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n',
    '# syntax=docker/dockerfile:1.7-labs\nFROM alpine:3.20\n',
    '# syntax=docker.io/docker/dockerfile\nFROM alpine:3.20\n',
    '# syntax=docker/dockerfile-upstream:master\nFROM alpine:3.20\n',
    '#syntax=tonistiigi/dockerfile:runmount20180618\nFROM alpine:3.20\n',
    '# syntax=docker/dockerfile:1@sha256:4c68376a702446fc3c79af22de146a148bc3367e73c25a5803d453b6b3f722fb\nFROM alpine:3.20\n',
    '# syntax=ghcr.io/org/frontend:v2\nFROM alpine:3.20\n',
    // not a directive: it comes after an instruction
    'FROM alpine:3.20\n# syntax=foobar\n',
    {
      name: 'the BUILDKIT_SYNTAX build arg picks the frontend, so the directive is not read',
      code: '#syntax=foobar\nFROM alpine:3.20\n',
      options: { buildArgs: { BUILDKIT_SYNTAX: 'docker/dockerfile:1' } },
    },
  ],
  invalid: [
    {
      name: 'a bare name (BuildKit errors-invalidsyntax)',
      code: '#syntax=foobar\nfrom alpine',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          severity: 'error',
          suggestion: 'docker/dockerfile:1',
          message:
            '# syntax=foobar names the image docker.io/library/foobar:latest, which is no Dockerfile frontend, so BuildKit fails resolving it; the official frontend is docker/dockerfile:1',
        },
      ],
    },
    {
      name: 'a bare name with a tag, followed by frontend arguments',
      code: '# syntax = dockerfile:1 --foo\nFROM alpine:3.20\n',
      errors: [{ line: 1, column: 1, suggestion: 'docker/dockerfile:1' }],
    },
    {
      name: 'not even a valid reference',
      code: '# syntax=Foobar\nFROM alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            '# syntax=Foobar is no valid image reference (invalid reference format: repository name (library/Foobar) must be lowercase); the official frontend is docker/dockerfile:1',
        },
      ],
    },
  ],
});

test('the fix replaces just the image with docker/dockerfile:1, keeping frontend arguments', () => {
  const src = '# syntax = dockerfile:1 --foo\nFROM alpine:3.20\n';
  const d = analyze(src).diagnostics.find((x) => x.rule === 'invalid-syntax-directive');
  expect(d?.fix).toEqual({
    line: 1,
    column: 12,
    endLine: 1,
    endColumn: 24,
    text: 'docker/dockerfile:1',
  });
  const fixed = src.slice(0, 11) + d!.fix!.text + src.slice(23);
  expect(fixed).toBe('# syntax = docker/dockerfile:1 --foo\nFROM alpine:3.20\n');
  expect(analyze(fixed).diagnostics.filter((x) => x.rule === 'invalid-syntax-directive')).toEqual(
    [],
  );
});
