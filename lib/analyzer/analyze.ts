/**
 * `analyze()`: parse, build the stage model, run every rule, then apply the `# check=` directive
 * (or the BUILDKIT_DOCKERFILE_CHECK build arg that replaces it) the way BuildKit's linter does,
 * and return the Analysis contract. It never throws.
 */
import {
  checkConfig,
  emptyCheckConfig,
  experimentalEnabled,
  parseCheckOptions,
  type CheckConfig,
} from './check-options';
import { parse } from './parse';
import { rules as allRules } from './rules';
import { estimateSizes } from './size-bridge';
import { downgradeIfSkipped } from './skipped-stages';
import { buildStageModel } from './stages';
import type {
  Analysis,
  AnalyzeOptions,
  Diagnostic,
  Dockerfile,
  RaisedAt,
  Report,
  Rule,
  RuleContext,
  RuleMeta,
  SizeEstimate,
  Stage,
  StageModel,
} from './types';

const CHECK_COMMENT = /^check\s*=\s*(.*)$/i;
const MAY_CHECK = /check/i;

/**
 * `# check=skip=…` comments directly above an instruction: BuildKit skips those checks for that
 * instruction only. Returns, per 1-based line, the skip config of the instruction covering it.
 */
function inlineChecks(file: Dockerfile): Map<number, CheckConfig> {
  const out = new Map<number, CheckConfig>();
  // almost no file has one: skip the walk over every instruction's comment block then
  if (!file.comments.some((c) => MAY_CHECK.test(c.text))) return out;
  const byLine = new Map<number, string>();
  for (const c of file.comments) byLine.set(c.range.line, c.text);
  for (const inst of file.instructions) {
    let config: CheckConfig | null = null;
    for (let line = inst.range.line - 1; byLine.has(line); line--) {
      const m = CHECK_COMMENT.exec((byLine.get(line) ?? '').trim());
      // BuildKit keeps the value up to the first space, so `skip=X // why` skips X
      const parsed = m ? parseCheckOptions((m[1] ?? '').trim().split(/\s/)[0] ?? '') : null;
      if (!parsed) continue;
      config ??= emptyCheckConfig();
      config.skipAll ||= parsed.skipAll;
      for (const r of parsed.skip) config.skip.add(r);
    }
    if (!config) continue;
    for (let line = inst.range.line; line <= inst.range.endLine; line++) out.set(line, config);
  }
  return out;
}

function zeroSize(): SizeEstimate {
  return { bytes: 0, low: 0, high: 0, basis: 'uncompressed' };
}

function emptyModel(): StageModel {
  return {
    stages: [],
    globalArgs: new Map(),
    preamble: [],
    target: -1,
    buildOrder: [],
    memo: new Map(),
  };
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

/** A rule's metadata with its BuildKit check name lowercased (as `# check=skip=` names it). */
interface IndexedMeta {
  meta: RuleMeta;
  checkName: string | null;
}

// rule lists are fixed module constants in practice: index their metadata once, not per call
const metaCache = new WeakMap<readonly Rule[], Map<string, IndexedMeta>>();

function metasOf(ruleList: readonly Rule[]): Map<string, IndexedMeta> {
  let m = metaCache.get(ruleList);
  if (!m || m.size !== ruleList.length) {
    m = new Map();
    for (const rule of ruleList) {
      const { meta } = rule;
      m.set(meta.id, { meta, checkName: meta.buildkit ? meta.buildkit.toLowerCase() : null });
    }
    metaCache.set(ruleList, m);
  }
  return m;
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

  const metaById = metasOf(ruleList);
  for (const d of file.diagnostics) diagnostics.push({ ...d });

  // One context and one report function serve every rule (reports arrive synchronously, from
  // the rule whose meta is current), not a closure and a context object per rule.
  let current: RuleMeta = { id: INTERNAL, severity: 'info', description: '' };
  const report = (r: Report): void => {
    // Object.assign, not a spread: reports come in many shapes, and a megamorphic spread
    // takes V8's slow path; the keys and their order are the same.
    const d = Object.assign({}, r) as Diagnostic;
    d.rule = current.id;
    d.severity = r.severity ?? current.severity;
    const raisedAt = r.raisedAt ?? current.raisedAt;
    // only the few reports that override their rule's timing carry the field
    if (r.raisedAt !== undefined) delete (d as Diagnostic & { raisedAt?: RaisedAt }).raisedAt;
    if (raisedAt === 'dispatch') downgradeIfSkipped(model, options, d);
    diagnostics.push(d);
  };
  const ctx: RuleContext = { source: text, file, model, options, report };
  const config = checkConfig(file, options);
  for (const rule of ruleList) {
    current = rule.meta;
    // BuildKit runs an experimental check only when `experimental=` names it (or says all)
    if (current.experimental && !experimentalEnabled(config, current.buildkit ?? current.id)) {
      continue;
    }
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule bug must cost its own findings, not the whole analysis.
      diagnostics.push(internalError(`rule ${current.id} failed: ${String(e)}`));
    }
  }

  const inline = inlineChecks(file);
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const indexed = metaById.get(d.rule);
    if (indexed) {
      const { meta, checkName: name } = indexed;
      if (name !== null && meta.severity === 'warning') {
        if (!meta.experimental) {
          if (config && (config.skipAll || config.skip.has(name))) continue;
          const local = inline.get(d.line);
          if (local && (local.skipAll || local.skip.has(name))) continue;
        }
        // error=true promotes what BuildKit reports; a check it skips in an unbuilt stage stays info
        if (config?.error && d.severity === 'warning') d.severity = 'error';
      }
      if (d.docs === undefined && meta.docs !== undefined) d.docs = meta.docs;
    }
    kept.push(d);
  }
  // compare() orders by exactly the fields that make two reports the same, and the sort is
  // stable: duplicates end up adjacent, the first reported first, so keeping it is one scan.
  kept.sort(compare);
  const out: Diagnostic[] = [];
  for (const d of kept) {
    const last = out[out.length - 1];
    if (last === undefined || compare(last, d) !== 0) out.push(d);
  }

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

  // The model's lists are handed out, not copied: the model is this call's alone and dies here.
  const stages: Stage[] = model.stages.map((s) => {
    const stage: Stage = {
      index: s.index,
      name: s.name,
      base: s.base,
      baseStage: s.baseStage,
      line: s.line,
      dependsOn: s.dependsOn,
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
    buildOrder: model.buildOrder,
  };
}
