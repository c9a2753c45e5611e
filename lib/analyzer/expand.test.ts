import { expect, test } from 'vitest';
import fc from 'fast-check';
import { expandInScope, expandWord, hasExpansion, unsetNames, type EnvLookup } from './expand';

const env = new Map([
  ['VER', '1.2.3'],
  ['EMPTY', ''],
]);
const from = (word: string, escape = '\\') => {
  const e = expandWord(word, env, escape);
  return { result: e.result, matched: [...e.matched], unmatched: [...e.unmatched], error: e.error };
};
const scope: EnvLookup = (name) =>
  name === 'VER' ? '1.2.3' : name === 'EMPTY' ? '' : name === 'LATER' ? null : undefined;
const scoped = (word: string, rawQuotes = false) => expandInScope(word, scope, '\\', rawQuotes);

test('FROM words expand variables and record which were set', () => {
  expect(from('alpine:${VER}-$NOPE')).toEqual({
    result: 'alpine:1.2.3-',
    matched: ['VER'],
    unmatched: ['NOPE'],
    error: null,
  });
});

test('FROM words evaluate the default, alternative and pattern operators', () => {
  expect(from('${EMPTY:-a}${EMPTY-x}${NOPE-b}${VER:+c}${NOPE+d}').result).toBe('abc');
  expect(from('${VER#*.}|${VER##*.}|${VER%.*}|${VER%%.*}').result).toBe('2.3|3|1.2|1');
  expect(from('${VER/./-}|${VER//./-}').result).toBe('1-2.3|1-2-3');
});

test('FROM words report BuildKit failures with its message', () => {
  expect(from('${NOPE:?}').error).toBe('NOPE: is not allowed to be unset');
  // shell/lex.go: errors.Errorf("%s: %s", name, message), the word replacing only the message
  expect(from('${EMPTY:?needs a value}').error).toBe('EMPTY: needs a value');
  expect(from('${EMPTY:?}').error).toBe('EMPTY: is not allowed to be empty');
  expect(from('${NOPE?gone}').error).toBe('NOPE: gone');
  expect(from('"open').error).toBe(
    'unexpected end of statement while looking for matching double-quote',
  );
  expect(from('${VER').error).toBe("syntax error: missing '}'");
  expect(from('${VER:=x}').error).toBe('unsupported modifier (:=) in substitution');
});

test('FROM words honour quotes and the escape directive', () => {
  expect(from(`'$VER'"$VER"\\$VER`).result).toBe('$VER1.2.3$VER');
  expect(from('`$VER', '`').result).toBe('$VER');
});

test('FROM words keep their looser reading of malformed substitutions', () => {
  // Pinned so that tightening it to BuildKit's reading is a visible, deliberate change.
  expect(from('${}')).toEqual({ result: '', matched: [], unmatched: [''], error: null });
  expect(from('$€x').unmatched).toEqual(['€x']);
});

test('hasExpansion tells a variable or quote from plain text', () => {
  expect(hasExpansion('builder')).toBe(false);
  expect(hasExpansion('$X')).toBe(true);
  expect(hasExpansion('"b"')).toBe(true);
  expect(hasExpansion('a$')).toBe(false);
});

test('scoped words list unmatched names once, in order of first use', () => {
  expect(scoped('$B-${A:-$C}-$B')).toEqual({
    value: '--',
    unmatched: ['B', 'C', 'A'],
    error: false,
  });
});

test('scoped words are unknown when a value is unknown or a pattern is applied', () => {
  expect(scoped('${VER:-x}/$EMPTY').value).toBe('1.2.3/');
  expect(scoped('$LATER/x')).toEqual({ value: null, unmatched: [], error: false });
  expect(scoped('${VER%.*}')).toEqual({ value: null, unmatched: [], error: false });
});

test('scoped words fail where BuildKit fails, before looking further', () => {
  expect(scoped('${}')).toEqual({ value: null, unmatched: [], error: true });
  expect(scoped('${:-x}')).toEqual({ value: null, unmatched: [], error: true });
  expect(scoped('${A:=$B}')).toEqual({ value: null, unmatched: ['B'], error: true });
  expect(scoped('${NOPE?}')).toEqual({ value: null, unmatched: ['NOPE'], error: true });
  expect(scoped("'open")).toEqual({ value: null, unmatched: [], error: true });
});

