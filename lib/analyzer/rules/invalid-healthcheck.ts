import { defineRule, type Flag, type Instruction, type Range } from '../types';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { at } from './support/ranges';
import { parseGoDuration, parseGoInt32 } from './support/go-values';

const DURATIONS = ['interval', 'timeout', 'start-period', 'start-interval'];
/** BuildKit's container.MinimumDuration, in nanoseconds */
const MINIMUM_NS = 1e6;

/** The last value given for flag `name` (BFlags keeps the last), with where it is written. */
function lastFlag(ins: Instruction, name: string): Flag | undefined {
  let found: Flag | undefined;
  for (const flag of ins.flags) if (flag.name === name) found = flag;
  return found;
}

/** What BuildKit's parseHealthcheck says of a HEALTHCHECK, and where; null when it accepts it. */
function problemOf(ins: Instruction): { message: string; range: Range } | null {
  const type = ins.args[0];
  if (!type)
    return { message: 'HEALTHCHECK requires at least one argument', range: ins.keywordRange };
  const typ = type.value.toUpperCase();
  if (typ === 'NONE') {
    return ins.args.length > 1
      ? { message: 'HEALTHCHECK NONE takes no arguments', range: ins.argsRange ?? type.range }
      : null;
  }
  if (typ !== 'CMD') {
    return { message: `Unknown type "${typ}" in HEALTHCHECK (try CMD)`, range: type.range };
  }
  const command = ins.json ?? ins.args.slice(1);
  if (command.length === 0) {
    return { message: 'Missing command after HEALTHCHECK CMD', range: type.range };
  }
  for (const name of DURATIONS) {
    const flag = lastFlag(ins, name);
    if (!flag?.value) continue;
    const parsed = parseGoDuration(flag.value);
    const range = flag.valueRange ?? flag.range;
    if ('error' in parsed) return { message: parsed.error, range };
    if (parsed.ns !== 0 && parsed.ns < MINIMUM_NS) {
      return { message: `Interval "${name}" cannot be less than 1ms`, range };
    }
  }
  const retries = lastFlag(ins, 'retries');
  if (retries?.value) {
    const parsed = parseGoInt32(retries.value);
    const range = retries.valueRange ?? retries.range;
    if ('error' in parsed) return { message: parsed.error, range };
    if (parsed.value < 0) {
      return { message: `--retries cannot be negative (${parsed.value})`, range };
    }
  }
  return null;
}

/**
 * A HEALTHCHECK BuildKit refuses while parsing it: an unknown type, no command after CMD, a
 * duration Go cannot read (`--interval=30`, no unit) or below 1ms, negative retries.
 */
export const invalidHealthcheck = defineRule({
  meta: {
    id: 'invalid-healthcheck',
    severity: 'error',
    description: 'HEALTHCHECK takes NONE, or CMD with a command and valid durations',
    docs: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
    // BuildKit raises this for every stage, needed or not: instructions.Parse (parseHealthcheck), for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check({ model, report }) {
    eachOfKinds(model, bit(Kind.HEALTHCHECK), (ins) => {
      const problem = problemOf(ins);
      if (problem) report(at(problem.range, { message: problem.message }));
    });
  },
});
