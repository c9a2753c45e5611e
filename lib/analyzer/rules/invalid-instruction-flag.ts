import { closest, withSuggestion } from '../suggest';
import { defineRule, type Flag, type Fix } from '../types';
import { at } from './support/ranges';
import { flagsOf, type FlagKind } from './support/instruction-flags';

/** The fix renaming a flag to `name`, when the flag's name is written plainly on one line. */
function renameFix(lines: readonly string[], flag: Flag, name: string): Fix | undefined {
  const r = flag.range;
  const column = r.column + 2;
  const text = lines[r.line - 1] ?? '';
  if (r.line !== r.endLine || text.slice(column - 1, column - 1 + flag.name.length) !== flag.name)
    return undefined;
  return {
    line: r.line,
    column,
    endLine: r.line,
    endColumn: column + flag.name.length,
    text: name,
  };
}

/** BFlags.Parse's complaint about one flag of a known kind, or null when it reads fine. */
function valueProblem(flag: Flag, kind: FlagKind): string | null {
  const value = flag.value;
  if (kind !== 'bool') return value === null ? `missing a value on flag: --${flag.name}` : null;
  if (value === null) return null;
  if (value === '') return `missing a value on flag: --${flag.name}`;
  const v = value.toLowerCase();
  return v === 'true' || v === 'false'
    ? null
    : `expecting boolean value for flag --${flag.name}, not: ${value}`;
}

/** Flags whose value BuildKit's RUN hooks check against a fixed list, with the message for any other. */
const ALLOWED: ReadonlyMap<string, { values: readonly string[]; message: (v: string) => string }> =
  new Map([
    [
      'RUN --network',
      { values: ['default', 'none', 'host'], message: (v) => `invalid network mode "${v}"` },
    ],
    [
      'RUN --security',
      { values: ['sandbox', 'insecure'], message: (v) => `security "${v}" is not valid` },
    ],
  ]);

/** The complaint of a RUN hook about a flag's value, or null. */
function hookProblem(keyword: string, flag: Flag): string | null {
  if (keyword !== 'RUN' || flag.value === null) return null;
  const allowed = ALLOWED.get(`RUN --${flag.name}`);
  return allowed && !allowed.values.includes(flag.value) ? allowed.message(flag.value) : null;
}

/**
 * A `--flag` the instruction does not take, given twice, without the value it needs, or (RUN
 * --network, --security) with a value BuildKit does not know: BuildKit stops the build while
 * parsing the instruction (`unknown flag: --form (did you mean from?)`).
 */
export const invalidInstructionFlag = defineRule({
  meta: {
    id: 'invalid-instruction-flag',
    severity: 'error',
    description: 'Instructions take only the flags BuildKit declares for them, each once',
    docs: 'https://docs.docker.com/reference/dockerfile/',
    // BuildKit raises this for every stage, needed or not: instructions.Parse checks every flag, for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      const flags = ins.flags;
      if (flags.length === 0) continue;
      const declared = flagsOf(ins.keyword);
      if (declared === undefined) continue;
      // HEALTHCHECK NONE returns before BuildKit declares or parses any flag
      if (ins.keyword === 'HEALTHCHECK' && ins.args[0]?.value.toUpperCase() === 'NONE') continue;
      for (let i = 0; i < flags.length; i++) {
        const flag = flags[i]!;
        const kind = declared.kinds.get(flag.name);
        if (kind === undefined) {
          const match = closest(flag.name, declared.names);
          report(
            at(flag.range, {
              message: withSuggestion(`unknown flag: --${flag.name}`, match),
              suggestion: match ?? undefined,
              fix: match ? renameFix(file.lines, flag, match) : undefined,
            }),
          );
        } else if (kind !== 'strings' && usedBefore(flags, i)) {
          report(at(flag.range, { message: `duplicate flag specified: --${flag.name}` }));
        } else {
          const problem = valueProblem(flag, kind) ?? hookProblem(ins.keyword, flag);
          if (problem) report(at(flag.range, { message: problem }));
        }
      }
    }
  },
});

/** An earlier flag of the list has the same name (instructions carry a handful of flags). */
function usedBefore(flags: readonly Flag[], i: number): boolean {
  for (let k = 0; k < i; k++) if (flags[k]!.name === flags[i]!.name) return true;
  return false;
}
