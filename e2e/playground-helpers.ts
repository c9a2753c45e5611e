import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const DRAFTS_KEY = 'stagecraft-drafts';

// Monaco is a few megabytes of script; on a busy two-core machine it can take this long to start.
const MONACO_START_MS = 45_000;

/** Opens a page and waits until Monaco is mounted and has set its first markers. */
export async function openEditor(page: Page, path = '/playground/'): Promise<void> {
  await page.goto(path);
  await waitForEditor(page);
}

/** Waits until Monaco is mounted, e.g. after a reload. */
export async function waitForEditor(page: Page): Promise<void> {
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({
    timeout: MONACO_START_MS,
  });
}

/** Replaces the whole editor text in one input event, as a paste would. */
export async function setEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The visible editor text (fine for files that fit on screen). */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat((el as HTMLElement).style.top), text: el.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text.replace(/\u00a0/g, ' ')),
  );
  return lines.join('\n');
}

/** The raw localStorage value holding the drafts (null when nothing was saved). */
export async function storedDrafts(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), DRAFTS_KEY);
}

/** Waits until the autosave has written `text` as the playground draft. */
export async function waitForDraft(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => {
      const raw = await storedDrafts(page);
      return raw ? (JSON.parse(raw).state?.drafts?.playground?.text as string | undefined) : null;
    })
    .toBe(text);
}

/**
 * Applies the quick fix labelled `label` to a problem: the problems list moves the cursor onto
 * it, and Ctrl+. opens Monaco's code actions there.
 */
export async function applyQuickFix(page: Page, problem: Locator, label: string): Promise<void> {
  await problem.getByRole('button', { name: /Line \d+, column/ }).click();
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget').getByText(label);
  await expect(action).toHaveCount(1);
  await action.click();
}

export const DOCKERIGNORE_DRAFT = 'playground/.dockerignore';

/** The saved text of one draft (`playground` or `playground/.dockerignore`), or null. */
export async function storedDraftText(page: Page, key = 'playground'): Promise<string | null> {
  const raw = await storedDrafts(page);
  return raw ? ((JSON.parse(raw).state?.drafts?.[key]?.text as string | undefined) ?? null) : null;
}

/**
 * Fills this origin's real localStorage until the browser refuses more, with filler keys of
 * shrinking size, so that no later write that grows the storage fits.
 */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let written = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'f'.repeat(size);
      for (;;) {
        try {
          window.localStorage.setItem(`filler-${written}`, chunk);
          written++;
        } catch {
          break;
        }
      }
    }
    return written;
  });
}

/** Switches the playground to one of its file tabs with the keyboard, as a learner would. */
export async function showFileTab(page: Page, name: 'Dockerfile' | '.dockerignore'): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Files' });
  await tabs.getByRole('tab', { selected: true }).focus();
  const other = tabs.getByRole('tab', { name, exact: true });
  if ((await other.getAttribute('aria-selected')) !== 'true')
    await page.keyboard.press('ArrowRight');
  await expect(other).toHaveAttribute('aria-selected', 'true');
}

/** Saves `text` as the playground draft before the page reads it, then opens the playground. */
export async function openWithDraft(page: Page, text: string): Promise<void> {
  await seedStorage(
    page,
    DRAFTS_KEY,
    JSON.stringify({ version: 1, state: { drafts: { playground: { text, updatedAt: 1 } } } }),
  );
  await openEditor(page);
}

/**
 * Writes a raw localStorage value from a page of the site that does not read drafts, so the
 * playground opened next is the first to read it.
 */
export async function seedStorage(page: Page, key: string, value: string): Promise<void> {
  await page.goto('/rules/');
  await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [key, value] as const);
}

/** Types `text` at the very end of the editor's text, in one input event. */
export async function appendEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(text);
}

/**
 * Replaces the editor's text by pasting it from the real clipboard, as a learner would. Typing
 * hundreds of kilobytes through the keyboard path instead takes minutes.
 */
export async function pasteEditorText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}
