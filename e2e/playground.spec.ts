import { test, expect } from './fixtures';
import { MAX_SHARE_BYTES, shareFragment } from '../lib/share/codec';
import { handMadeShareFragment } from './share-links';
import {
  applyQuickFix,
  editorText,
  openEditor,
  setEditorText,
  storedDrafts,
  waitForDraft,
  waitForEditor,
} from './playground-helpers';

const BASE = ['FROM golang:1.22 AS build', 'RUN go build -o /app .', '', 'FROM scratch'].join('\n');

test('the playground loads Monaco offline and passes axe outside the editor', async ({
  page,
  checkA11y,
}) => {
  await openEditor(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dockerfile playground');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playground' }),
  ).toBeVisible();
  // The default starter analyzes to a graph with a highlighted target.
  await expect(page.locator('[data-stage][data-target="true"]')).toHaveCount(1);
  await expect(page.locator('[data-size-summary]')).toContainText('estimate, uncompressed');
  await checkA11y({ exclude: ['.monaco-editor'] });
});

test('a wrong COPY --from gets a marker and a problem, and the quick fix renames it', async ({
  page,
}) => {
  await openEditor(page);
  // Leave and come back through the header (client-side navigation remounts the editor):
  // providers are global in Monaco, so a second registration would duplicate every quick fix.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Course' }).click();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await nav.getByRole('link', { name: 'Playground' }).click();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await setEditorText(page, BASE + '\n');
  await page.keyboard.type('COPY --from=builder /app /app');

  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  const problem = page.locator('li[data-severity="error"]', { hasText: 'builder' });
  await expect(problem).toHaveCount(1);

  await applyQuickFix(page, problem, "Change to 'build'");

  await expect.poll(() => editorText(page)).toContain('COPY --from=build /app /app');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  await expect(page.locator('li[data-severity="error"]')).toHaveCount(0);
});

test('a misspelt flag is an error before anything builds, and the quick fix corrects the flag', async ({
  page,
}) => {
  await openEditor(page);
  await setEditorText(page, BASE + '\n');
  await page.keyboard.type('COPY --form=build /app /app');

  const problem = page.locator('li[data-severity="error"]', {
    hasText: 'unknown flag: --form (did you mean from?)',
  });
  await expect(problem).toHaveCount(1);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);

  await applyQuickFix(page, problem, "Change to 'from'");

  // Only the flag's name changes; the stage it names is now read, so nothing is left to report.
  await expect.poll(() => editorText(page)).toContain('COPY --from=build /app /app');
  await expect(page.locator('li[data-severity="error"]')).toHaveCount(0);
  await expect(page.locator('[data-stage="build"]')).toHaveAttribute('data-reachable', 'true');
});

test('a file mode copied from ls -l is refused, and the quick fix writes it in octal', async ({
  page,
}) => {
  await openEditor(page);
  await setEditorText(page, BASE + '\n');
  await page.keyboard.type('COPY --chmod=rwxr-xr-x --from=build /app /app');

  const problem = page.locator('li[data-severity="error"]', {
    hasText: "invalid chmod parameter: 'rwxr-xr-x'",
  });
  await expect(problem).toHaveCount(1);

  await applyQuickFix(page, problem, "Change to '0755'");

  // Only the value changes, in place; the copy itself is untouched.
  await expect.poll(() => editorText(page)).toContain('COPY --chmod=0755 --from=build /app /app');
  await expect(page.locator('li[data-severity="error"]')).toHaveCount(0);
});

test('choosing a --target greys out the stages that build skips', async ({ page }) => {
  await openEditor(page);
  await setEditorText(
    page,
    [
      'FROM golang:1.22 AS build',
      'RUN go build -o /app .',
      'FROM build AS test',
      'RUN go test ./...',
      'FROM scratch AS runtime',
      'COPY --from=build /app /app',
    ].join('\n'),
  );
  const runtime = page.locator('[data-stage="runtime"]');
  const testStage = page.locator('[data-stage="test"]');
  await expect(runtime).toHaveAttribute('data-target', 'true');
  await expect(testStage).toHaveAttribute('data-reachable', 'false');

  await page.getByLabel('--target').selectOption('test');
  await expect(testStage).toHaveAttribute('data-target', 'true');
  await expect(testStage).toHaveAttribute('data-reachable', 'true');
  await expect(runtime).toHaveAttribute('data-reachable', 'false');
  await expect(runtime).toHaveAttribute('opacity', '0.5');
  await expect(page.locator('[data-stage="build"]')).toHaveAttribute('data-reachable', 'true');
});