test('scoped names are letters, digits and underscores', () => {
  expect(scoped('$Ävar-$€x')).toEqual({ value: '-$€x', unmatched: ['Ävar'], error: false });
});

test('raw-quote words (heredoc bodies) keep quotes and escapes but expand variables', () => {
  expect(scoped(`'$VER' \\$X "$NOPE"`, true)).toEqual({
    value: `'1.2.3' \\$X ""`,
    unmatched: ['NOPE'],
    error: false,
  });
});

test('unsetNames finds the unset names of plain, quoted, escaped and nested references, once each', () => {
  const defined = new Set(['A', 'B', 'HOME', '1', '@']);
  const isUnset = (name: string) => !defined.has(name);
  expect(unsetNames('$X ${Y} $A ${B:-$Z} "$Q" \'$S\' \\$T $X', isUnset, '\\', false)).toEqual([
    'X',
    'Y',
    'Z',
    'Q',
  ]);
  expect(unsetNames("echo '$X' \\$Y $Z", isUnset, '\\', true)).toEqual(['X', 'Z']);
  expect(unsetNames('${:-$X} ${X!} ${Y', isUnset, '\\', false)).toEqual(['X']);
  expect(unsetNames('$Z $W', isUnset, '\\', false, ['W'])).toEqual(['W', 'Z']);
});

test('unsetNames reads $NAME and ${NAME} inside double quotes, and digits and special parameters as names', () => {
  const isUnset = (name: string) => name !== 'SET';
  expect(unsetNames('"https://x.git#$REF" ${SET}/${DIR}', isUnset, '\\', false)).toEqual([
    'REF',
    'DIR',
  ]);
  expect(unsetNames('$ $1 $$ ${X:-$Y} $SET', isUnset, '\\', false)).toEqual(['1', '$', 'Y', 'X']);
});

test('expandWord substitutes $NAME and ${NAME} and keeps a lone $', () => {
  const env = new Map([
    ['GO', '1.26'],
    ['ALPINE', '3.23'],
  ]);
  const e = expandWord('golang:${GO}-alpine$ALPINE$NOPE $', env);
  expect(e.result).toBe('golang:1.26-alpine3.23 $');
  expect([...e.matched]).toEqual(['GO', 'ALPINE']);
  expect([...e.unmatched]).toEqual(['NOPE']);
  expect(e.error).toBeNull();
});

// unsetNames and expandWord read the usual `$NAME`/`${NAME}` word without the lexer: this holds
// that shortcut to the lexer's reading (expandInScope) on words made of every special there is.
const piece = fc.constantFrom(
  '$',
  '{',
  '}',
  'A',
  'B_1',
  'é',
  '1',
  '@',
  ':',
  '-',
  '+',
  '?',
  '#',
  '%',
  '/',
  '"',
  "'",
  '\\',
  ' ',
  '.',
);
const wordOf = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

test('unsetNames without the lexer finds what the lexer finds', () => {
  const isUnset = (name: string) => name !== 'A';
  fc.assert(
    fc.property(wordOf, fc.boolean(), (word, rawQuotes) => {
      const lexer: string[] = [];
      const lookup = (name: string) => (isUnset(name) ? undefined : null);
      for (const name of expandInScope(word, lookup, '\\', rawQuotes).unmatched) {
        if (!lexer.includes(name)) lexer.push(name);
      }
      expect(unsetNames(word, isUnset, '\\', rawQuotes)).toEqual(lexer);
    }),
    { numRuns: 3000 },
  );
});

test('expandWord without the lexer expands as the lexer does', () => {
  const env = new Map([['A', 'x:1']]);
  fc.assert(
    fc.property(wordOf, (word) => {
      const lexer = expandInScope(word, (name) => env.get(name), '\\');
      fc.pre(!lexer.error && lexer.value !== null);
      const e = expandWord(word, env);
      expect(e.result).toBe(lexer.value);
      expect([...e.unmatched]).toEqual(lexer.unmatched);
    }),
    { numRuns: 3000 },
  );
});
