import { expect, test } from 'vitest';
import { allDeclaredFlags } from '../analyzer/rules/support/instruction-flags';
import { FLAG_DOCS, INSTRUCTION_DOCS, hoverAt } from './hover-docs';

const file = [
  '# syntax=docker/dockerfile:1',
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'RUN --mount=type=cache,target=/root/.cache/go-build \\',
  '    go build -o /app .',
  'from scratch',
  'COPY --from=build --chmod=755 /app /app',
  'CMD ["/app"]',
];

test('hovering an instruction keyword explains it, whatever its case', () => {
  expect(hoverAt(file, 2, 2)).toMatchObject({ line: 2, column: 1, endColumn: 5 });
  expect(hoverAt(file, 2, 2)?.markdown).toBe(INSTRUCTION_DOCS.FROM);
  expect(hoverAt(file, 5, 3)?.markdown).toBe(INSTRUCTION_DOCS.FROM);
  expect(hoverAt(file, 7, 1)?.markdown).toMatch(/exec\) form/);
});

test('hovering a flag explains it for that instruction', () => {
  const from = hoverAt(file, 6, 8);
  expect(from).toMatchObject({ line: 6, column: 6, endColumn: 12 });
  expect(from?.markdown).toMatch(/^\*\*COPY --from\*\*: Copies from another stage/);
  expect(hoverAt(file, 6, 22)?.markdown).toMatch(/COPY --chmod/);
  expect(hoverAt(file, 2, 8)?.markdown).toMatch(/--platform/);
});

test('hovering a mount type explains it, and the mount flag itself', () => {
  expect(hoverAt(file, 3, 16)?.markdown).toMatch(/type=cache\*\*: A cache directory/);
  expect(hoverAt(file, 3, 6)?.markdown).toMatch(/RUN --mount/);
});

test('AS inside FROM is explained; words on continuation lines are not keywords', () => {
  expect(hoverAt(file, 2, 45)?.markdown).toBe(INSTRUCTION_DOCS.AS);
  // "go" starts line 4 but continues the RUN, so it is not an instruction
  expect(hoverAt(file, 4, 6)).toBeNull();
});

test('comments, blank space, unknown words and lines out of range give no hover', () => {
  expect(hoverAt(file, 1, 3)).toBeNull();
  expect(hoverAt(file, 6, 32)).toBeNull();
  expect(hoverAt(file, 99, 1)).toBeNull();
  expect(hoverAt(['FROBNICATE x'], 1, 2)).toBeNull();
});

test('every flag the analyzer accepts has a hover explanation', () => {
  const missing: string[] = [];
  for (const [keyword, declared] of allDeclaredFlags()) {
    for (const name of declared.names) {
      if (!FLAG_DOCS[`${keyword} --${name}`] && !FLAG_DOCS[`--${name}`]) {
        missing.push(`${keyword} --${name}`);
      }
    }
  }
  expect(missing).toEqual([]);
});
