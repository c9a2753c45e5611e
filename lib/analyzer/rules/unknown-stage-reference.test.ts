import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import { ruleTester } from '../testing/rule-tester';

ruleTester('unknown-stage-reference', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /app /app\n',
    // far from any stage name: an image, which external-image-reference explains
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=assets /a /a\n',
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
      name: 'FROM differs from an earlier stage only by case',
      code: 'FROM alpine:3.20 AS test\nFROM TEST\n',
      errors: [{ line: 2, column: 6, endColumn: 10, suggestion: 'test' }],
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
