import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const KEY = 'stagecraft-progress';

/** Clicks the lesson's progress button in every page at one shared instant, as a learner with two tabs might. */
async function clickTogether(pages: Page[]) {
  const at = Date.now() + 300;
  await Promise.all(
    pages.map((page) =>
      page.evaluate((when) => {
        const button = [
          ...document.querySelectorAll<HTMLButtonElement>('button[aria-pressed]'),
        ].find((candidate) => /Mark lesson complete|✓ Completed/.test(candidate.textContent ?? ''));
        setTimeout(() => button?.click(), Math.max(0, when - Date.now()));
      }, at),
    ),
  );
}

/** Which of `slugs` are completed in the stored progress, as a page reads it. */
const storedCompletion = (page: Page, slugs: string[]) =>
  page.evaluate(
    ({ key, slugs }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{"state":{"lessons":{}}}');
      return slugs.map((slug) => Boolean(stored.state.lessons[slug]?.completedAt));
    },
    { key: KEY, slugs },
  );

test('two tabs marking lessons complete at the same moment lose no write, round after round', async ({
  page,
  context,
}) => {
  const slugs = ['why-multi-stage', 'naming-stages'];
  const other = await context.newPage();
  await page.goto(`/learn/${slugs[0]}/`);
  await other.goto(`/learn/${slugs[1]}/`);
  const pages = [page, other];
  for (const tab of pages) {
    await expect(tab.getByRole('button', { name: 'Mark lesson complete' })).toBeEnabled();
  }
  for (let round = 1; round <= 10; round += 1) {
    const completed = round % 2 === 1;
    await clickTogether(pages);
    for (const tab of pages) {
      await expect(
        tab.getByRole('button', { name: /Mark lesson complete|✓ Completed/ }),
      ).toHaveAttribute('aria-pressed', String(completed));
    }
    // A lost write never comes back, so waiting for both never ends when one is lost.
    for (const tab of pages) {
      await expect
        .poll(() => storedCompletion(tab, slugs), { message: `round ${round}`, timeout: 3000 })
        .toEqual([completed, completed]);
    }
  }
  await other.close();
});
