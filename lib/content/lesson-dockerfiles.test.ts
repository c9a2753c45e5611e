import { expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { loadLessons } from './lessons';

// Every Dockerfile a lesson shows must be one BuildKit accepts. A block whose fence says
// ```dockerfile broken is a deliberate mistake the lesson explains, and is left out here.
const blocks = loadLessons().flatMap((lesson) =>
  [...lesson.body.matchAll(/^```dockerfile([^\n]*)\n([\s\S]*?)^```/gm)].map((m) => ({
    where: `${lesson.file} (block at body offset ${m.index})`,
    // `expect="rule@line"` declares the errors a teaching example must show; content:check verifies it.
    broken: /\bbroken\b|\bexpect=(?!clean\b)/.test(m[1] ?? ''),
    source: m[2] ?? '',
  })),
);

test('lessons contain Dockerfile examples', () => {
  expect(blocks.filter((b) => !b.broken).length).toBeGreaterThanOrEqual(6);
});

test.each(blocks.filter((b) => !b.broken).map((b) => [b.where, b.source] as const))(
  'the analyzer finds no error in %s',
  (_where, source) => {
    const analysis = analyze(source);
    expect(analysis.stages.length).toBeGreaterThan(0);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  },
);
