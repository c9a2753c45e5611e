import { expect, test } from 'vitest';
import type { Diagnostic } from '@/lib/analyzer/types';
import {
  MARKER_SEVERITY,
  applyFix,
  diagnosticForMarker,
  lessonHref,
  ruleHref,
  fixTitle,
  offsetOf,
  quickFixes,
  toMarkers,
} from './monaco-bridge';

const origin = 'http://127.0.0.1:4321';

const wrongName: Diagnostic = {
  rule: 'undefined-stage',
  severity: 'error',
  message: "COPY --from=builder names no stage; did you mean 'build'?",
  line: 4,
  column: 13,
  endLine: 4,
  endColumn: 20,
  suggestion: 'build',
  fix: { line: 4, column: 13, endLine: 4, endColumn: 20, text: 'build' },
  docs: 'common-mistakes',
};

const casing: Diagnostic = {
  rule: 'stage-name-casing',
  severity: 'warning',
  message: "Stage name 'Build' should be lowercase",
  line: 1,
  column: 21,
  endLine: 1,
  endColumn: 26,
  fix: { line: 1, column: 21, endLine: 1, endColumn: 26, text: 'build' },
  docs: 'https://docs.docker.com/reference/build-checks/stage-name-casing/',
};

test('markers carry the rule id as code, a docs link, and Monaco severities', () => {
  const [error, warning] = toMarkers([wrongName, casing], origin);
  expect(error).toEqual({
    startLineNumber: 4,
    startColumn: 13,
    endLineNumber: 4,
    endColumn: 20,
    severity: MARKER_SEVERITY.error,
    message: wrongName.message,
    source: 'stagecraft',
    code: { value: 'undefined-stage', target: `${origin}/rules/undefined-stage/` },
  });
  expect(warning?.severity).toBe(4);
  expect(warning?.code.target).toBe(`${origin}/rules/stage-name-casing/`);
});

test('rule links go to the rule page; lesson links only for lesson slugs', () => {
  expect(ruleHref('stage-name-casing', '')).toBe('/rules/stage-name-casing/');
  expect(lessonHref('naming-stages#aliases', origin)).toBe(
    `${origin}/learn/naming-stages/#aliases`,
  );
  expect(lessonHref('common-mistakes', '')).toBe('/learn/common-mistakes/');
  expect(lessonHref('https://docs.docker.com/x/', origin)).toBeNull();
  expect(lessonHref('javascript:alert(1)', origin)).toBeNull();
  expect(lessonHref(undefined, origin)).toBeNull();
});

test('zero-width and inverted ranges still draw at least one character', () => {
  const [m] = toMarkers([{ ...wrongName, column: 5, endColumn: 5, line: 0 }], origin);
  expect(m).toMatchObject({ startLineNumber: 1, startColumn: 5, endLineNumber: 4, endColumn: 5 });
  const [n] = toMarkers([{ ...wrongName, endLine: 4, column: 9, endColumn: 3 }], origin);
  expect(n).toMatchObject({ startColumn: 9, endColumn: 10 });
});

test('a marker finds its diagnostic by range, rule and message', () => {
  const [marker] = toMarkers([wrongName], origin);
  expect(diagnosticForMarker([casing, wrongName], marker!)).toBe(wrongName);
  expect(diagnosticForMarker([casing], marker!)).toBeUndefined();
  expect(diagnosticForMarker([wrongName], { ...marker!, code: 'undefined-stage' })).toBe(wrongName);
});

test('quick fixes: one per fixable diagnostic under the cursor, with a readable title', () => {
  const markers = toMarkers([wrongName, casing, wrongName], origin);
  const noFix: Diagnostic = { ...casing, rule: 'no-fix', fix: undefined };
  const fixes = quickFixes([wrongName, casing, noFix], [...markers, ...toMarkers([noFix], origin)]);
  expect(fixes.map((f) => f.title)).toEqual(["Change to 'build'", 'Replace with build']);
  expect(fixes[0]?.edit).toEqual({
    startLineNumber: 4,
    startColumn: 13,
    endLineNumber: 4,
    endColumn: 20,
    text: 'build',
  });
  expect(fixTitle({ ...casing, fix: { ...casing.fix!, text: '' } })).toBe('Remove it');
  expect(fixTitle({ ...casing, fix: { ...casing.fix!, text: '["node", "server.js"]' } })).toBe(
    'Replace with ["node", "server.js"]',
  );
});

test('applyFix edits plain text the way Monaco would', () => {
  const source = [
    'FROM golang:1.22 AS build',
    'RUN go build -o /app .',
    'FROM scratch',
    'COPY --from=builder /app /app',
  ].join('\n');
  expect(applyFix(source, wrongName.fix!).split('\n')[3]).toBe('COPY --from=build /app /app');
  // a multi-line replacement and an insertion at the end of the file
  expect(applyFix('a\nb\nc', { line: 1, column: 2, endLine: 3, endColumn: 1, text: '-' })).toBe(
    'a-c',
  );
  expect(applyFix('CMD x', { line: 1, column: 6, endLine: 1, endColumn: 6, text: '!' })).toBe(
    'CMD x!',
  );
});

test('offsetOf clamps past-the-end lines and columns', () => {
  expect(offsetOf('ab\ncd', 2, 2)).toBe(4);
  expect(offsetOf('ab\ncd', 1, 99)).toBe(2);
  expect(offsetOf('ab\ncd', 9, 1)).toBe(5);
});
