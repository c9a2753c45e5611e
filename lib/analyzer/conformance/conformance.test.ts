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

test.skipIf(!dir)(
  'buildkit-checks: at least 95% agreement on (check, line) over all 73 cases',
  () => {
    const r = report('buildkit-checks');
    expect(r?.total).toBe(73);
    // A case whose checks sit on the right lines but whose text differs still agrees on rule and line.
    const onLine = r!.disagreements.filter((d) => d.detail.includes('rule/line agree')).length;
    const agreed = r!.agreed + onLine;
    // 72 since CopyIgnoredFile runs by default with testCopyIgnoredFiles' .dockerignore files;
    // the last one differs in the corpus
    expect(r!.agreed).toBeGreaterThanOrEqual(72);
    expect(agreed / r!.total, JSON.stringify(r!.disagreements, null, 1)).toBeGreaterThanOrEqual(
      0.95,
    );
  },
);

test.skipIf(!dir)(
  'buildkit-rule-docs: the documented check fires on Bad and not on Good examples',
  () => {
    const r = report('buildkit-rule-docs');
    expect(r?.total).toBe(57);
    // Five examples need a build context or a FROM that the docs leave out (see the checker).
    expect(r!.agreed, JSON.stringify(r!.disagreements, null, 1)).toBeGreaterThanOrEqual(52);
  },
);

test.skipIf(!dir)(
  'buildkit-realworld: BuildKit’s own Dockerfiles analyze without errors (13/13)',
  () => {
    const r = report('buildkit-realworld');
    expect(r?.disagreements).toEqual([]);
    expect(r?.agreed).toBe(13);
  },
);

test.skipIf(!dir)('buildkit-dockerfile2llb: every stage-graph case agrees (19/19)', () => {
  const r = report('buildkit-dockerfile2llb');
  expect(r?.disagreements).toEqual([]);
  expect(r?.agreed).toBe(19);
  expect(r?.total).toBe(19);
});

test.skipIf(!dir)('docker-docs: stage names, edges and built stages (2/2)', () => {
  expect(report('docker-docs')?.agreed).toBe(2);
});

test.skipIf(!dir)('hadolint stage rules: every mapped case agrees (25/25)', () => {
  const r = report('hadolint');
  expect(r?.disagreements).toEqual([]);
  expect(r?.agreed).toBe(25);
});

test.skipIf(!dir)('dockerfile-utils FROM cases: every asserted stage diagnostic (29/29)', () => {
  const r = report('dockerfile-utils');
  expect(r?.disagreements).toEqual([]);
  expect(r?.agreed).toBe(29);
});
