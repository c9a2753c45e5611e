import { expect, test } from 'vitest';
import {
  checkConfig,
  checkOptionText,
  experimentalEnabled,
  parseCheckOptions,
} from './check-options';
import { parse } from './parse';

test.each([
  ['', { skip: [], skipAll: false, error: false }],
  ['skip=all', { skip: [], skipAll: true, error: false }],
  ['skip=A, B;error=true', { skip: ['a', 'b'], skipAll: false, error: true }],
  [' error = 1 ; skip = X ', { skip: ['x'], skipAll: false, error: true }],
  ['error=F;experimental=all', { skip: [], skipAll: false, error: false }],
])('parseCheckOptions(%j) reads skip and error as BuildKit does', (text, want) => {
  const c = parseCheckOptions(text);
  expect(c && { skip: [...c.skip], skipAll: c.skipAll, error: c.error }).toEqual(want);
});

test.each(['skip', 'error=maybe', 'skip=a;fail=true', 'skip=a;error=true;bogus=1'])(
  'parseCheckOptions(%j) is invalid (null), as BuildKit fails the build',
  (text) => {
    expect(parseCheckOptions(text)).toBeNull();
  },
);

test('the third option keeps further semicolons, as Go strings.SplitN(…, 3) does', () => {
  // "error=true;x" is not a boolean, so the whole option string is rejected
  expect(parseCheckOptions('skip=a;skip=b;error=true;x')).toBeNull();
});

test('experimental names are matched exactly; all turns every one on', () => {
  expect(experimentalEnabled(parseCheckOptions('experimental=Foo,Bar'), 'Bar')).toBe(true);
  expect(experimentalEnabled(parseCheckOptions('experimental=Foo'), 'Bar')).toBe(false);
  expect(experimentalEnabled(parseCheckOptions('experimental=all'), 'Bar')).toBe(true);
  expect(experimentalEnabled(null, 'Bar')).toBe(false);
});

test('checkOptionText: the build arg, when set, wins over the directive; else the directive to its first space', () => {
  const file = parse('# check=skip=A // because\nFROM alpine:3.20\n');
  expect(checkOptionText(file)).toBe('skip=A');
  expect(checkOptionText(file, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'error=true' } })).toBe(
    'error=true',
  );
  expect(checkOptionText(file, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: '' } })).toBe('');
  expect(checkOptionText(parse('FROM alpine:3.20\n'))).toBeNull();
  expect(checkConfig(parse('FROM alpine:3.20\n'))).toBeNull();
});
