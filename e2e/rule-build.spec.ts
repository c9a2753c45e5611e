import { analyze } from '../lib/analyzer';
import { loadRuleExamples } from '../lib/rules-reference/examples';
import { test, expect } from './fixtures';

// A rule page's examples are true only for the build they declare (`build:` in content/rules):
// unknown-target's examples are built with --target test, and a plain `docker build .` would not
// fail at all. The page must say which build it shows, and show what the analyzer says under it.
test('a rule page names the --target its examples are built with and shows that build’s finding', async ({
  page,
}) => {
  const example = loadRuleExamples().examples.find((e) => e.id === 'unknown-target');
  expect(example?.build).toEqual({ target: 'test' });
  expect(analyze(example!.bad).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const expected = analyze(example!.bad, { target: 'test' }).diagnostics.find(
    (d) => d.rule === 'unknown-target',
  );
  expect(expected?.severity).toBe('error');

  await page.goto('/rules/unknown-target/');
  await expect(page.getByText('Built with')).toContainText('--target test');
  const said = page.locator('[data-example-diagnostics] li');
  await expect(said).toHaveCount(1);
  await expect(said).toContainText(`Line ${expected!.line}, column ${expected!.column}:`);
  await expect(said.locator('[data-diagnostic-message]')).toHaveText(expected!.message);
});
