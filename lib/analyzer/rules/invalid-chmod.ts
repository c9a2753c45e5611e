import { defineRule } from '../types';
import { bit, eachFlagValue, Kind } from './support/file-index';
import { at, flagValueFix } from './support/ranges';

const WHO = 'augo';
const PERMS = 'rstwXxugo';

/**
 * Whether dchapes-mode's Parse, which BuildKit calls on a `--chmod` that is no octal number,
 * reads `v` (one who-list per clause, then one or more `+`/`-`/`=` each followed by permissions,
 * clauses joined by commas): `u+x,go-w`, `a=rX`, `u=rwx,go=u-w`.
 */
function isSymbolicMode(v: string): boolean {
  let i = 0;
  for (;;) {
    while (i < v.length && WHO.includes(v[i]!)) i++;
    // an operator, then its permissions, as often as written: `u+r-w`
    do {
      const op = v[i];
      if (op !== '+' && op !== '-' && op !== '=') return false;
      i++;
      while (i < v.length && PERMS.includes(v[i]!)) i++;
      if (i === v.length) return true;
    } while (v[i] !== ',');
    // a comma must start another clause
    i++;
    if (i === v.length) return false;
  }
}

/** BuildKit's complaint about a `--chmod` value, or null when it takes it. */
function chmodProblem(value: string): string | null {
  // empty sets no mode; a variable is expanded when the stage is built
  if (value === '' || value.includes('$')) return null;
  const c = value.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // a value that starts with a digit is read as octal, whether ParseUint or Parse reads it
    return /^[0-7]+$/.test(value) && parseInt(value, 8) <= 0o7777
      ? null
      : `invalid chmod parameter: '${value}'. it should be octal string and between 0 and 07777`;
  }
  return isSymbolicMode(value)
    ? null
    : `invalid chmod parameter: '${value}': invalid syntax (an octal mode up to 07777, or a symbolic one such as u+x,go-w)`;
}

/** Per character of an `ls -l` mode (`rwxr-sr-t`): the bits it sets, by position. */
const LS_BITS: readonly (readonly [string, number][])[] = [
  [['r', 0o400]],
  [['w', 0o200]],
  [
    ['x', 0o100],
    ['s', 0o4100],
    ['S', 0o4000],
  ],
  [['r', 0o040]],
  [['w', 0o020]],
  [
    ['x', 0o010],
    ['s', 0o2010],
    ['S', 0o2000],
  ],
  [['r', 0o004]],
  [['w', 0o002]],
  [
    ['x', 0o001],
    ['t', 0o1001],
    ['T', 0o1000],
  ],
];

/** The octal mode of a mode written as `ls -l` prints it (`rwxr-xr-x` → 0755), or null. */
function octalOfLsMode(value: string): string | null {
  // ls prints the file type first: `-rwxr-xr-x`, `drwxr-xr-x`
  const perms = value.length === 10 && '-dl'.includes(value[0]!) ? value.slice(1) : value;
  if (perms.length !== 9) return null;
  let mode = 0;
  for (let i = 0; i < 9; i++) {
    const c = perms[i]!;
    if (c === '-') continue;
    const bits = LS_BITS[i]!.find(([letter]) => letter === c);
    if (!bits) return null;
    mode |= bits[1];
  }
  return `0${mode.toString(8).padStart(3, '0')}`;
}

/**
 * A COPY/ADD `--chmod` BuildKit refuses before copying anything: an octal mode above 07777, a
 * digit that is not octal, or a symbolic mode chmod(1) would not read.
 */
export const invalidChmod = defineRule({
  meta: {
    id: 'invalid-chmod',
    severity: 'error',
    description: 'COPY and ADD --chmod take an octal mode up to 07777 or a chmod symbolic mode',
    docs: 'https://docs.docker.com/reference/dockerfile/#copy---chmod',
    // dispatchCopy parses --chmod (convert_copy.go:66-83), run only for reachable stages
    // (convert.go:780)
    raisedAt: 'dispatch',
  },
  check({ file, model, report }) {
    eachFlagValue(model, bit(Kind.COPY) | bit(Kind.ADD), 'chmod', (flag, value) => {
      const message = chmodProblem(value);
      if (!message) return;
      // a mode copied from `ls -l` has one octal spelling: offer it
      const octal = octalOfLsMode(value);
      report(
        at(flag.valueRange ?? flag.range, {
          message,
          suggestion: octal ?? undefined,
          fix: octal ? flagValueFix(file.lines, flag, octal) : undefined,
        }),
      );
    });
  },
});
