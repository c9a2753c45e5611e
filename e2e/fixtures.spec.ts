import { test, expect } from './fixtures';

// Negative controls: each test breaks one guard on purpose, so it must fail for the suite to pass.

test('negative control (shown as ✘, must fail): the network guard fails a test that requests another host', async ({
  page,
  externalRequests,
}) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => fetch('https://cdn.example.com/lib.js').catch(() => undefined));
  // Route handling is asynchronous: the test ends once the guard has seen the request.
  await expect.poll(() => externalRequests.length).toBe(1);
});

test('negative control (shown as ✘, must fail): the console guard fails a test that logs an error', async ({
  page,
}) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => console.error('something broke'));
});

test('negative control (shown as ✘, must fail): the console guard fails a test with an uncaught page error', async ({
  page,
}) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('uncaught');
    }),
  );
  await page.waitForTimeout(100);
});

test('the guards record what they saw', async ({ page, externalRequests, consoleErrors }) => {
  await page.goto('/');
  await page.evaluate(() => fetch('https://cdn.example.com/lib.js').catch(() => undefined));
  await expect.poll(() => externalRequests.length).toBe(1);
  expect(externalRequests[0]).toBe('https://cdn.example.com/lib.js');
  // Clear what this control produced, so teardown passes.
  externalRequests.length = 0;
  consoleErrors.length = 0;
});

test('negative control (shown as ✘, must fail): the axe helper reports a serious violation', async ({
  page,
  checkA11y,
}) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(img);
  });
  await checkA11y();
});
