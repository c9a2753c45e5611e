import fc from 'fast-check';
import { expect, test } from 'vitest';
import { expandInScope } from '../../expand';
import { unsetNames } from './var-names';

const DEFINED = new Set(['A', 'B', 'HOME', '1', '@']);
const lookup = (name: string) => (DEFINED.has(name) ? 'v' : undefined);
const isUnset = (name: string) => !DEFINED.has(name);

test('finds the unset names of plain, quoted, escaped and nested references', () => {
  expect(unsetNames('$X ${Y} $A ${B:-$Z} "$Q" \'$S\' \\$T', isUnset, '\\', false)).toEqual([
    'X',
    'Y',
    'Z',
    'Q',
  ]);
  expect(unsetNames("echo '$X' \\$Y $Z", isUnset, '\\', true)).toEqual(['X', 'Z']);
  expect(unsetNames('${:-$X} ${X!} ${Y', isUnset, '\\', false)).toEqual(['X']);
});

test('matches expandInScope on arbitrary words, for both escapes and heredoc bodies', () => {
  const unit = fc.constantFrom(
    '$',
    '{',
    '}',
    ':',
    '-',
    '+',
    '?',
    '#',
    '%',
    '/',
    '!',
    '@',
    '*',
    "'",
    '"',
    '\\',
    '`',
    'A',
    'B',
    'X',
    'HOME',
    '1',
    '_',
    ' ',
    'é',
    '日',
    '\n',
  );
  fc.assert(
    fc.property(
      fc.string({ unit, maxLength: 24 }),
      fc.constantFrom('\\', '`'),
      fc.boolean(),
      (word, escape, raw) => {
        const want = expandInScope(word, lookup, raw ? '\\' : escape, raw).unmatched;
        expect(unsetNames(word, isUnset, raw ? '\\' : escape, raw)).toEqual(want);
      },
    ),
    { numRuns: 20000 },
  );
});
