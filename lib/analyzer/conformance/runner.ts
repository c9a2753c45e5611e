/**
 * Runs every checker in ./sources over its corpus cases. Checkers are discovered from the
 * directory, so adding a source means adding one file that exports `checker`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCases } from './corpus';
import type { AnalyzeFn, CheckerContext, SourceChecker, SourceReport } from './types';

const here = dirname(fileURLToPath(import.meta.url));

/** The analyze() engine if lib/analyzer/analyze.ts exists yet, else null. */
export async function loadAnalyze(): Promise<AnalyzeFn | null> {
  const file = join(here, '..', 'analyze.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { analyze?: AnalyzeFn };
  return mod.analyze ?? null;
}

/** Every checker module under ./sources, sorted by source name. */
export async function loadCheckers(): Promise<SourceChecker[]> {
  const dir = join(here, 'sources');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const out: SourceChecker[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { checker?: SourceChecker };
    if (mod.checker) out.push(mod.checker);
  }
  return out.sort((a, b) => a.source.localeCompare(b.source));
}

/** Runs the checkers over the corpus in `dir` and reports agreement per source. */
export async function runConformance(dir: string, only?: string[]): Promise<SourceReport[]> {
  const cases = loadCases(dir);
  const ctx: CheckerContext = {
    corpusDir: dir,
    read: (p) => readFileSync(join(dir, p), 'utf8'),
    analyze: await loadAnalyze(),
  };
  const reports: SourceReport[] = [];
  for (const checker of await loadCheckers()) {
    if (only && only.length > 0 && !only.includes(checker.source)) continue;
    const report: SourceReport = {
      source: checker.source,
      title: checker.title,
      total: 0,
      agreed: 0,
      skipped: 0,
      disagreements: [],
    };
    for (const c of cases) {
      if (c.source !== checker.source) continue;
      let outcome;
      try {
        outcome = checker.check(c, ctx);
      } catch (err) {
        outcome = { ok: false, detail: `checker threw: ${(err as Error).message}` };
      }
      if (outcome.skipped) {
        report.skipped++;
        continue;
      }
      report.total++;
      if (outcome.ok) report.agreed++;
      else report.disagreements.push({ path: c.path, detail: outcome.detail ?? 'disagrees' });
    }
    reports.push(report);
  }
  return reports;
}
