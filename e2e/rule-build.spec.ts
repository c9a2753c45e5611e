import { analyze } from '../lib/analyzer';
import { loadRuleExamples } from '../lib/rules-reference/examples';
import { test, expect } from './fixtures';

// A rule page's examples are true only for the build they declare: forward-stage-reference's bad
// example fails with --target app, while a plain `docker build .` targets the last stage and skips
// app. The page must say which build it shows, and show what the analyzer says under that build.
test('a rule page names the --target its examples are built with and shows that build’s finding', async ({
  page,
}) => {
  const example = loadRuleExamples().examples.find((e) => e.id === 'forward-stage-reference');
  expect(example?.build).toEqual({ target: 'app' });
  const expected = analyze(example!.bad, { target: 'app' }).diagnostics.find(
    (d) => d.rule === 'forward-stage-reference',
  );
  expect(expected?.severity).toBe('error');

  await page.goto('/rules/forward-stage-reference/');
  await expect(page.getByText('Built with')).toContainText('--target app');
  const said = page.locator('[data-example-diagnostics] li');
  await expect(said).toHaveCount(1);
  await expect(said).toContainText(`Line ${expected!.line}, column ${expected!.column}:`);
  await expect(said.locator('[data-diagnostic-message]')).toHaveText(expected!.message);
});
