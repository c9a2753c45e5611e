import { defineRule, type Instruction, type Range } from '../types';
import { at } from './support/ranges';

/** Keywords BuildKit rejects without arguments: `ENV requires at least one argument`. */
const AT_LEAST_ONE = new Set(['ARG', 'ENV', 'EXPOSE', 'LABEL', 'ONBUILD', 'SHELL', 'VOLUME']);
/** Keywords whose whole argument text is one value, which must not be empty. */
const EXACTLY_ONE = new Set(['MAINTAINER', 'STOPSIGNAL', 'USER', 'WORKDIR']);
/** Triggers BuildKit refuses after ONBUILD, with its message for each. */
const BAD_TRIGGERS: Readonly<Record<string, string>> = {
  ONBUILD: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
  FROM: "FROM isn't allowed as an ONBUILD trigger",
  MAINTAINER: "MAINTAINER isn't allowed as an ONBUILD trigger",
};

// BuildKit splits COPY, ADD and VOLUME on these, quotes or not (parseStringsWhitespaceDelimited)
const WHITESPACE = /[\t\v\f\r ]+/;
const HEREDOC = /^<<-?[^<\s]/;

/** The arguments BuildKit reads: the JSON array, else the text split on whitespace. */
function listArgs(ins: Instruction): string[] {
  if (ins.json) return ins.json;
  const text = ins.text.trim();
  return text === '' ? [] : text.split(WHITESPACE);
}

/**
 * How many arguments BuildKit reads for COPY/ADD. The parser's words keep a quoted space in one
 * word, BuildKit's split does not, so two words or more are two arguments or more either way.
 */
function copyArgCount(ins: Instruction): number {
  return !ins.json && ins.args.length >= 2 ? ins.args.length : listArgs(ins).length;
}

/** What BuildKit says of the instruction's arguments, and where; null when it accepts them. */
function problemOf(ins: Instruction): { message: string; range: Range } | null {
  const kw = ins.keyword;
  const argsRange = ins.argsRange ?? ins.keywordRange;
  if (ins.args.length === 0 && (AT_LEAST_ONE.has(kw) || EXACTLY_ONE.has(kw))) {
    const need = EXACTLY_ONE.has(kw) ? 'exactly one argument' : 'at least one argument';
    return { message: `${kw} requires ${need}`, range: ins.keywordRange };
  }
  switch (kw) {
    case 'COPY':
    case 'ADD': {
      if (copyArgCount(ins) < 2) {
        return {
          message: `${kw} requires at least two arguments, but only one was provided. Destination could not be determined`,
          range: argsRange,
        };
      }
      const last = ins.args[ins.args.length - 1];
      // (`<` first: a regex test on every destination costs more than the rest of the rule)
      if (!ins.json && last && last.value.charCodeAt(0) === 60 && HEREDOC.test(last.value)) {
        return { message: `${kw} cannot accept a heredoc as a destination`, range: last.range };
      }
      return null;
    }
    case 'VOLUME':
      return listArgs(ins).some((v) => v.trim() === '')
        ? { message: 'VOLUME specified can not be an empty string', range: argsRange }
        : null;
    case 'SHELL':
      if (!ins.json) {
        return { message: 'SHELL requires the arguments to be in JSON form', range: argsRange };
      }
      return ins.json.length === 0
        ? { message: 'SHELL requires at least one argument', range: argsRange }
        : null;
    case 'ARG':
    case 'ENV':
    case 'LABEL': {
      // ENV and LABEL in the legacy `KEY value` form have no `=` to start a word with
      if (kw !== 'ARG' && !ins.args[0]!.value.includes('=')) return null;
      const blank = ins.args.find((w) => w.value.startsWith('='));
      return blank ? { message: `${kw} names can not be blank`, range: blank.range } : null;
    }
    case 'ONBUILD': {
      const trigger = ins.onbuild;
      const message = trigger ? BAD_TRIGGERS[trigger.keyword] : undefined;
      return trigger && message ? { message, range: trigger.keywordRange } : null;
    }
    default:
      return null;
  }
}

/**
 * Arguments BuildKit refuses while parsing the instruction, before it builds anything: a missing
 * destination, an empty WORKDIR, a SHELL not in JSON form, a forbidden ONBUILD trigger, … with
 * BuildKit's own messages.
 */
export const invalidInstructionArguments = defineRule({
  meta: {
    id: 'invalid-instruction-arguments',
    severity: 'error',
    description: 'Each instruction needs the arguments BuildKit expects',
    docs: 'https://docs.docker.com/reference/dockerfile/',
    // BuildKit raises this for every stage, needed or not: instructions.Parse, for the whole file (convert.go:273)
    raisedAt: 'validation',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      const problem = problemOf(ins);
      if (problem) report(at(problem.range, { message: problem.message }));
    }
  },
});
