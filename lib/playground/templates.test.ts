import { expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { DEFAULT_TEMPLATE, TEMPLATES, findTemplate } from './templates';

test('there is a starter for each ecosystem the playground promises', () => {
  expect(TEMPLATES.map((t) => t.id)).toEqual(['go', 'node', 'python', 'java', 'rust', 'static']);
  expect(new Set(TEMPLATES.map((t) => t.label)).size).toBe(TEMPLATES.length);
  expect(DEFAULT_TEMPLATE.id).toBe('go');
  expect(findTemplate('rust')?.label).toBe('Rust');
  expect(findTemplate('cobol')).toBeUndefined();
});

for (const template of TEMPLATES) {
  test(`the ${template.label} starter is a clean multi-stage build`, () => {
    const analysis = analyze(template.text);
    const errors = analysis.diagnostics.filter((d) => d.severity !== 'info');
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
    expect(analysis.stages.length).toBeGreaterThanOrEqual(2);
    // The runtime stage is the target and copies from a build stage.
    const target = analysis.stages[analysis.target]!;
    expect(target.name).toBe('runtime');
    expect(target.dependsOn.length).toBeGreaterThan(0);
  });
}
