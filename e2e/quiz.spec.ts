import { test, expect } from './fixtures';
import { QUIZZES, answerCorrectly, arrowToRadio, tabTo } from './quiz-helpers';

test('a practice set by keyboard only: hint, feedback on a wrong answer, the solution, a retry', async ({
  page,
}) => {
  await page.goto('/quizzes/practice-basics/');
  const set = QUIZZES.find((q) => q.id === 'practice-basics');
  expect(set?.questions).toHaveLength(5);

  // Question 1: ask for the hint, answer wrongly, read the feedback and the solution, retry.
  await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
  const hintButton = page.getByRole('button', { name: 'Show hint' });
  await tabTo(page, hintButton);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note', { name: 'Hint' })).toContainText('what the build needs');

  const wrong = page.getByLabel('Several containers can run from one Dockerfile at the same time.');
  const right = page.getByLabel(
    'The image you ship can leave out the tools that were only needed to build the app.',
  );
  await tabTo(page, page.locator('input[name="basics-main-benefit"]').first());
  await arrowToRadio(page, wrong);
  await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Not quite.' })).toBeFocused();
  await expect(
    page.getByText('Running containers side by side is the job of a runtime'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Solution' })).toContainText(
    'Multi-stage builds keep the two apart',
  );
  await expect(page.getByRole('region', { name: 'Common mistakes' })).toContainText(
    'container orchestration',
  );

  await tabTo(page, page.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('input[name="basics-main-benefit"]').first());
  await arrowToRadio(page, right);
  await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Correct!' })).toBeFocused();

  // Questions 2–5, right first time, still by keyboard; question 4 is spot-the-error.
  for (const [n, group, label] of [
    [2, 'basics-stage-syntax', 'FROM node:22 AS builder'],
    [
      3,
      'basics-size-impact',
      'It stays small, because only the compiled binary is copied into the Alpine stage.',
    ],
    [4, 'basics-mismatched-name', 'Line 10: COPY --from=builder /app/node_modules ./node_modules'],
    [
      5,
      'basics-minimal-final',
      'Build in a stage with all the tools, then copy only the binary and the config into a minimal base image.',
    ],
  ] as const) {
    await tabTo(page, page.getByRole('button', { name: 'Next question' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Question ${n} of 5` })).toBeFocused();
    await tabTo(page, page.locator(`input[name="${group}"]`).first());
    await arrowToRadio(page, page.getByRole('radio', { name: label, exact: true }));
    await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Correct!' })).toBeVisible();
  }

  await tabTo(page, page.getByRole('button', { name: 'See results' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Practice complete' })).toBeFocused();
  // The wrong first answer on question 1 is what counts.
  await expect(page.getByText('Right on the first try: 4 of 5')).toBeVisible();
});

test('order questions work with the select controls and the move buttons', async ({ page }) => {
  await page.goto('/quizzes/architecture/');
  const q = QUIZZES.find((x) => x.id === 'architecture')?.questions[1];
  if (q?.type !== 'order')
    throw new Error('expected the second architecture question to be an order question');
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  const rows = page.locator(`[data-question="${q.id}"] li[data-item]`);
  // Move the first item to the top with the keyboard: focus its "Move up" button and press Enter.
  for (let guard = 0; guard < 5; guard++) {
    if ((await rows.first().getAttribute('data-item')) === '0') break;
    const up = page.getByRole('button', { name: `Move up: ${q.items[0]}` });
    await up.focus();
    await page.keyboard.press('Enter');
  }
  await expect(rows.first()).toHaveAttribute('data-item', '0');
  await answerCorrectly(page, q);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { name: 'Correct!' })).toBeVisible();
});

test('the pattern test: no feedback until the end, then scores per difficulty, a verdict and a review', async ({
  page,
  checkA11y,
}) => {
  const quiz = QUIZZES.find((q) => q.id === 'pattern-test');
  if (!quiz) throw new Error('pattern-test missing');
  await page.goto('/quizzes/pattern-test/');
  await page.getByRole('button', { name: 'Start the test' }).click();

  // Right on every easy and medium question; the hard ones are left unanswered.
  for (const [i, q] of quiz.questions.entries()) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of 10` })).toBeVisible();
    if (q.difficulty !== 'hard') await answerCorrectly(page, q);
    await expect(page.getByRole('heading', { name: /Correct!|Not quite\./ })).toHaveCount(0);
    if (i < quiz.questions.length - 1)
      await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'unanswered' })).toContainText(
    '3 questions are unanswered',
  );
  await page.getByRole('button', { name: 'Finish anyway' }).click();

  await expect(page.getByRole('heading', { name: 'Your score: 7 of 10' })).toBeVisible();
  await expect(page.locator('[data-score-row="easy"]')).toContainText('3 of 3');
  await expect(page.locator('[data-score-row="medium"]')).toContainText('4 of 4');
  await expect(page.locator('[data-score-row="hard"]')).toContainText('0 of 3');
  await expect(page.locator('[data-verdict]')).toContainText('Getting there');
  await expect(page.locator('[data-review]')).toHaveCount(10);
  await expect(page.locator('[data-review="test-secret-in-env"]')).toContainText('✗ Wrong');
  await checkA11y();

  // The attempt is saved: it shows on the dashboard after a reload.
  await page.goto('/progress/');
  await page.reload();
  const history = page.locator('[data-score-history]');
  await expect(history).toContainText('Test — is the multi-stage pattern strong?');
  await expect(history.locator('[data-difficulty-score="hard"]')).toContainText('0%');
  await expect(page.locator('[data-missed="test-secret-in-env"]')).toBeVisible();
  await page
    .locator('[data-missed="test-secret-in-env"]')
    .getByRole('link', { name: 'Review this question' })
    .click();
  await expect(page).toHaveURL(/\/quizzes\/review\/test-secret-in-env\/$/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
});

