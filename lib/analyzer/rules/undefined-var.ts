import { defineRule, type Instruction, type Range } from '../types';
import { expandInScope } from '../expand';
import { closest } from '../suggest';
import { envOrLabelPairs } from './support/key-values';
import { onFirstLine } from './support/ranges';
import { scopeLookup, walkStages, type Scope } from './support/stage-scope';

/** ARGs BuildKit keeps out of the env and never reports. */
const IGNORED = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

function flagValue(ins: Instruction, name: string): string[] {
  return ins.flags.filter((f) => f.name === name && f.value !== null).map((f) => f.value!);
}

const EXPANDED = new Set([
  'ENV',
  'LABEL',
  'COPY',
  'ADD',
  'WORKDIR',
  'USER',
  'VOLUME',
  'STOPSIGNAL',
]);

/** Cheap test: can this instruction reference a variable BuildKit expands? */
function mayReference(ins: Instruction): boolean {
  if (ins.keyword === 'RUN')
    return ins.flags.some((f) => f.name === 'mount' && f.value?.includes('$'));
  if (!EXPANDED.has(ins.keyword)) return false;
  return (
    ins.text.includes('$') ||
    ins.flags.some((f) => f.value?.includes('$')) ||
    ins.heredocs.some((h) => h.expand && h.content.includes('$'))
  );
}

/** The words BuildKit expands for an instruction (RUN/CMD/ENTRYPOINT text is left to the shell). */
function expandedWords(ins: Instruction): { words: string[]; raw: string[] } {
  switch (ins.keyword) {
    case 'ENV':
    case 'LABEL':
      return { words: envOrLabelPairs(ins).flatMap((p) => [p.key, p.value ?? '']), raw: [] };
    case 'COPY':
    case 'ADD': {
      const paths = ins.json ?? ins.args.map((w) => w.value).filter((v) => !v.startsWith('<<'));
      return {
        words: [...flagValue(ins, 'chown'), ...flagValue(ins, 'chmod'), ...paths],
        raw: ins.heredocs.filter((h) => h.expand).map((h) => h.content),
      };
    }
    case 'WORKDIR':
    case 'USER':
      return { words: [ins.text.trim()], raw: [] };
    case 'VOLUME':
      return { words: ins.json ?? ins.args.map((w) => w.value), raw: [] };
    case 'STOPSIGNAL':
      return { words: ins.args.slice(0, 1).map((w) => w.value), raw: [] };
    case 'RUN':
      return { words: flagValue(ins, 'mount'), raw: [] };
    default:
      return { words: [], raw: [] };
  }
}

/** Where `$name` / `${name}` is written on the instruction's first line, if it is. */
function referenceRange(lines: string[], ins: Instruction, name: string): Range {
  const lineNo = ins.range.line;
  const text = lines[lineNo - 1] ?? '';
  for (const form of [`\${${name}`, `$${name}`]) {
    let at = text.indexOf(form, ins.keywordRange.endColumn - 1);
    while (at >= 0) {
      const next = text[at + form.length];
      if (form.startsWith('${') || next === undefined || !/[\p{L}\p{N}_]/u.test(next)) {
        const end = form.startsWith('${')
          ? text.indexOf('}', at) + 1 || text.length
          : at + form.length;
        return { line: lineNo, column: at + 1, endLine: lineNo, endColumn: end + 1 };
      }
      at = text.indexOf(form, at + 1);
    }
  }
  return onFirstLine(ins, null);
}

/**
 * A `$VAR` in an instruction BuildKit expands (ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME,
 * STOPSIGNAL, ARG defaults, RUN mounts) that is no ARG or ENV in scope nor in the base image's env:
 * mirrors BuildKit's UndefinedVar, including its "did you mean" suggestion. Stages whose base image
 * env is unknown are skipped, since any name might come from the image.
 */
export const undefinedVar = defineRule({
  meta: {
    id: 'undefined-var',
    severity: 'warning',
    description: 'Variables should be declared with ARG or ENV before they are used',
    docs: 'https://docs.docker.com/go/dockerfile/rule/undefined-var/',
    buildkit: 'UndefinedVar',
  },
  check(ctx) {
    const escape = ctx.file.escape;
    const report = (ins: Instruction, names: Iterable<string>, scope: Scope) => {
      for (const name of names) {
        if (scope.buildArgs.has(name) || IGNORED.has(name)) continue;
        const match = closest(name, scope.env.keys());
        ctx.report({
          ...referenceRange(ctx.file.lines, ins, name),
          message: `Usage of undefined variable '$${name}'${match ? ` (did you mean $${match}?)` : ''}`,
          suggestion: match ?? undefined,
        });
      }
    };
    walkStages(ctx, {
      visit(ins, scope) {
        if (!mayReference(ins)) return;
        const { words, raw } = expandedWords(ins);
        if (words.length === 0 && raw.length === 0) return;
        const lookup = scopeLookup(scope);
        const unmatched = new Set<string>();
        for (const word of words) {
          if (!word.includes('$')) continue;
          for (const name of expandInScope(word, lookup, escape).unmatched) unmatched.add(name);
        }
        for (const body of raw) {
          if (!body.includes('$')) continue;
          for (const name of expandInScope(body, lookup, '\\', true).unmatched) unmatched.add(name);
        }
        report(ins, unmatched, scope);
      },
      argDefault(ins, unmatched, scope) {
        report(ins, unmatched, scope);
      },
    });
  },
});
