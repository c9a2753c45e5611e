import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

type A11yOptions = {
  /** CSS selectors to leave out of the scan (e.g. a third-party widget you cannot fix) */
  exclude?: string[];
};

type GuardFixtures = {
  /** Console messages that may appear as errors in this test (use sparingly, with a reason). */
  allowedConsoleErrors: RegExp[];
  /** Requests blocked because they went to another host; asserted empty after each test. */
  externalRequests: string[];
  /** Console errors and uncaught page errors seen so far; asserted empty after each test. */
  consoleErrors: string[];
  /** Runs axe (WCAG 2 A + AA) on the current page and fails on serious or critical violations. */
  checkA11y: (options?: A11yOptions) => Promise<void>;
};

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLocal(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Axe scan of `page` (WCAG 2 A + AA); resolves with the serious/critical violations, formatted. */
export async function seriousA11yViolations(
  page: Page,
  options: A11yOptions = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    );
}

/**
 * The shared Playwright `test`: every page blocks and records requests to any host but the local
 * server, records console errors and page errors, and fails the test on either after it ends.
 * Import it as `import { test, expect } from './fixtures'`.
 */
export const test = base.extend<GuardFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  externalRequests: async ({}, use) => {
    await use([]);
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, externalRequests }, use) => {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      externalRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await use(context);
  },
  page: async ({ page, consoleErrors, externalRequests, allowedConsoleErrors }, use) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = `${msg.text()} (${msg.location().url || 'unknown source'})`;
      if (!allowedConsoleErrors.some((re) => re.test(text))) consoleErrors.push(text);
    });
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
    await use(page);
    expect(externalRequests, 'requests to hosts other than the local server').toEqual([]);
    expect(consoleErrors, 'console errors and uncaught page errors').toEqual([]);
  },
  checkA11y: async ({ page }, use) => {
    await use(async (options) => {
      const violations = await seriousA11yViolations(page, options);
      expect(violations, `axe found serious or critical violations on ${page.url()}`).toEqual([]);
    });
  },
});