test('a share link round-trips, and asks before replacing a different draft', async ({ page }) => {
  await openEditor(page);
  const shared = BASE + '\nCOPY --from=build /app /app\nUSER 65532\n';
  await setEditorText(page, shared);
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/playground\/#share=v2\.[\w-]+$/);

  // The learner keeps working: their draft now differs from the link.
  await setEditorText(page, 'FROM alpine\nRUN echo mine\n');
  await waitForDraft(page, 'FROM alpine\nRUN echo mine\n');

  await page.goto('about:blank');
  await openEditor(page, link);
  const confirm = page.getByRole('region', { name: 'Open the shared Dockerfile?' });
  await expect(confirm).toBeVisible();
  expect(await editorText(page)).toBe('FROM alpine\nRUN echo mine\n');
  await confirm.getByRole('button', { name: 'Replace my draft' }).click();
  await expect.poll(() => editorText(page)).toBe(shared);
  await waitForDraft(page, shared);
  expect(new URL(page.url()).hash).toBe('');
});

test('a shared link with HTML and script is shown as text; keeping the draft leaves it untouched', async ({
  page,
}) => {
  test.setTimeout(120_000); // three page loads, each fetching Monaco
  const hostile =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\nFROM alpine\n';
  await openEditor(page);
  await setEditorText(page, 'FROM alpine\nRUN echo draft\n');
  await waitForDraft(page, 'FROM alpine\nRUN echo draft\n');
  const before = await storedDrafts(page);
  const fragment = await shareFragment(hostile);

  await page.goto('about:blank');
  await openEditor(page, `/playground/${fragment}`);
  const confirm = page.getByRole('region', { name: 'Open the shared Dockerfile?' });
  await confirm.getByRole('button', { name: 'Keep my draft' }).click();
  await expect(confirm).toHaveCount(0);
  expect(await storedDrafts(page)).toBe(before);
  expect(await editorText(page)).toBe('FROM alpine\nRUN echo draft\n');

  // Opened after all, it is plain text in the editor and nothing in it runs.
  await page.goto('about:blank');
  await openEditor(page, `/playground/${fragment}`);
  await page.getByRole('button', { name: 'Replace my draft' }).click();
  await expect.poll(() => editorText(page)).toContain('<script>window.__pwned=1</script>');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
});

test('oversized and broken share links are refused with a message and the draft is untouched', async ({
  page,
}) => {
  test.setTimeout(90_000); // four page loads, each fetching Monaco
  await openEditor(page);
  await setEditorText(page, 'FROM alpine\nRUN echo keep me\n');
  await waitForDraft(page, 'FROM alpine\nRUN echo keep me\n');
  const before = await storedDrafts(page);

  const oversized = handMadeShareFragment('RUN echo x\n'.repeat(MAX_SHARE_BYTES / 8));
  for (const [fragment, message] of [
    [oversized, /more than 64 KB/],
    ['#share=v1.%3Cscript%3Ealert(1)%3C/script%3E', /damaged/],
    ['#share=v1.AAAA-not-deflate', /damaged/],
    ['#share=v7.abc', /not in a format/],
  ] as const) {
    await page.goto('about:blank');
    await openEditor(page, `/playground/${fragment}`);
    await expect(page.locator('[data-notice="error"]')).toContainText(message);
    await expect(page.locator('[data-confirm]')).toHaveCount(0);
    expect(await editorText(page)).toBe('FROM alpine\nRUN echo keep me\n');
    expect(await storedDrafts(page)).toBe(before);
  }
});

test('the draft survives a reload, and reset asks before replacing it', async ({ page }) => {
  await openEditor(page);
  await setEditorText(page, 'FROM alpine AS mine\n');
  await waitForDraft(page, 'FROM alpine AS mine\n');
  await page.reload();
  await waitForEditor(page);
  await expect.poll(() => editorText(page)).toBe('FROM alpine AS mine\n');

  await page.getByRole('button', { name: 'Reset' }).click();
  await page
    .getByRole('region', { name: 'Reset to the starter?' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  expect(await editorText(page)).toBe('FROM alpine AS mine\n');

  await page.getByLabel('Starter').selectOption('rust');
  await page.getByRole('button', { name: 'Load Rust' }).click();
  await expect.poll(() => editorText(page)).toContain('FROM rust:');
  await expect(page.locator('[data-stage="runtime"]')).toHaveAttribute('data-target', 'true');
});

test('hovering an instruction or a flag explains it', async ({ page }) => {
  await openEditor(page);
  await setEditorText(page, 'FROM alpine AS base\nCOPY --from=base /a /b\n');
  const word = page.locator('.monaco-editor .view-line').nth(1).getByText('--from=base');
  await expect(word).toBeVisible();
  // Two moves: Monaco starts its hover on mouse movement over the text. hover() finds the word
  // again if Monaco redraws its line meanwhile (markers arriving do), where a boundingBox() read
  // first could be of a span already gone.
  await word.hover({ position: { x: 6, y: 7 } });
  await word.hover({ position: { x: 10, y: 8 } });
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('COPY --from');
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText(
    'Copies from another stage',
  );
});
