import { test, expect } from './fixtures';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

test('at 360 px the playground is a textarea with the same analysis panels', async ({
  page,
  checkA11y,
}) => {
  const monacoRequests: string[] = [];
  page.on('response', async (response) => {
    if (!/\.(js|css|ttf)$/.test(new URL(response.url()).pathname)) return;
    const body = await response.text().catch(() => '');
    // A rule of Monaco's own stylesheet: the site's CSS names .monaco-editor too (globals.css).
    if (body.includes('MonacoEnvironment') || body.includes('.monaco-editor .view-lines')) {
      monacoRequests.push(response.url());
    }
  });
  await page.goto('/playground/');
  const editor = page.getByRole('textbox', { name: 'Dockerfile editor' });
  await expect(editor).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);

  await editor.fill('FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\n');
  await editor.press('ControlOrMeta+End');
  await editor.pressSequentially('COPY --from=builder /app /app');
  const problem = page.locator('li[data-severity="error"]', { hasText: 'builder' });
  await expect(problem).toHaveCount(1);

  await problem.getByRole('button', { name: /Line 4, column/ }).click();
  await expect(editor).toBeFocused();
  const caret = await editor.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect((await editor.inputValue()).slice(caret)).toMatch(/^builder/);

  await problem.getByRole('button', { name: /^Fix line 4/ }).click();
  await expect(editor).toHaveValue(/COPY --from=build \/app \/app$/);
  await expect(page.locator('li[data-severity="error"]')).toHaveCount(0);
  await expect(page.locator('[data-stage]').first()).toBeVisible();

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(monacoRequests).toEqual([]);
  await checkA11y();
});
