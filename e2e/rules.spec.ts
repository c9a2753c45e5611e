import { analyze } from '../lib/analyzer';
import { rules } from '../lib/analyzer/rules';
import { loadRuleExamples } from '../lib/rules-reference/examples';
import { test, expect } from './fixtures';

const RULE_PATHS = rules.map((r) => `/rules/${r.meta.id}/`);
/** One rule page per severity, for the axe scans. */
const SAMPLE_IDS = ['unknown-stage-reference', 'stage-name-casing', 'unreachable-stage'];

test('the index lists every rule by severity and links to its page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
  await expect(page).toHaveURL(/\/rules\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rules reference');

  await expect(page.locator('[data-rule-id]')).toHaveCount(rules.length);
  const groups = await page
    .locator('[data-severity-group]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity-group')));
  expect(groups).toEqual(['error', 'warning', 'info']);
  const hints = page.getByRole('region', { name: /Teaching hints/ });
  await expect(hints.locator('[data-rule-id="unreachable-stage"]')).toBeVisible();
  await expect(page.locator('[data-rule-id="stage-name-casing"]')).toContainText(
    'BuildKit: StageNameCasing',
  );

  await page.getByRole('link', { name: 'stage-name-casing', exact: true }).click();
  await expect(page).toHaveURL(/\/rules\/stage-name-casing\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('stage-name-casing');
  await expect(page.locator('[data-severity-meaning]')).toContainText('BuildKit build check');
});

test('a rule page shows the diagnostic the analyzer gives for its bad example', async ({
  page,
}) => {
  const example = loadRuleExamples().examples.find((e) => e.id === 'unknown-stage-reference');
  expect(example).toBeDefined();
  const expected = analyze(example!.bad).diagnostics.find((d) => d.rule === example!.id);
  expect(expected).toBeDefined();

  await page.goto('/rules/unknown-stage-reference/');
  const said = page.locator('[data-example-diagnostics] li');
  await expect(said).toHaveCount(1);
  await expect(said).toContainText(`Line ${expected!.line}, column ${expected!.column}:`);
  await expect(said.locator('[data-diagnostic-message]')).toHaveText(expected!.message);
  const bad = page.getByRole('figure').filter({ hasText: 'Dockerfile (bad)' });
  await expect(bad.locator(`[data-line="${expected!.line}"]`)).toHaveAttribute(
    'data-highlighted',
    '',
  );
  await expect(bad.locator('[data-highlighted]')).toContainText('--from=builder');
  await expect(page.getByRole('figure').filter({ hasText: 'Dockerfile (good)' })).toContainText(
    '--from=build ',
  );

  await page.getByRole('link', { name: 'Naming stages and copying between them' }).click();
  await expect(page).toHaveURL(/\/learn\/naming-stages\/$/);
});

test('rule pages link upstream when their docs are a URL', async ({ page }) => {
  await page.goto('/rules/apk-no-cache/');
  await expect(page.getByRole('link', { name: 'hadolint wiki: DL3019' })).toHaveAttribute(
    'href',
    'https://github.com/hadolint/hadolint/wiki/DL3019',
  );
});

for (const path of ['/rules/', ...SAMPLE_IDS.map((id) => `/rules/${id}/`)]) {
  test(`${path} has no serious axe violations`, async ({ page, checkA11y }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await checkA11y();
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the index and every rule page have no horizontal scroll', async ({ page }) => {
    test.setTimeout(120_000);
    const overflowing: string[] = [];
    for (const path of ['/rules/', ...RULE_PATHS]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${path}: ${overflow}px`);
    }
    expect(overflowing).toEqual([]);
  });
});
