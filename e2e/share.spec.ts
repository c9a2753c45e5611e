import { test, expect } from './fixtures';
import {
  DOCKERIGNORE_DRAFT,
  editorText,
  openEditor,
  openWithDraft,
  setEditorText,
  showFileTab,
  storedDraftText,
  storedDrafts,
  waitForDraft,
  waitForEditor,
} from './playground-helpers';
import { corruptOneCharacter, legacyShareFragment } from './share-links';

// Each test loads Monaco once or more, and some paste hundreds of kilobytes into it.
test.slow();

const IGNORED_COPY = [
  '# check=experimental=CopyIgnoredFile',
  'FROM scratch',
  'COPY README.md /docs/',
  '',
].join('\n');
const IGNORED_MESSAGE = 'Attempting to Copy file "README.md" that is excluded by .dockerignore';

test('Share warns about a Dockerfile over 64 KB and makes no link the playground would refuse', async ({
  page,
}) => {
  const big = 'FROM alpine\n' + 'RUN echo 0123456789abcdef0123456789abcdef\n'.repeat(1_700); // ~70 KB
  await openWithDraft(page, big);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('[data-notice="error"]')).toContainText(
    'more than the 64 KB a share link can carry, so no link was made',
  );
  await expect(page.getByLabel('Share link')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
});

test('a link changed by one character is refused as damaged, and the draft is kept', async ({
  page,
}) => {
  test.setTimeout(180_000); // four page loads
  await openEditor(page);
  await setEditorText(page, 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\n');
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#share=v2\.[\w-]+$/);

  await setEditorText(page, 'FROM alpine\nRUN echo mine\n');
  await waitForDraft(page, 'FROM alpine\nRUN echo mine\n');
  const before = await storedDrafts(page);
  // In the length, in the CRC-32, and in the compressed text. (Not in the few unused bits after
  // deflate's last block: changing those opens exactly the shared file, as codec.test.ts shows.)
  for (const fromEnd of [3, 9, 40]) {
    await page.goto('about:blank');
    await openEditor(page, corruptOneCharacter(link, fromEnd));
    await expect(page.locator('[data-notice="error"]')).toContainText('This share link is damaged');
    await expect(page.locator('[data-notice="error"]')).toContainText('your draft is kept');
    await expect(page.locator('[data-confirm]')).toHaveCount(0);
    expect(await editorText(page)).toBe('FROM alpine\nRUN echo mine\n');
    expect(await storedDrafts(page)).toBe(before);
  }
});

test('a link made before the checksum (v1) still opens', async ({ page }) => {
  const dockerfile = 'FROM alpine AS old-link\nRUN echo v1\n';
  await openEditor(page, `/playground/${legacyShareFragment(dockerfile)}`);
  await expect(page.locator('[data-notice="info"]')).toHaveText(/Opened the shared Dockerfile\./);
  await expect.poll(() => editorText(page)).toBe(dockerfile);
});

test('the .dockerignore tab feeds CopyIgnoredFile, survives a reload, and travels in a link', async ({
  page,
}) => {
  await openEditor(page);
  await setEditorText(page, IGNORED_COPY);
  const problem = page.locator('li[data-rule="copy-ignored-file"]');
  await expect(page.locator('[data-stage]')).toHaveCount(1); // this text's analysis is in
  await expect(problem).toHaveCount(0);

  await showFileTab(page, '.dockerignore');
  const ignore = page.getByRole('tabpanel', { name: '.dockerignore' }).getByRole('textbox');
  await expect(page.getByRole('tabpanel', { name: 'Dockerfile' })).toBeHidden();
  await ignore.fill('*.md\n');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(IGNORED_MESSAGE);
  await expect(problem).toHaveAttribute('data-severity', 'warning');
  await expect.poll(() => storedDraftText(page, DOCKERIGNORE_DRAFT)).toBe('*.md\n');

  await page.reload();
  await waitForEditor(page);
  await expect(problem).toContainText(IGNORED_MESSAGE);
  await showFileTab(page, '.dockerignore');
  await expect(ignore).toHaveValue('*.md\n');

  // The link carries both files: opened on a clean browser, the warning is there at once.
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('about:blank');
  await openEditor(page, link);
  await expect(page.locator('[data-notice="info"]')).toHaveText(/Opened the shared Dockerfile\./);
  await expect(problem).toContainText(IGNORED_MESSAGE);
  await showFileTab(page, '.dockerignore');
  await expect(ignore).toHaveValue('*.md\n');

  // Choosing the problem shows the Dockerfile tab again, with the cursor on it.
  await problem.getByRole('button', { name: /Line 3, column/ }).click();
  await expect(page.getByRole('tab', { name: 'Dockerfile', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
