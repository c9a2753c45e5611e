/**
 * `analyze()`: parse, build the stage model, run every rule, then apply the `# check=` directive
 * the way BuildKit's linter does, and return the Analysis contract. It never throws.
 */
import { parse } from './parse';
import { rules as allRules } from './rules';
import { estimateSizes } from './size-bridge';
import { buildStageModel } from './stages';
import type {
  Analysis,
  AnalyzeOptions,
  Diagnostic,
  Dockerfile,
  Rule,
  RuleMeta,
  SizeEstimate,
  Stage,
  StageModel,
} from './types';

export interface CheckConfig {
  /** lowercased BuildKit rule names to skip */
  skip: Set<string>;
  skipAll: boolean;
  /** `error=true`: build-check warnings fail the build */
  error: boolean;
}

/** Reads `# check=skip=A,B;error=true` as BuildKit's `ParseLintOptions` does (null: no directive or bad). */
export function checkConfig(file: Dockerfile): CheckConfig | null {
  const directive = file.directives.find((d) => d.name === 'check');
  if (!directive) return null;
  const config: CheckConfig = { skip: new Set(), skipAll: false, error: false };
  const text = directive.value.trim();
  if (text === '') return config;
  for (const part of text.split(';').slice(0, 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) return null; // BuildKit: invalid check option; the build fails before any check
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (value === 'all') config.skipAll = true;
      else for (const r of value.split(',')) config.skip.add(r.trim().toLowerCase());
    } else if (key === 'error') {
      const b = parseGoBool(value);
      if (b === null) return null;
      config.error = b;
    } else if (key !== 'experimental') {
      return null;
    }
  }
  return config;
}

function parseGoBool(v: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
}

function zeroSize(): SizeEstimate {
  return { bytes: 0, low: 0, high: 0, basis: 'uncompressed' };
}

function emptyModel(): StageModel {
  return { stages: [], globalArgs: new Map(), preamble: [], target: -1, buildOrder: [] };
}

const INTERNAL = 'internal-error';

function internalError(message: string): Diagnostic {
  return {
    rule: INTERNAL,
    severity: 'info',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Analyzes a Dockerfile as BuildKit would build it: stages, target, diagnostics and size. */
export function analyze(source: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(allRules, source, options);
}

/** `analyze()` over a chosen rule list (tests and tools); never throws. */
export function analyzeWith(
  ruleList: readonly Rule[],
  source: string,
  options: AnalyzeOptions = {},
): Analysis {
  const text = typeof source === 'string' ? source : String(source ?? '');
  const diagnostics: Diagnostic[] = [];
  let file: Dockerfile;
  try {
    file = parse(text);
  } catch (e) {
    return {
      stages: [],
      target: -1,
      diagnostics: [internalError(`the parser failed: ${String(e)}`)],
      size: zeroSize(),
      buildOrder: [],
    };
  }
  let model: StageModel;
  try {
    model = buildStageModel(file, options);
  } catch (e) {
    model = emptyModel();
    diagnostics.push(internalError(`the stage model failed: ${String(e)}`));
  }

  const metaById = new Map<string, RuleMeta>();
  for (const rule of ruleList) metaById.set(rule.meta.id, rule.meta);
  for (const d of file.diagnostics) diagnostics.push({ ...d });

  for (const rule of ruleList) {
    const { meta } = rule;
    const report = (r: Parameters<Parameters<Rule['check']>[0]['report']>[0]): void => {
      diagnostics.push({ ...r, rule: meta.id, severity: r.severity ?? meta.severity });
    };
    try {
      rule.check({ source: text, file, model, options, report });
    } catch (e) {
      // A rule bug must cost its own findings, not the whole analysis.
      diagnostics.push(internalError(`rule ${meta.id} failed: ${String(e)}`));
    }
  }

  const config = checkConfig(file);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const meta = metaById.get(d.rule);
    if (meta) {
      if (config && meta.buildkit && meta.severity === 'warning') {
        if (config.skipAll || config.skip.has(meta.buildkit.toLowerCase())) continue;
        if (config.error) d.severity = 'error';
      }
      if (d.docs === undefined && meta.docs !== undefined) d.docs = meta.docs;
    }
    const key = `${d.rule}\u0000${d.line}:${d.column}-${d.endLine}:${d.endColumn}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  out.sort(compare);

  let stageSizes: (SizeEstimate | undefined)[] = [];
  let size = zeroSize();
  try {
    const sizes = estimateSizes(file, model, options);
    if (sizes) {
      stageSizes = sizes.stages;
      size = sizes.target;
    }
  } catch (e) {
    out.push(internalError(`the size estimator failed: ${String(e)}`));
  }

  const stages: Stage[] = model.stages.map((s) => {
    const stage: Stage = {
      index: s.index,
      name: s.name,
      base: s.base,
      baseStage: s.baseStage,
      line: s.line,
      dependsOn: s.dependsOn.slice(),
      reachable: s.reachable,
    };
    if (s.platform !== undefined) stage.platform = s.platform;
    const sz = stageSizes[s.index];
    if (sz) stage.size = sz;
    return stage;
  });

  return {
    stages,
    target: model.target,
    diagnostics: out,
    size,
    buildOrder: model.buildOrder.slice(),
  };
}
