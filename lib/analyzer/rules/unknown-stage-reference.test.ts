import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import { ruleTester } from '../testing/rule-tester';

ruleTester('unknown-stage-reference', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /app /app\n',
    // far from any stage name, and an official image: external-image-reference explains the pull
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=busybox /bin/busybox /bin/\n',
    // a namespaced or tagged name may well exist on its registry
    'FROM alpine:3.20\nCOPY --from=tonistiigi/xx / /\n',
    'FROM alpine:3.20\nCOPY --from=assets:1.0 /a /a\n',
    'FROM alpine:3.20\nCOPY --from=scratch / /\n',
    // ONBUILD runs in a child build, whose stages this file cannot see
    'FROM alpine:3.20\nONBUILD COPY --from=assets /a /a\n',
    // a named build context (`--build-context assets=./web`) is read instead of an image
    {
      name: 'a --build-context of that name',
      code: 'FROM alpine:3.20\nCOPY --from=assets /a /a\n',
      options: { buildContexts: { assets: './web' } },
    },
    // not a valid image name: invalid-image-reference explains it
    'FROM alpine:3.20\nCOPY --from=Assets /a /a\n',
    // a well-known image is never taken for a typo
    'FROM node:20 AS alpha\nFROM scratch\nCOPY --from=alpine /etc/passwd /\n',
    'FROM alpine:3.20 AS build\nFROM build\n',
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n',
  ],
  invalid: [
    {
      name: 'COPY --from one letter off',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n',
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 18, suggestion: 'build' }],
    },
    {
      name: 'mount from= typo',
      code: 'FROM golang:1.22 AS deps\nFROM alpine:3.20\nRUN --mount=type=bind,from=dep,target=/d ls\n',
      errors: [{ line: 3, column: 28, endColumn: 31, suggestion: 'deps' }],
    },
    {
      name: 'suggests the name as written',
      code: 'FROM golang:1.22 AS Compile\nFROM alpine:3.20\nCOPY --from=compiler /a /a\n',
      errors: [{ line: 3, column: 13, suggestion: 'Compile' }],
    },
    {
      name: 'BuildKit TestErrorLocation(invalidcopyfrom): a bare name no official image has',
      code: 'from scratch\nenv foo=bar\ncopy --from=invalid foo bar\nenv bar=baz\n',
      errors: [
        {
          line: 3,
          column: 13,
          endColumn: 20,
          message:
            '"invalid" is not a stage in this Dockerfile, and no official image has that name, so pulling docker.io/library/invalid:latest fails (unless a local image or a named build context "invalid" exists)',
        },
      ],
    },
    {
      name: 'far from every stage name, in a mount',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nRUN --mount=from=assets,target=/a ls\n',
      errors: [{ line: 3, column: 18, endColumn: 24 }],
    },
    {
      name: 'FROM differs from an earlier stage only by case',
      code: 'FROM alpine:3.20 AS test\nFROM TEST\n',
      errors: [{ line: 2, column: 6, endColumn: 10, suggestion: 'test' }],
    },
    {
      name: 'a mis-cased FROM fails parsing before any named context is looked up (convert.go:629)',
      code: 'FROM alpine:3.20 AS test\nFROM TEST\n',
      options: { buildContexts: { test: './dir' } },
      errors: [{ line: 2, column: 6, endColumn: 10, severity: 'error' }],
    },
    {
      name: 'a mis-cased FROM in a skipped stage still fails: every base name is parsed',
      code: 'FROM alpine:3.20 AS test\nFROM TEST AS check\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 6, endColumn: 10, severity: 'error' }],
    },
    {
      name: 'a --from typo in a stage the default build skips: the image is never pulled',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS app\nCOPY --from=biuld /a /a\nFROM alpine:3.20 AS docs\n',
      errors: [
        {
          line: 3,
          column: 13,
          endColumn: 18,
          severity: 'warning',
          suggestion: 'build',
          message:
            '"biuld" is not a stage in this Dockerfile, so BuildKit would try to pull the image docker.io/library/biuld:latest (did you mean build?). The default build (target "docs") skips stage "app", so it does not fail here; a build with --target app would fail',
        },
      ],
    },
    {
      name: 'the same typo with --target app: pulled, and the build fails',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS app\nCOPY --from=biuld /a /a\nFROM alpine:3.20 AS docs\n',
      options: { target: 'app' },
      errors: [{ line: 3, column: 13, endColumn: 18, severity: 'error', suggestion: 'build' }],
    },
  ],
});

test('the misspelt COPY --from=builder of the scalability quiz is an error at its line, suggesting build', () => {
  const dockerfile = [
    'FROM node:18 AS build',
    'WORKDIR /app',
    'COPY package.json .',
    'RUN npm install',
    'COPY . .',
    'RUN npm run build',
    '',
    'FROM node:18',
    'WORKDIR /app',
    'COPY --from=builder /app/dist ./dist',
    'CMD ["node", "dist/index.js"]',
    '',
  ].join('\n');
  const found = analyze(dockerfile).diagnostics.filter((d) => d.rule === 'unknown-stage-reference');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({
    severity: 'error',
    line: 10,
    column: 13,
    endColumn: 20,
    suggestion: 'build',
    fix: { line: 10, column: 13, endLine: 10, endColumn: 20, text: 'build' },
  });
  expect(found[0]?.message).toContain('docker.io/library/builder:latest');
});
