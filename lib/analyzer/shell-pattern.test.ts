import { expect, test } from 'vitest';
import { expandWord, MAX_SUBSTITUTION_DEPTH } from './expand';
import {
  patternBudget,
  PatternBudgetExceeded,
  replacePattern,
  trimPrefix,
  trimSuffix,
  type PatternResult,
} from './shell-pattern';

const valueOf = (result: PatternResult): string =>
  'value' in result ? result.value : `error: ${result.error}`;

/** Expands `word` with V set to `value`, as a FROM base name is expanded. */
function fromWith(word: string, value: string) {
  return expandWord(word, new Map([['V', value]]), '\\', patternBudget());
}

// Expected values are what Go's regexp gives for the regular expression BuildKit builds
// (convertShellPatternToRegex): leftmost-first, `*` greedy for ##, %%, / and //, lazy for # and %.
test.each([
  ['${V#*.}', '1.2.3', '2.3'],
  ['${V##*.}', '1.2.3', '3'],
  ['${V%.*}', '1.2.3', '1.2'],
  ['${V%%.*}', '1.2.3', '1'],
  ['${V#a?c}', 'abcabc', 'abc'],
  ['${V#\\*}', '*x', 'x'],
  ['${V/./-}', '1.2.3', '1-2.3'],
  ['${V//./-}', '1.2.3', '1-2-3'],
  ['${V//b*/X}', 'abcabc', 'aX'],
  ['${V/*/X}', '', 'X'],
  ['${V//*/X}', 'abc', 'X'],
  ['${V///X}', 'ab', 'XaXbX'],
  ['${V/a\\/b/X}', 'a/b', 'X'],
  ['${V/a}b/X}', 'a}b', 'X'],
  ['${V%%é*}', 'caféé', 'caf'],
])('%s on %s gives %s', (word, value, expected) => {
  const expansion = fromWith(word, value);
  expect(expansion.error).toBeNull();
  expect(expansion.result).toBe(expected);
});

test('a replace-all replacement is a Go template: $0 is the match, $$ a dollar', () => {
  // the lexer has expanded `$0` and `$$` in the Dockerfile word already; a value can still hold them
  const env = new Map([
    ['V', 'abc'],
    ['W', '[$0|${0}|$$|$1]'],
  ]);
  expect(expandWord('${V//b/$W}', env, '\\').result).toBe('a[b|b|$|]c');
  expect(expandWord('${V/b/$W}', env, '\\').result).toBe('a[$0|${0}|$$|$1]c');
});

test('a malformed pattern fails with BuildKit message', () => {
  expect(fromWith('${V#\\a}', 'x').error).toBe(
    "invalid pattern (\\a) in substitution: invalid escape '\\a'",
  );
  expect(fromWith('${V/a}', 'x').error).toBe("syntax error: missing '/' in ${}");
});

/** The steps one pattern operation takes on a fresh budget. */
function stepsOf(run: (budget: ReturnType<typeof patternBudget>) => PatternResult): number {
  const budget = patternBudget(Number.MAX_SAFE_INTEGER);
  run(budget);
  return budget.steps;
}

// The shapes of issue 20: `*` patterns on values of a few hundred characters took seconds, a
// `//` on a 32 KB value 24 s. The machine's cost is at most (n + 1) × (m + 2) per search, and a
// replace-all spends about that in all; the bounds below are that product, never a time.
test.each([
  ['##', 'a'.repeat(300), '*a*a*a*a*b'],
  ['%%', 'a'.repeat(300), 'b*a*a*a*a*'],
  ['//', 'a'.repeat(300), '*a*a*a*a*b'],
  ['//', 'x'.repeat(32_768), 'x'],
  ['//', 'ab'.repeat(16_384), 'a*b'],
  ['//', 'ab'.repeat(16_384), 'a?c'],
])('%s with %s-like value of its length stays within a linear bound', (op, value, pattern) => {
  const run =
    op === '##'
      ? (budget: ReturnType<typeof patternBudget>) => trimPrefix(value, pattern, true, budget)
      : op === '%%'
        ? (budget: ReturnType<typeof patternBudget>) => trimSuffix(value, pattern, true, budget)
        : (budget: ReturnType<typeof patternBudget>) =>
            replacePattern(value, pattern, 'y', true, budget);
  const bound = 2 * (value.length + 1) * (pattern.length + 2);
  expect(stepsOf(run)).toBeLessThanOrEqual(bound);
});

test('a 32 KB replace-all replaces every character', () => {
  const result = replacePattern('x'.repeat(32_768), 'x', 'y', true, patternBudget());
  expect(valueOf(result)).toBe('y'.repeat(32_768));
});

test('past the budget a pattern stops with PatternBudgetExceeded, and the FROM value is unknown', () => {
  expect(() => trimPrefix('a'.repeat(1000), '*b', true, patternBudget(500))).toThrow(
    PatternBudgetExceeded,
  );
  const env = new Map([['V', 'a'.repeat(1000)]]);
  const expansion = expandWord('${V##*b}', env, '\\', patternBudget(500));
  expect(expansion.error).toBeNull();
  expect(expansion.limit).toMatch(/stopped evaluating pattern substitutions after 500 steps/);
});

test('substitutions nested 3,000 deep stop at the depth limit instead of overflowing the stack', () => {
  const word = '${A:-'.repeat(3000) + 'x' + '}'.repeat(3000);
  const expansion = expandWord(word, new Map(), '\\');
  expect(expansion.limit).toBe(
    `substitutions nest more than ${MAX_SUBSTITUTION_DEPTH} deep; the analyzer does not evaluate them`,
  );
  const shallow = '${A:-'.repeat(MAX_SUBSTITUTION_DEPTH) + 'x' + '}'.repeat(MAX_SUBSTITUTION_DEPTH);
  expect(expandWord(shallow, new Map(), '\\')).toMatchObject({ result: 'x', limit: null });
});
