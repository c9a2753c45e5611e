import path from 'node:path';
import { expect, test } from 'vitest';
import { rules } from '@/lib/analyzer/rules';
import { runContentCheck } from './content-check';

// One fixture per claim check, each a claim the analyzer contradicts. content:check must fail on
// it with the YAML line that makes the claim, so every check is shown able to fail.
const ROOT = path.join(__dirname, 'claim-fixtures');
const SHOWN = 'lib/content/claim-fixtures';

// json-args-recommended is a warning rule; listed as an error rule here, its bad example (which
// only warns) claims a failing build the analyzer does not report.
const asErrorRule = rules.map((rule) =>
  rule.meta.id === 'json-args-recommended'
    ? { ...rule, meta: { ...rule.meta, severity: 'error' as const } }
    : rule,
);
const { errors } = runContentCheck({ root: ROOT, appDir: ROOT, rules: asErrorRule });
const claimErrors = errors.filter(
  (e) => e.startsWith(`${SHOWN}/quizzes/`) || e.startsWith(`${SHOWN}/rules/`),
);

const DEFAULT_UNNAMED =
  '`docker build .` (no --target: it builds the last stage, the unnamed stage 1)';

/** The one error reported for `file`; it must start with `prefix` (the analyzer's wording follows). */
function reported(file: string): string[] {
  return claimErrors.filter((e) => e.startsWith(`${SHOWN}/${file}:`));
}

test('a spot-the-error key on a line that builds fails, at the answer line', () => {
  expect(reported('quizzes/spot-line-builds.yaml')).toEqual([
    `${SHOWN}/quizzes/spot-line-builds.yaml:13: question "fx-spot-line-builds" says the build fails at line 5 of its Dockerfile, but under ${DEFAULT_UNNAMED} the analyzer reports no error there, and none anywhere: the file builds`,
  ]);
});

test('a key that is not the only failing line fails, naming the other line', () => {
  const found = reported('quizzes/spot-second-error.yaml');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    `${SHOWN}/quizzes/spot-second-error.yaml:14: question "fx-spot-second-error" keys line 5 as the failing line, but under ${DEFAULT_UNNAMED} the build also fails at line 6: unknown-stage-reference@6 (error: `,
  );
});

test('a question that says its build fails without declaring the build fails', () => {
  expect(reported('quizzes/spot-undeclared.yaml')).toEqual([
    `${SHOWN}/quizzes/spot-undeclared.yaml:11: question "fx-spot-undeclared": says its build fails: declare how it is built: build: default, or build: { target: NAME, build-args: { NAME: "value" } }`,
  ]);
});

test('a prompt Dockerfile shown as working that does not build fails, at the prompt', () => {
  const found = reported('quizzes/prompt-presented-working.yaml');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    `${SHOWN}/quizzes/prompt-presented-working.yaml:6: question "fx-prompt-working" presents its Dockerfile as working, but under ${DEFAULT_UNNAMED} the analyzer reports unknown-stage-reference@5 (error: `,
  );
});

test('fails: N on a line the analyzer does not fail fails, at the fails: line', () => {
  const found = reported('quizzes/fails-elsewhere.yaml');
  expect(found).toHaveLength(2);
  expect(found[0]).toBe(
    `${SHOWN}/quizzes/fails-elsewhere.yaml:16: question "fx-fails-elsewhere" says the build fails at line 3 of its Dockerfile, but under ${DEFAULT_UNNAMED} the analyzer reports no error there`,
  );
  expect(found[1]).toMatch(
    `${SHOWN}/quizzes/fails-elsewhere.yaml:16: question "fx-fails-elsewhere" keys line 3 as the failing line, but under ${DEFAULT_UNNAMED} the build also fails at line 4: unknown-stage-reference@4 (error: `,
  );
});

test('an order question whose keyed order does not build fails, at its items', () => {
  const found = reported('quizzes/order-model-answer.yaml');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    `${SHOWN}/quizzes/order-model-answer.yaml:7: question "fx-order-model-answer" presents its Dockerfile as working, but under ${DEFAULT_UNNAMED} the analyzer reports unknown-stage-reference@4 (error: `,
  );
});

test('the declared --target and --build-arg are the build the analyzer runs', () => {
  const found = reported('quizzes/build-target.yaml');
  expect(found).toHaveLength(2);
  expect(found[0]).toMatch(
    `${SHOWN}/quizzes/build-target.yaml:7: question "fx-build-target" presents its Dockerfile as working, but under \`docker build --target tset .\` the analyzer reports unknown-target@`,
  );
  expect(found[1]).toMatch(
    `${SHOWN}/quizzes/build-target.yaml:22: question "fx-build-args" presents its Dockerfile as working, but under \`docker build --build-arg BASE= .\` (no --target: it builds the last stage, the unnamed stage 0) the analyzer reports empty-base-name@2 (error: `,
  );
});

test('a rule page whose bad example does not raise the rule fails, at bad:', () => {
  expect(reported('rules/stage-name-casing.yaml')).toEqual([
    `${SHOWN}/rules/stage-name-casing.yaml:2: the bad example of stage-name-casing should raise stage-name-casing, but under ${DEFAULT_UNNAMED} the analyzer reports nothing`,
  ]);
});

test('an error rule whose bad example only warns fails: the page says the build fails', () => {
  const found = reported('rules/json-args-recommended.yaml');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    `${SHOWN}/rules/json-args-recommended.yaml:4: the bad example of json-args-recommended should fail the build with json-args-recommended (an error rule), but under \`docker build .\` (no --target: it builds the last stage, the unnamed stage 0) the analyzer reports it only as json-args-recommended@2 (warning: `,
  );
});

test('a rule page whose good example raises the rule fails, at good:', () => {
  const found = reported('rules/from-as-casing.yaml');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    `${SHOWN}/rules/from-as-casing.yaml:4: the good example of from-as-casing should not raise from-as-casing, but under \`docker build .\` (no --target: it builds the last stage, "app") the analyzer reports from-as-casing@2 (warning: `,
  );
});

test('a rule page whose good example fails the build with another rule fails, at good:', () => {
  const found = reported('rules/duplicate-stage-name.yaml');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(
    `${SHOWN}/rules/duplicate-stage-name.yaml:5: the good example of duplicate-stage-name is presented as working, but under \`docker build .\` (no --target: it builds the last stage, "app") the analyzer reports unknown-stage-reference@3 (error: `,
  );
});

test('every fixture is accounted for: no claim error comes from elsewhere', () => {
  expect(claimErrors).toHaveLength(13);
});
