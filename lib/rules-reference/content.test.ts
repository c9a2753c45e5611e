import { expect, test } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { rules } from '@/lib/analyzer/rules';
import { loadRuleExamples } from './examples';
import { coverageProblems, exampleOptions } from './reference';

// The reference must stay true as the analyzer evolves: these run the real analyzer on content/rules.
const { examples, errors } = loadRuleExamples();

test('every example file is valid', () => {
  expect(errors).toEqual([]);
});

test('every registered rule has an entry and no entry names an unknown rule', () => {
  expect(
    coverageProblems(
      rules.map((r) => r.meta.id),
      examples,
    ),
  ).toEqual([]);
});

for (const example of examples) {
  const options = exampleOptions(example);

  test(`${example.id}: the bad example makes the rule fire`, () => {
    const fired = analyze(example.bad, options).diagnostics.filter((d) => d.rule === example.id);
    expect(
      fired.length,
      `${example.file}: bad example does not trigger ${example.id}`,
    ).toBeGreaterThan(0);
  });

  test(`${example.id}: the good example does not, and has no other error or warning`, () => {
    const found = analyze(example.good, options)
      .diagnostics.filter((d) => d.rule === example.id || d.severity !== 'info')
      .map((d) => `${d.line}:${d.column} ${d.rule}: ${d.message}`);
    expect(found, `${example.file}: good example`).toEqual([]);
  });
}