test('a lesson runs its own practice questions inline', async ({ page }) => {
  await page.goto('/learn/why-multi-stage/');
  const section = page.locator('[data-lesson-quiz="why-multi-stage"]');
  await expect(section.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
  await section.getByLabel('The last stage in the file').check();
  await section.getByRole('button', { name: 'Check answer' }).click();
  await expect(section.getByRole('heading', { name: 'Correct!' })).toBeVisible();
});

test('quiz pages pass axe, with feedback showing', async ({ page, checkA11y }) => {
  await page.goto('/quizzes/');
  await expect(page.locator('[data-quiz-set]')).toHaveCount(3);
  await checkA11y();
  await page.goto('/quizzes/practice-basics/');
  await page.getByRole('button', { name: 'Show hint' }).click();
  await page.locator('input[name="basics-main-benefit"]').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('[data-result]')).toBeVisible();
  await checkA11y();
});

test('in the test, an ordering question counts as answered only once a step has been moved', async ({
  page,
}) => {
  const quiz = QUIZZES.find((q) => q.id === 'pattern-test');
  const orderIndex = quiz?.questions.findIndex((q) => q.type === 'order') ?? -1;
  const orderQuestion = quiz?.questions[orderIndex];
  if (!quiz || orderQuestion?.type !== 'order')
    throw new Error('pattern-test has no order question');
  await page.goto('/quizzes/pattern-test/');
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.getByText('0 of 10 answered.')).toBeVisible();

  for (let i = 0; i < orderIndex; i++)
    await page.getByRole('button', { name: 'Next question' }).click();
  await expect(
    page.getByRole('heading', { name: `Question ${orderIndex + 1} of 10` }),
  ).toBeVisible();
  const rows = page.locator(`[data-question="${orderQuestion.id}"] li[data-item]`);
  await expect(rows).toHaveCount(orderQuestion.items.length);
  await expect(page.getByText('0 of 10 answered.')).toBeVisible();

  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'unanswered' })).toContainText(
    '10 questions are unanswered',
  );
  await page.getByRole('button', { name: 'Keep answering' }).click();

  const firstShown = Number(await rows.first().getAttribute('data-item'));
  await page.getByRole('button', { name: `Move down: ${orderQuestion.items[firstShown]}` }).click();
  await expect(rows.nth(1)).toHaveAttribute('data-item', String(firstShown));
  await expect(page.getByText('1 of 10 answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'unanswered' })).toContainText(
    '9 questions are unanswered',
  );
});
