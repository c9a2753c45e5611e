/**
 * Go's `time.ParseDuration` and `strconv.ParseInt(s, 10, 32)`, as BuildKit reads HEALTHCHECK
 * flags with them: each returns the value or the error text Go would give.
 */

// a map, not an object literal: a unit such as `constructor` must not find Object's prototype
const UNITS: ReadonlyMap<string, number> = new Map([
  ['ns', 1],
  ['us', 1e3],
  ['\u00b5s', 1e3], // micro sign
  ['\u03bcs', 1e3], // Greek mu
  ['ms', 1e6],
  ['s', 1e9],
  ['m', 60e9],
  ['h', 3600e9],
]);
const MAX_NS = 2 ** 63 - 1;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Go's `time.ParseDuration`: nanoseconds, or Go's error message. */
export function parseGoDuration(orig: string): { ns: number } | { error: string } {
  const invalid = { error: `time: invalid duration "${orig}"` };
  let s = orig;
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return { ns: 0 };
  if (s === '') return invalid;
  let total = 0;
  let i = 0;
  while (i < s.length) {
    if (!(s[i] === '.' || isDigit(s[i]))) return invalid;
    const start = i;
    while (isDigit(s[i])) i++;
    const pre = i > start;
    let post = false;
    if (s[i] === '.') {
      i++;
      const f = i;
      while (isDigit(s[i])) i++;
      post = i > f;
    }
    if (!pre && !post) return invalid;
    const number = Number(s.slice(start, i));
    const u = i;
    while (i < s.length && s[i] !== '.' && !isDigit(s[i])) i++;
    if (i === u) return { error: `time: missing unit in duration "${orig}"` };
    const unit = s.slice(u, i);
    const scale = UNITS.get(unit);
    if (scale === undefined) return { error: `time: unknown unit "${unit}" in duration "${orig}"` };
    total += number * scale;
    if (total > MAX_NS + 1) return invalid;
  }
  return { ns: sign * total };
}

/** Go's `strconv.ParseInt(s, 10, 32)`: the integer, or Go's error message. */
export function parseGoInt32(s: string): { value: number } | { error: string } {
  if (!/^[+-]?[0-9]+$/.test(s))
    return { error: `strconv.ParseInt: parsing "${s}": invalid syntax` };
  const value = Number(s);
  if (value > 2 ** 31 - 1 || value < -(2 ** 31)) {
    return { error: `strconv.ParseInt: parsing "${s}": value out of range` };
  }
  return { value };
}
