import type { RuleContext } from '../types';

/** Reports the parser's own diagnostics for `ruleId` (parse-level rules are found while parsing). */
export function reportParseDiagnostics(ctx: RuleContext, ruleId: string): void {
  for (const d of ctx.file.diagnostics) {
    if (d.rule !== ruleId) continue;
    const { rule: _rule, severity: _severity, docs: _docs, ...report } = d;
    ctx.report(report);
  }
}
