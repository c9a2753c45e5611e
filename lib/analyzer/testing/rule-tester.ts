/**
 * Table tests for analyzer rules, in the shape of ESLint's RuleTester: valid snippets must not
 * produce the rule's diagnostics; invalid ones must produce exactly the listed ones, matched by
 * line and column (and message, suggestion, end position when given). Runs the full `analyze()`,
 * and fails on an internal error from any rule.
 */
import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import type { AnalyzeOptions, Diagnostic } from '../types';

export interface ExpectedError {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message?: string;
  suggestion?: string;
  severity?: Diagnostic['severity'];
}

export interface ValidCase {
  code: string;
  options?: AnalyzeOptions;
  name?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

/** The rule's diagnostics, plus any internal error: no rule may crash on a table's input. */
function diagnosticsOf(ruleId: string, code: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return analyze(code, options).diagnostics.filter(
    (d) => d.rule === ruleId || d.rule === 'internal-error',
  );
}

const label = (code: string) => JSON.stringify(code.length > 60 ? code.slice(0, 57) + '...' : code);

/** Registers one vitest test per table row for rule `ruleId`. */
export function ruleTester(
  ruleId: string,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
): void {
  for (const v of cases.valid) {
    const c = typeof v === 'string' ? { code: v } : v;
    test(`${ruleId} valid: ${c.name ?? label(c.code)}`, () => {
      expect(diagnosticsOf(ruleId, c.code, c.options)).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    test(`${ruleId} invalid: ${c.name ?? label(c.code)}`, () => {
      const got = diagnosticsOf(ruleId, c.code, c.options)
        .slice()
        .sort((a, b) => a.line - b.line || a.column - b.column);
      const want = c.errors.slice().sort((a, b) => a.line - b.line || a.column - b.column);
      expect(got.map((d) => `${d.line}:${d.column}`)).toEqual(
        want.map((e) => `${e.line}:${e.column}`),
      );
      want.forEach((e, k) => expect(got[k]).toMatchObject(e));
    });
  }
}
