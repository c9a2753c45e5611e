import { defineRule } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { at } from './support/ranges';

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
  },
  check({ model, report }) {
    eachOfKinds(model, bit(Kind.COPY) | bit(Kind.ADD), (ins) => {
      for (const flag of ins.flags) {
        if (flag.name !== 'chmod' || flag.value === null) continue;
        const message = chmodProblem(flag.value);
        if (message) report(at(flag.valueRange ?? flag.range, { message }));
      }
    });
  },
});
