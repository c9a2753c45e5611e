import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadLessons } from '../lib/content/lessons';

/** The first lesson whose MDX uses <Playground>, found in content/ so the test follows the course. */
function lessonWithPlayground(): { url: string; file: string } | null {
  for (const lesson of loadLessons()) {
    const mdx = fs.readFileSync(path.join('content', 'lessons', lesson.dir, 'index.mdx'), 'utf8');
    const file = /<Playground\s[^>]*file="([^"]+)"/.exec(mdx)?.[1];
    if (file) return { url: `/learn/${lesson.slug}/`, file };
  }
  return null;
}

/** Records the URLs of scripts and styles whose body is Monaco's (or its loader's) code. */
function watchMonaco(page: Page): string[] {
  const hits: string[] = [];
  page.on('response', async (response) => {
    if (!/\.(js|css|ttf)$/.test(new URL(response.url()).pathname)) return;
    const body = await response.text().catch(() => '');
    // A rule of Monaco's own stylesheet: the site's CSS names .monaco-editor too (globals.css).
    if (body.includes('MonacoEnvironment') || body.includes('.monaco-editor .view-lines'))
      hits.push(response.url());
  });
  return hits;
}

test('a lesson requests no Monaco file until its playground is scrolled into view', async ({
  page,
}) => {
  const found = lessonWithPlayground();
  test.skip(!found, 'no lesson uses <Playground> yet');
  const monaco = watchMonaco(page);
  await page.goto(found!.url);
  await page.waitForLoadState('networkidle');
  const block = page.locator(`[data-playground="${found!.file}"]`);
  await expect(block).toHaveCount(1);
  // Text and analysis are there at once; the editor is not.
  await expect(block.locator('pre')).toBeAttached();
  await expect(block.locator('.monaco-editor')).toHaveCount(0);
  await expect(block.getByRole('heading', { name: 'Problems' })).toBeAttached();
  await page.waitForTimeout(500);
  expect(monaco).toEqual([]);

  await block.scrollIntoViewIfNeeded();
  await expect(block.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => monaco.length).toBeGreaterThan(0);
});
