import { loadLessons } from '../lib/content/lessons';
import { test, expect } from './fixtures';

const LESSONS = loadLessons();

for (const lesson of LESSONS) {
  test(`lesson "${lesson.slug}" renders its title, sections and code with a clean console`, async ({
    page,
  }) => {
    const response = await page.goto(`/learn/${lesson.slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    for (const heading of lesson.headings.slice(0, 3)) {
      await expect(page.locator(`[id="${heading.id}"]`)).toBeVisible();
    }
    // Every lesson ends with the sources its frontmatter lists, so a reader can check the facts.
    const sources = page.getByTestId('lesson-sources');
    await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(sources.getByRole('listitem')).toHaveCount(lesson.sources.length);
    // The fixture fails the test on any console error or request to another host.
  });
}

test('a repository source links to the file on GitHub and keeps its note', async ({ page }) => {
  await page.goto('/learn/common-mistakes/');
  const sources = page.getByTestId('lesson-sources');
  const convert = sources.getByRole('link', {
    name: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go',
  });
  await expect(convert).toHaveAttribute(
    'href',
    'https://github.com/moby/buildkit/blob/HEAD/frontend/dockerfile/dockerfile2llb/convert.go',
  );
  await expect(sources.getByRole('listitem').first()).toContainText(
    'images are resolved before any step',
  );
});

test('the cost calculator sizes agents by build duration and storage by new layers', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/learn/build-cost-calculator/');
  const calc = page.getByTestId('build-cost-calculator');
  // The worked example from the lesson is the starting point: 10-minute builds, 20 MB new layers.
  await expect(calc.getByTestId('builds-per-hour')).toHaveText('50');
  await expect(calc.getByTestId('concurrent-builds')).toHaveText('8.3');
  await expect(calc.getByTestId('agents')).toHaveText('2');
  await expect(calc.getByTestId('storage-per-day')).toHaveText('24 GB');
  await expect(calc.getByTestId('unshared-storage-per-day')).toContainText('600 GB');
  await expect(calc.getByTestId('network-per-day')).toHaveText('96 GB');
  await expect(calc.getByTestId('tier')).toContainText('1M users / 50+ services');

  await calc.getByLabel('Services').fill('100');
  await expect(calc.getByTestId('builds-per-hour')).toHaveText('100');
  await expect(calc.getByTestId('agents')).toHaveText('4');
  await expect(calc.getByTestId('storage-per-day')).toHaveText('48 GB');
  await expect(calc.getByTestId('network-per-day')).toHaveText('192 GB');

  // A build that holds its slot for the whole hour gives back the seed's one agent per 5 builds.
  await calc.getByLabel('Build duration (minutes)').fill('60');
  await expect(calc.getByTestId('agents')).toHaveText('20');

  // A smaller base changes only the unshared figure: pushes skip layers the registry holds.
  await calc.getByLabel('Image size (MB)').fill('250');
  await expect(calc.getByTestId('storage-per-day')).toHaveText('48 GB');
  await expect(calc.getByTestId('unshared-storage-per-day')).toContainText('600 GB');
  await expect(calc).toContainText('2,400 pushes × 20 MB of new layers');

  // Keyboard: arrow keys on a number input step it.
  await calc.getByLabel('Concurrent builds per agent').focus();
  await page.keyboard.press('ArrowUp');
  await expect(calc.getByTestId('agents')).toHaveText('17');

  await calc.getByLabel('Users').fill('100000000');
  await expect(calc.getByTestId('tier')).toContainText('100M users / 100+ services');

  // A cleared field counts as zero instead of breaking the page.
  await calc.getByLabel('Pulls per pushed image').fill('');
  await expect(calc.getByTestId('network-per-day')).toHaveText('48 GB');
  await checkA11y();
});

test('the architecture diagram walks the request flow hop by hop by keyboard and plays the failure', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/learn/architecture-overview/');
  const diagram = page.getByTestId('architecture-diagram');
  const status = diagram.getByTestId('walk-status');
  await expect(status).toContainText('11 hops');

  const next = diagram.getByRole('button', { name: 'Next hop' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Hop 1 of 11: User → Load balancer');
  await expect(diagram.locator('[data-node="user"]')).toHaveAttribute('data-state', 'active');
  await page.keyboard.press('Space');
  await expect(status).toContainText('Hop 2 of 11: Load balancer → API gateway');
  await page.keyboard.press('ArrowRight');
  await expect(status).toContainText('Hop 3 of 11: API gateway → Microservices');
  await expect(diagram.locator('[data-node="services"]')).toHaveAttribute('data-state', 'active');
  await page.keyboard.press('ArrowLeft');
  await expect(status).toContainText('Hop 2 of 11');
  await page.keyboard.press('End');
  await expect(status).toContainText('Hop 11 of 11: Load balancer → User');
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();

  // Tab to the failure button and play it with the keyboard.
  const fail = diagram.getByRole('button', { name: 'Play packaging failure' });
  await fail.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Stage 2: package and optimize fails');
  await expect(diagram.locator('[data-node="package-stage"]')).toHaveAttribute(
    'data-state',
    'failed',
  );
  await expect(diagram.locator('[data-node="final-image"]')).toHaveAttribute(
    'data-state',
    'blocked',
  );
  const panel = diagram.getByTestId('failure-panel');
  await expect(panel).toContainText('Retry the build automatically');
  await expect(diagram).toContainText('Design principle');
  await checkA11y();

  // Reset clears the failure and restarts the flow it happened on: the build flow.
  await diagram.getByRole('button', { name: 'Reset' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Build flow: 5 hops');
  await expect(diagram.getByRole('radio', { name: 'Build flow' })).toBeChecked();
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(status).toContainText('Hop 1 of 5: Stage 1: compile and test → Intermediate image');

  // The radio group switches flows with the arrow keys.
  await diagram.getByRole('radio', { name: 'Build flow' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(diagram.getByRole('radio', { name: 'Request flow' })).toBeChecked();
  await expect(status).toContainText('Request flow: 11 hops');
});
