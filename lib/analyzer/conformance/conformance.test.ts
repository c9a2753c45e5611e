import { expect, test } from 'vitest';
import { corpusDir } from './corpus';
import { runConformance } from './runner';

const dir = corpusDir();
const reports = dir ? await runConformance(dir) : [];
const report = (source: string) => reports.find((r) => r.source === source);

test.skipIf(!dir)('buildkit-parser: every AST dump equals BuildKit (33/33)', () => {
  const r = report('buildkit-parser');
  expect(r?.disagreements).toEqual([]);
  expect(r?.agreed).toBe(33);
});

test.skipIf(!dir)('buildkit-parser-negative: every BuildKit parse error is an error (4/4)', () => {
  const r = report('buildkit-parser-negative');
  expect(r?.disagreements).toEqual([]);
  expect(r?.agreed).toBe(4);
});

test.skipIf(!dir)('buildkit-parser-line: instruction line ranges are exact', () => {
  const r = report('buildkit-parser-line');
  expect(r?.disagreements).toEqual([]);
  expect(r?.agreed).toBe(1);
});
